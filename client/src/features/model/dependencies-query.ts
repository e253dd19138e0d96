import { request } from "../../lib/graphql.js";

const DEPENDENCIES = `query($id: ID!) { node(id: $id) { id name label
  out: neighbours(direction: OUTGOING, first: 1000) { relationship effect capacity group share node { id name label } }
  in: neighbours(direction: INCOMING, first: 1000) { relationship effect node { id name label } } } }`;

/** One DEPENDS_ON edge of the open node, with the node at its other end. */
export interface Edge {
  relationship: string;
  effect: string | null;
  capacity?: number | null;
  group?: string | null;
  share?: number | null;
  node: { id: string; name: string; label: string };
}

export interface Dependencies {
  node: { id: string; name: string; label: string };
  /** What it depends on. */
  out: Edge[];
  /** What depends on it. */
  in: Edge[];
}

/** A node's dependencies both ways (DEPENDS_ON only); null where the model has no such node. */
export async function loadDependencies(id: string, token: string, signal?: AbortSignal): Promise<Dependencies | null> {
  const r = await request<{ node: (Dependencies["node"] & { out: Edge[]; in: Edge[] }) | null }>(DEPENDENCIES, { id }, token, signal);
  if (!r.node) return null;
  const { out, in: incoming, ...node } = r.node;
  const dependsOn = (e: Edge) => e.relationship === "DEPENDS_ON";
  return { node, out: out.filter(dependsOn), in: incoming.filter(dependsOn) };
}
