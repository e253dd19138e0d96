import { useEffect, useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";

const QUALITY = `query($org: ID) { dataQuality(organisation: $org, first: 25) {
  findings { issue count nodes { id name label } }
  shortGroups { node group shares } } }`;

interface Finding {
  issue: string;
  count: number;
  nodes: Array<{ id: string; name: string; label: string }>;
}

/** Each gap in words: what it is, and why it makes an answer wrong. */
const MEANING: Record<string, string> = {
  SERVICE_WITHOUT_DEPENDENCIES: "Care services with no dependencies: no loss can ever stop them, so they never show in a blast radius.",
  SYSTEM_NOTHING_DEPENDS_ON: "Systems nothing depends on: their loss harms no one, so they rank at the bottom.",
  STORE_NOT_ACCESSED: "Data stores no system accesses: no compromise exposes them.",
  SUPPLIER_WITHOUT_DEPENDANTS: "Suppliers nothing depends on: their outage reaches nothing.",
  NO_OWNER: "Services, systems and data stores without an owner: nobody to act on a risk.",
};

/** The model's gaps, each linking to the node to fix it. */
export function DataQualityList({ token, organisation, onOpen, version }: { token: string; organisation: string | null; onOpen: (id: string) => void; version: number }) {
  const [answer, setAnswer] = useState<{ findings: Finding[]; shortGroups: Array<{ node: string; group: string; shares: number }> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    request<{ dataQuality: NonNullable<typeof answer> }>(QUALITY, { org: organisation }, token, abort.signal)
      .then((r) => setAnswer(r.dataQuality))
      .catch((e: unknown) => (e as Error).name !== "AbortError" && setError(errorMessage(e)));
    return () => abort.abort();
  }, [token, organisation, version]);
  if (error) return <p role="alert">{error}</p>;
  if (!answer) return <p>Checking the model…</p>;
  const gaps = answer.findings.filter((f) => f.count > 0);
  return (
    <section aria-labelledby="data-quality" className="data-quality">
      <h3 id="data-quality">Data quality</h3>
      {gaps.length === 0 && answer.shortGroups.length === 0 && <p>No gaps found{organisation ? " in this organisation" : ""}.</p>}
      {gaps.map((f) => (
        <details key={f.issue}>
          <summary>{MEANING[f.issue] ?? f.issue} <strong>{f.count.toLocaleString("en-GB")}</strong></summary>
          <ul>
            {f.nodes.map((n) => (
              <li key={n.id}><button type="button" className="link" onClick={() => onOpen(n.id)}>{n.name}</button> <small>{n.label} · {n.id}</small></li>
            ))}
            {f.count > f.nodes.length && <li>and {(f.count - f.nodes.length).toLocaleString("en-GB")} more</li>}
          </ul>
        </details>
      ))}
      {answer.shortGroups.length > 0 && (
        <details>
          <summary>Redundancy groups that cannot carry the whole need <strong>{answer.shortGroups.length}</strong></summary>
          <ul>
            {answer.shortGroups.map((g) => (
              <li key={`${g.node}|${g.group}`}><button type="button" className="link" onClick={() => onOpen(g.node)}>{g.node}</button>: group {g.group}, shares add up to {g.shares.toFixed(2)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
