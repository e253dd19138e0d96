import { useState, type FormEvent } from "react";
import { whole } from "../../lib/format.js";
import { errorMessage } from "../../lib/graphql.js";
import { kindWords } from "../../lib/node-ref.js";
import { useAskedGraphQL } from "../../lib/query.js";
import { AS_AT } from "./api.js";
import { fromLocalInput, localInput, readable } from "./times.js";

/** The ranking (its top 20) and the register as they stood at a chosen time, rebuilt from the trail. */
export function AsAtView({ token }: { token: string }) {
  const [when, setWhen] = useState(() => localInput(new Date()));
  const [problem, setProblem] = useState<string | null>(null);
  const asAt = useAskedGraphQL(AS_AT, token);
  const busy = asAt.isFetching;
  const error = problem ?? (asAt.error && !busy ? errorMessage(asAt.error) : null);
  const past = asAt.data && asAt.answered ? { at: asAt.answered.t, ranking: asAt.data.protectFirst, risks: asAt.data.risks } : null;

  function show(e: FormEvent) {
    e.preventDefault();
    const at = fromLocalInput(when);
    if (!at) return setProblem("Choose a date and time.");
    setProblem(null);
    asAt.ask({ t: at });
  }

  return (
    <section aria-labelledby="as-at-title">
      <h3 id="as-at-title">As at</h3>
      <form className="filters" onSubmit={show}>
        <label className="field">
          Date and time <input type="datetime-local" step={1} value={when} onChange={(e) => setWhen(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy}>
          Show as it stood
        </button>
      </form>
      {busy && <p aria-live="polite">Rebuilding the graph and the register from the trail…</p>}
      {error && <p role="alert">{error}</p>}
      {past && (
        <div className="as-at-result">
          <table>
            <caption>
              What to protect first at 24 hours as at {readable(past.at)}: top {past.ranking.edges.length} of{" "}
              {whole(past.ranking.totalCount)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Asset</th>
                <th scope="col">Kind</th>
                <th scope="col">Organisation</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {past.ranking.edges.map(({ node: r }) => (
                <tr key={r.asset.id}>
                  <td>{r.rank}</td>
                  <td>{r.asset.name}</td>
                  <td>{kindWords(r.asset.label)}</td>
                  <td>{"organisationName" in r.asset ? r.asset.organisationName : ""}</td>
                  <td>{whole(r.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {past.risks.length === 0 ? (
            <p>The register held no risks as at {readable(past.at)}.</p>
          ) : (
            <table>
              <caption>
                The register as at {readable(past.at)}: {past.risks.length} {past.risks.length === 1 ? "risk" : "risks"}, highest residual
                rating first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Risk</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Status</th>
                  <th scope="col">Inherent</th>
                  <th scope="col">Residual</th>
                </tr>
              </thead>
              <tbody>
                {past.risks.map((r) => (
                  <tr key={r.id}>
                    <td>{r.title}</td>
                    <td>{r.owner}</td>
                    <td>{r.status.toLowerCase()}</td>
                    <td>{r.inherentRating}</td>
                    <td>{r.residualRating}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
