import { Fragment, useEffect, useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { whole } from "../../lib/format.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { NodeSearch } from "../../components/node-search.js";

interface Row {
  rank: number;
  asset: NodeRef;
  score: number;
  availabilityHarm: number;
  confidentialityHarm: number;
}
interface Explanation {
  careServices: Array<{ service: { name: string; organisation: string }; harm: number; consequence: string | null; path: Array<{ name: string }> }>;
  exposedDataStores: Array<{ name: string; sensitivity: string; records: number }>;
}

const RANKING = `query($hours: Float!, $org: ID, $labels: [NodeLabel!], $recovery: Boolean) {
  protectFirst(hours: $hours, first: 50, organisation: $org, labels: $labels, recovery: $recovery) {
    totalCount profile edges { node { rank score availabilityHarm confidentialityHarm asset { id name label } } } } }`;
const EXPLAIN = `query($hours: Float!, $org: ID, $labels: [NodeLabel!], $after: String, $recovery: Boolean) {
  protectFirst(hours: $hours, first: 1, organisation: $org, labels: $labels, after: $after, recovery: $recovery) { edges { node {
    careServices { service { name ... on CareService { organisation } } harm consequence path { name } }
    exposedDataStores { name ... on DataStore { sensitivity records } } } } } }`;

/** What to protect first: the ranking, filtered, each row opening its evidence and its blast radius. */
export function ProtectFirstPage({ token, onShowBlast }: { token: string; onShowBlast: (asset: NodeRef) => void }) {
  const [hours, setHours] = useState(24);
  const [org, setOrg] = useState<NodeRef | null>(null);
  const [label, setLabel] = useState<"" | "System" | "DataStore" | "Supplier">("");
  const [rows, setRows] = useState<Row[] | null>(null);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState<{ rank: number; why: Explanation | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recovery, setRecovery] = useState(false);
  const vars = { hours, org: org?.id ?? null, labels: label ? [label] : null, recovery };

  useEffect(() => {
    setRows(null);
    setOpen(null);
    request<{ protectFirst: { totalCount: number; edges: Array<{ node: Row }> } }>(RANKING, vars, token)
      .then((r) => {
        setRows(r.protectFirst.edges.map((e) => e.node));
        setTotal(r.protectFirst.totalCount);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [hours, org, label, recovery, token]);

  async function explain(rank: number) {
    setOpen({ rank, why: null });
    // Cursors are opaque; the row before is fetched by asking for the first `rank - 1` (cheap: the ranking is cached).
    const before = rank > 1 ? await request<{ protectFirst: { pageInfo: { endCursor: string } } }>(`query($hours: Float!, $org: ID, $labels: [NodeLabel!], $n: Int, $recovery: Boolean) { protectFirst(hours: $hours, first: $n, organisation: $org, labels: $labels, recovery: $recovery) { pageInfo { endCursor } } }`, { ...vars, n: rank - 1 }, token) : null;
    const r = await request<{ protectFirst: { edges: Array<{ node: Explanation }> } }>(EXPLAIN, { ...vars, after: before?.protectFirst.pageInfo.endCursor ?? null }, token);
    setOpen({ rank, why: r.protectFirst.edges[0]?.node ?? null });
  }

  return (
    <div className="page">
      <h2>What to protect first</h2>
      <div className="filters">
        <label>
          Horizon{" "}
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {[4, 24, 72, 168, 720].map((h) => (
              <option key={h} value={h}>{h < 24 ? `${h} hours` : `${h / 24} day${h === 24 ? "" : "s"}`}</option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={recovery} onChange={(e) => setRecovery(e.target.checked)} /> With recovery (each asset back at its recovery time)
        </label>
        <label>
          Kind{" "}
          <select value={label} onChange={(e) => setLabel(e.target.value as typeof label)}>
            <option value="">Everything</option>
            <option value="System">Systems</option>
            <option value="DataStore">Data stores</option>
            <option value="Supplier">Suppliers</option>
          </select>
        </label>
        <NodeSearch token={token} label="Organisation" labels={["Organisation"]} onChoose={setOrg} />
        {org && (
          <p>
            {org.name} <button type="button" onClick={() => setOrg(null)}>All organisations</button>
          </p>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
      {!rows && !error && <p aria-live="polite">Ranking every asset…</p>}
      {rows && (
        <table className="ranking">
          <caption>Top {rows.length} of {whole(total)}, by harm to patients over {hours} hours{recovery ? ", each asset back at its recovery time" : ""}</caption>
          <thead>
            <tr><th scope="col">Rank</th><th scope="col">Asset</th><th scope="col">Score</th><th scope="col">Care lost</th><th scope="col">Data exposed</th><th scope="col"><span className="sr-only">Actions</span></th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Fragment key={r.asset.id}>
                <tr>
                  <td>{r.rank}</td>
                  <td>{r.asset.name} <span className="muted">{r.asset.label}</span></td>
                  <td>{whole(r.score)}</td>
                  <td>{whole(r.availabilityHarm)}</td>
                  <td>{whole(r.confidentialityHarm)}</td>
                  <td>
                    <button type="button" aria-expanded={open?.rank === r.rank} onClick={() => (open?.rank === r.rank ? setOpen(null) : void explain(r.rank))}>Why</button>{" "}
                    <button type="button" onClick={() => onShowBlast(r.asset)}>Blast radius</button>
                  </td>
                </tr>
                {open?.rank === r.rank && (
                  <tr className="why">
                    <td colSpan={6}>
                      {!open.why && "Loading the evidence…"}
                      {open.why && (
                        <ul>
                          {open.why.careServices.map((s, i) => (
                            <li key={i}>{s.service.name} ({s.service.organisation}): {s.consequence ?? "no consequence"}, harm {whole(s.harm)}: {s.path.map((p) => p.name).join(" → ")}</li>
                          ))}
                          {open.why.exposedDataStores.map((d, i) => (
                            <li key={`d${i}`}>Exposed: {d.name} ({d.sensitivity}, {whole(d.records)} records)</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
