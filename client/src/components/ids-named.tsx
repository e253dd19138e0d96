import { useNodeName } from "../lib/node-name.js";

/** A node id inside a recorded text: "org-rvr", "sys-epr-2". */
const ID = /\b((?:sys|svc|ds|org|sup)-[a-z0-9][a-z0-9-]*)/;

/**
 * A recorded text with node ids in it (an audit summary "token for Jo (org-rvr)", a value stored
 * in an event): each id read as its node's name. `keepIds` shows the id beside the name, marked as
 * an id, where the record's own key matters (an event's before and after); an id the model no
 * longer holds stays as it is, marked as an id.
 */
export function IdsNamed({ text, keepIds = false }: { text: string; keepIds?: boolean }) {
  const parts = text.split(new RegExp(ID.source, "g"));
  return <>{parts.map((p, k) => (k % 2 === 1 ? <Named key={k} id={p} keepId={keepIds} /> : p))}</>;
}

function Named({ id, keepId }: { id: string; keepId: boolean }) {
  const name = useNodeName(id);
  if (name === id) return <span className="id">{id}</span>;
  return keepId ? (
    <>
      {name} <small className="id">({id})</small>
    </>
  ) : (
    <>{name}</>
  );
}

/** Ids in a path of a record ("nodes › sys-a › name") marked as ids, without reading their names. */
export function IdsMarked({ text }: { text: string }) {
  const parts = text.split(new RegExp(ID.source, "g"));
  return (
    <>
      {parts.map((p, k) =>
        k % 2 === 1 ? (
          <span key={k} className="id">
            {p}
          </span>
        ) : (
          p
        ),
      )}
    </>
  );
}
