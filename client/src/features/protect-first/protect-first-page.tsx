import { errorMessage } from "../../lib/graphql.js";
import { whole } from "../../lib/format.js";
import { kindWords, type NodeRef } from "../../lib/node-ref.js";
import { hoursWords } from "../../lib/horizons.js";
import { PAGE_SIZE, type Kind, type RankingOrder, type Row } from "./api.js";
import { Formula } from "./formula.js";
import { RankingFilters } from "./ranking-filters.js";
import { RankingRow } from "./ranking-row.js";
import { useRanking } from "./use-ranking.js";
import { ColumnHeads } from "../../components/column-heads.js";

const ORDER_WORDS: Record<RankingOrder, string> = {
  TOTAL: "score (care lost + data exposed)",
  AVAILABILITY: "care lost",
  CONFIDENTIALITY: "data exposed",
};

/** Why a filtered ranking is empty, in words. */
function emptyReason(org: NodeRef | null, kind: Kind): string {
  const what = kind ? `${kindWords(kind)}s` : "systems, data stores or suppliers";
  return org
    ? `${org.name} operates no ${what} in the graph, so there is nothing to rank. Suppliers belong to no organisation: choose "All organisations" to see them.`
    : `The graph holds no ${what} to rank.`;
}

/** What to protect first: the whole ranking page by page, filtered, each row opening its evidence and its blast radius. */
export function ProtectFirstPage() {
  const { filters, page, error, why, open, setOpen, explain, first, last, pages } = useRanking();
  const { hours, org, kind, by, recovery } = filters;
  return (
    <div className="page">
      <h2>What to protect first</h2>
      <RankingFilters f={filters} />
      <Formula hours={hours} profile={page?.profile ?? "default"} />
      {error && <p role="alert">{errorMessage(error)}</p>}
      {!page && !error && <p aria-live="polite">Ranking every asset…</p>}
      {page && page.totalCount === 0 && <p role="status">{emptyReason(org, kind)}</p>}
      {page && page.totalCount > 0 && (
        <>
          <table className="ranking">
            <caption>
              Ranks {whole(first)}–{whole(last)} of {whole(page.totalCount)}, by {ORDER_WORDS[by]} over {hoursWords(hours)}
              {recovery ? ", each asset back at its recovery time" : ""}, in weighted patients
            </caption>
            <ColumnHeads columns={["Rank", "Asset", "Kind", "Organisation", "Score", "Care lost", "Data exposed", { hidden: "Actions" }]} />
            <tbody>
              {page.edges.map(({ node: r }: { node: Row }, k) => (
                <RankingRow
                  key={r.asset.id}
                  r={r}
                  hours={hours}
                  recovery={recovery}
                  opened={open?.rank === r.rank}
                  why={why}
                  onWhy={() => (open?.rank === r.rank ? setOpen(null) : explain(k))}
                />
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="Pages of the ranking">
            <button type="button" disabled={!pages.hasPrevious} onClick={pages.back}>
              Previous {PAGE_SIZE}
            </button>{" "}
            <button type="button" disabled={!page.pageInfo.hasNextPage} onClick={pages.next}>
              Next {PAGE_SIZE}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
