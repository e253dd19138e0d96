import { skipToken } from "@tanstack/react-query";
import { useState } from "react";
import { ComboBox, type Choice } from "../../components/combo-box.js";
import { useNodeChoices } from "../../components/node-search.js";
import { graphql } from "../../gql/gql.js";
import { plain } from "../../../../server/model/plain-words.js";
import { useNodeName } from "../../lib/node-name.js";
import { useGraphQL } from "../../lib/query.js";

const ORGANISATIONS = graphql(`
  query PickOrganisations {
    nodes(label: Organisation, first: 500) {
      edges {
        node {
          id
          name
          ... on Organisation {
            type
          }
        }
      }
    }
  }
`);

/**
 * An organisation or supplier field chosen by name: the form keeps the id, the person reads the
 * name (and the organisation's type, or the supplier's). What is typed and not picked is kept as
 * typed, so a refusal can say which reference the model does not hold.
 */
export function PickField({
  id,
  label,
  picks,
  value,
  onChange,
  invalid,
  describedBy,
  required,
}: {
  id: string;
  label: string;
  picks: "Organisation" | "Supplier";
  value: string;
  onChange: (id: string) => void;
  invalid: boolean;
  describedBy: string | undefined;
  required: boolean | undefined;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  // The stored choice's name, read once; the field starts again when it arrives, until typed in.
  const [stored] = useState(value);
  const name = useNodeName(stored);
  const [held, setHeld] = useState<string | null>(null);
  const text = typed ?? name;
  const orgs = useGraphQL(ORGANISATIONS, picks === "Organisation" ? {} : skipToken);
  const suppliers = useNodeChoices(picks === "Supplier" ? text : "", ["Supplier"]);
  const words = text.trim().toLowerCase();
  const choices: Choice[] =
    picks === "Organisation"
      ? (orgs.data?.nodes.edges ?? [])
          .map((e) => e.node)
          .filter((o) => !words || o.name.toLowerCase().includes(words) || o.id.toLowerCase().startsWith(words))
          .slice(0, 30)
          .map((o) => ({ id: o.id, name: o.name, detail: "type" in o && o.type ? plain(o.type) : undefined }))
      : suppliers.nodes.map((n) => ({ id: n.id, name: n.name, detail: "supplier" }));
  return (
    <ComboBox
      key={held ?? name}
      id={id}
      label={label}
      start={text}
      choices={choices}
      status={picks === "Organisation" ? "No organisation of that name" : suppliers.status}
      invalid={invalid}
      describedBy={describedBy}
      required={required}
      onText={(t) => {
        setHeld(name);
        setTyped(t);
        onChange(t.trim());
      }}
      onPick={(c) => {
        setTyped(c.name);
        onChange(c.id);
      }}
    />
  );
}
