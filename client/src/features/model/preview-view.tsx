import { useNodeName } from "../../lib/node-name.js";
import type { ModelChange } from "./api.js";
import { countWords, namesIn, nodeLine, relationshipLine } from "./change-words.js";
import { PreviewEffect } from "./preview-effect.js";

/**
 * A change set in words and, for a preview, its effect on the ranking, single points of failure
 * and risks. Once applied, with `onOpen`, each node added or changed links to its own page.
 */
export function PreviewView({ answer, onOpen }: { answer: ModelChange; onOpen?: (id: string) => void }) {
  const ch = answer.changes;
  const names = namesIn(ch);
  const nodes = [
    ...ch.nodesAdded.map((n) => ({ verb: "Add", n })),
    ...ch.nodesChanged.map((n) => ({ verb: "Change", n })),
    ...ch.nodesRemoved.map((n) => ({ verb: "Remove", n })),
  ];
  const links = [
    ...ch.relationshipsAdded.map((r) => ({ verb: "add", r })),
    ...ch.relationshipsChanged.map((r) => ({ verb: "change", r })),
    ...ch.relationshipsRemoved.map((r) => ({ verb: "remove", r })),
  ];
  return (
    <div aria-label={answer.applied ? "Applied" : "Preview"}>
      <p>
        {answer.applied ? `Applied (model version ${answer.graphVersion}): ` : "Preview, nothing written yet: "}
        {countWords(ch.counts)}.
      </p>
      <ul>
        {nodes.map(({ verb, n }) => (
          <li key={`${verb}${n.id}`}>
            {nodeLine(verb, n.label, names.get(n.id) ?? n.id)}
            {answer.applied && onOpen && verb !== "Remove" && <OpenLink id={n.id} name={names.get(n.id) ?? n.id} onOpen={onOpen} />}
          </li>
        ))}
        {links.map(({ verb, r }) => (
          <li key={`${verb}${r.type}${r.from}${r.to}`}>
            <LinkLine verb={verb} type={r.type} from={r.from} to={r.to} names={names} />
          </li>
        ))}
      </ul>
      {answer.effect && <PreviewEffect effect={answer.effect} />}
    </div>
  );
}

function LinkLine(p: { verb: string; type: string; from: string; to: string; names: Map<string, string> }) {
  const from = useNodeName(p.from, !p.names.has(p.from));
  const to = useNodeName(p.to, !p.names.has(p.to));
  return <>{relationshipLine(p.verb, p.type, p.names.get(p.from) ?? from, p.names.get(p.to) ?? to)}</>;
}

/** A link to a node the change added or changed, opening it on the model page. */
function OpenLink({ id, name, onOpen }: { id: string; name: string; onOpen: (id: string) => void }) {
  return (
    <>
      {" "}
      <a
        href={`#model?node=${encodeURIComponent(id)}`}
        aria-label={`Open it: “${name}”`}
        onClick={(e) => {
          e.preventDefault();
          onOpen(id);
        }}
      >
        Open it
      </a>
    </>
  );
}
