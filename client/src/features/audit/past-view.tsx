import { whole } from "../../lib/format.js";
import { kindWords } from "../../lib/node-ref.js";
import type { AsAtQuery } from "../../gql/graphql.js";
import { readable } from "./times.js";

interface Past {
  at: string;
  ranking: AsAtQuery["protectFirst"];
  risks: AsAtQuery["risks"];
}

/** What to protect first (its top 20 at 24 hours) and the register as they stood at a time. */
export function PastView({ past }: { past: Past }) {
  return (
    <div className="as-at-result">
      <table>
        <caption>
          What to protect first at 24 hours as at {readable(past.at)}: top {past.ranking.edges.length} of {whole(past.ranking.totalCount)}
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
  );
}
