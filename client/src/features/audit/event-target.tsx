import { skipToken } from "@tanstack/react-query";
import { useGraphQL } from "../../lib/query.js";
import { TARGET_NODE } from "./api.js";

/** The name a recorded risk, token, candidate or query carries (its title or name), or null. */
function recordedName(record: unknown): string | null {
  if (!record || typeof record !== "object") return null;
  const r = record as { title?: unknown; name?: unknown };
  const name = typeof r.title === "string" ? r.title : r.name;
  return typeof name === "string" && name.trim() ? name : null;
}

/**
 * An event's target by name, the id kept small and plain beside it for whoever searches the trail
 * by it: a node of the model linked to its page with its organisation; anything else (a risk, a
 * token, a candidate) by the title or name its record holds; the id alone when nothing names it.
 */
export function EventTarget({ id, action, record }: { id: string; action: string; record: unknown }) {
  const read = useGraphQL(TARGET_NODE, action.startsWith("graph.") ? { id } : skipToken);
  const node = read.data?.node;
  const org = node && "organisationName" in node ? node.organisationName : null;
  const name = node?.name ?? recordedName(record);
  const idText = <small className="id muted">{name ? ` (id ${id})` : `id ${id}`}</small>;
  if (node)
    return (
      <>
        <a href={`#model?node=${encodeURIComponent(id)}`} title={`Id ${id}`}>
          {node.name}
        </a>
        {org ? `, ${org}` : ""}
        {idText}
      </>
    );
  return name ? (
    <>
      “{name}”{idText}
    </>
  ) : (
    idText
  );
}
