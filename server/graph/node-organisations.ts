import type { ManagedTransaction } from "neo4j-driver";
import type { NodeLabel } from "../model/enums.js";
import { NODE_LABELS } from "../model/enums.js";

export interface NodeOwner {
  label: NodeLabel;
  /** The operating organisation; null for organisations and suppliers. */
  organisation: string | null;
}

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);

/** The label and operating organisation of each of `ids` the graph holds: what a scope check needs, nothing more. */
export async function nodeOwners(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, NodeOwner>> {
  const out = new Map<string, NodeOwner>();
  if (!ids.length) return out;
  const r = await tx.run(
    "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, labels(n) AS labels, n.organisation AS organisation",
    { ids: [...new Set(ids)] },
  );
  for (const rec of r.records) {
    const label = (rec.get("labels") as string[]).find((l) => LABELS.has(l)) as NodeLabel;
    out.set(rec.get("id") as string, { label, organisation: (rec.get("organisation") as string | null) ?? null });
  }
  return out;
}
