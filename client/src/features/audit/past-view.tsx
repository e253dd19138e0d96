import { whole } from "../../lib/format.js";
import { kindWords } from "../../lib/node-ref.js";
import type { AsAtQuery } from "../../gql/graphql.js";
import { readable } from "./times.js";
import { ColumnHeads } from "../../components/column-heads.js";

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
        <ColumnHeads columns={["Rank", "Asset", "Kind", "Organisation", "Score"]} />
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
          <ColumnHeads columns={["Risk", "Owner", "Status", "Inherent", "Residual"]} />
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
