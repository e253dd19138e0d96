import type { MemoryReport } from "../../server/analysis/thread-memory.js";

/** The server's memory report, as an ADMIN reads it. */
export async function serverMemory(base: string, token: string): Promise<MemoryReport> {
  const res = await fetch(`${base}/admin/memory`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /admin/memory answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as MemoryReport;
}

/** The assets whose loss and compromise harm most, by the server's own ranking. */
export async function topAssets(base: string, token: string, n: number): Promise<string[]> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `{ protectFirst(first: ${n}) { edges { node { asset { id } } } } }` }),
  });
  const body = (await res.json()) as {
    data: { protectFirst: { edges: Array<{ node: { asset: { id: string } } }> } } | null;
    errors?: Array<{ message: string }>;
  };
  if (!body.data) throw new Error(`The ranking was refused: ${body.errors?.map((e) => e.message).join("; ") ?? res.status}`);
  return body.data.protectFirst.edges.map((e) => e.node.asset.id);
}
