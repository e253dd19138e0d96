import { useMemo, useState } from "react";
import type { NodeLabel } from "../../../../server/model/vocabulary.js";
import { graphql } from "../../gql/gql.js";
import type { BrowseQuery, SystemKind } from "../../gql/graphql.js";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL } from "../../lib/query.js";
import type { Widen } from "../../lib/widen.js";

const ORGANISATIONS = graphql(`
  query Organisations {
    nodes(label: Organisation, first: 500) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const BROWSE = graphql(`
  query Browse($org: ID, $label: NodeLabel, $kind: SystemKind, $after: String, $first: Int!) {
    nodes(organisation: $org, label: $label, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          label
          ... on System {
            kind
            organisationName
          }
          ... on CareService {
            organisationName
          }
          ... on DataStore {
            organisationName
          }
        }
      }
    }
  }
`);
const PAGE_SIZE = 25;

export /** A row, with its kind where it is a system and its organisation's name where its kind has one. */
type Row = Widen<BrowseQuery["nodes"]["edges"][number]["node"]>;

export type BrowseFilter = { org: string; label: NodeLabel | ""; kind: SystemKind | "" };

/** Browsing the nodes: the filter, the organisations to choose from, and the page on screen with the way to the next and the last. */
export function useBrowse() {
  const [filter, setFilter] = useState<BrowseFilter>({ org: "", label: "", kind: "" });
  // The cursor of each page shown so far: the last is the page on screen.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const listed = useGraphQL(ORGANISATIONS, {});
  const organisations = useMemo(
    () => (listed.data?.nodes.edges ?? []).map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name)),
    [listed.data],
  );
  const after = cursors.at(-1) ?? null;
  // The page on screen stays until the next one is read, as it did before.
  const browsed = useGraphQL(
    BROWSE,
    { org: filter.org || null, label: filter.label || null, kind: filter.kind || null, after, first: PAGE_SIZE },
    { keepPrevious: true },
  );
  const page = browsed.data?.nodes ?? null;
  const failed = browsed.error ?? listed.error;
  const error = failed ? errorMessage(failed) : null;

  const choose = (next: Partial<typeof filter>) => {
    setFilter({ ...filter, ...next });
    setCursors([null]);
  };
  const from = (cursors.length - 1) * PAGE_SIZE + 1;
  const back = () => setCursors(cursors.slice(0, -1));
  const next = () => setCursors([...cursors, page?.pageInfo.endCursor ?? null]);
  return { filter, choose, organisations, page, error, from, first: cursors.length < 2, back, next };
}
