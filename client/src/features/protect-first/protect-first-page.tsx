import { skipToken } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL } from "../../lib/query.js";
import { whole } from "../../lib/format.js";
import { kindWords, type NodeRef } from "../../lib/node-ref.js";
import { HORIZONS, hoursWords } from "../../lib/horizons.js";
import { NodeSearch } from "../../components/node-search.js";
import { raiseRiskHash, scenarioHash } from "../../lib/scenario-url.js";
import { EXPLANATION, PAGE_SIZE, RANKING, type Kind, type RankingOrder, type Row } from "./api.js";
import { Formula } from "./formula.js";
import { WhyRow } from "./why-row.js";

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
export function ProtectFirstPage({ token }: { token: string }) {
  const [hours, setHours] = useState(24);
  const [org, setOrg] = useState<NodeRef | null>(null);
  const [kind, setKind] = useState<Kind>("");
  const [by, setBy] = useState<RankingOrder>("TOTAL");
  const [recovery, setRecovery] = useState(false);
  // The cursors of the pages before this one: going back is popping one. A filter starts again at the first page.
  const [trail, setTrail] = useState<Array<string | null>>([null]);
  // The open row: its rank, and the cursor its page of one starts after.
  const [open, setOpen] = useState<{ rank: number; after: string | null } | null>(null);
  const after = trail.at(-1) ?? null;
  const vars = { hours, org: org?.id ?? null, labels: kind ? [kind] : null, by, recovery };
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setTrail([null]);
      setOpen(null);
    };

  const ranking = useGraphQL(RANKING, { ...vars, after, first: PAGE_SIZE }, token);
  const why = useGraphQL(EXPLANATION, open ? { ...vars, after: open.after } : skipToken, token);
  const page = ranking.data?.protectFirst ?? null;
  const error = ranking.error ?? why.error;

  function explain(k: number) {
    if (!page) return;
    // The row's own page of one starts after the row before it.
    setOpen({ rank: page.edges[k]!.node.rank, after: k > 0 ? page.edges[k - 1]!.cursor : after });
  }

  const first = page?.edges[0]?.node.rank ?? 0;
  const last = page?.edges.at(-1)?.node.rank ?? 0;
  return (
    <div className="page">
      <h2>What to protect first</h2>
      <div className="filters">
        <label>
          Horizon{" "}
          <select value={hours} onChange={(e) => filter(setHours)(Number(e.target.value))}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {hoursWords(h)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={recovery} onChange={(e) => filter(setRecovery)(e.target.checked)} /> With recovery (each asset
          back at its recovery time)
        </label>
        <label>
          Kind{" "}
          <select value={kind} onChange={(e) => filter(setKind)(e.target.value as Kind)}>
            <option value="">Everything</option>
            <option value="System">Systems</option>
            <option value="DataStore">Data stores</option>
            <option value="Supplier">Suppliers</option>
          </select>
        </label>
        <label>
          Rank by{" "}
          <select value={by} onChange={(e) => filter(setBy)(e.target.value as RankingOrder)}>
            <option value="TOTAL">Score (both together)</option>
            <option value="AVAILABILITY">Care lost (availability)</option>
            <option value="CONFIDENTIALITY">Data exposed (confidentiality)</option>
          </select>
        </label>
        <NodeSearch token={token} label="Organisation" labels={["Organisation"]} onChoose={filter(setOrg)} />
        {org && (
          <p>
            {org.name}{" "}
            <button type="button" onClick={() => filter(setOrg)(null)}>
              All organisations
            </button>
          </p>
        )}
      </div>
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
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Asset</th>
                <th scope="col">Kind</th>
                <th scope="col">Organisation</th>
                <th scope="col">Score</th>
                <th scope="col">Care lost</th>
                <th scope="col">Data exposed</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node: r }: { node: Row }, k) => (
                <Fragment key={r.asset.id}>
                  <tr>
                    <td>
                      {r.rank}
                      {r.overallRank !== r.rank && <span className="muted"> ({r.overallRank} overall)</span>}
                    </td>
                    <td>{r.asset.name}</td>
                    <td>{kindWords(r.asset.label)}</td>
                    <td>{r.asset.organisationName ?? <span className="muted">none (a supplier)</span>}</td>
                    <td>{whole(r.score)}</td>
                    <td>{whole(r.availabilityHarm)}</td>
                    <td>{whole(r.confidentialityHarm)}</td>
                    <td>
                      <button
                        type="button"
                        aria-expanded={open?.rank === r.rank}
                        aria-label={`Why ${r.asset.name}`}
                        onClick={() => (open?.rank === r.rank ? setOpen(null) : explain(k))}
                      >
                        Why
                      </button>{" "}
                      <a
                        href={scenarioHash({
                          lost: [r.asset.id],
                          compromised: r.asset.label === "CareService" ? [] : [r.asset.id],
                          hours,
                          recovery,
                        })}
                      >
                        Blast radius
                      </a>{" "}
                      <a
                        href={raiseRiskHash({ node: r.asset, lost: true, compromised: r.asset.label !== "CareService", hours })}
                        aria-label={`Raise a risk from ${r.asset.name}`}
                      >
                        Raise a risk
                      </a>
                    </td>
                  </tr>
                  {open?.rank === r.rank && (
                    <tr className="why">
                      <td colSpan={8}>
                        <WhyRow row={r} why={why.data?.protectFirst.edges[0]?.node ?? null} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="Pages of the ranking">
            <button
              type="button"
              disabled={trail.length < 2}
              onClick={() => {
                setTrail(trail.slice(0, -1));
                setOpen(null);
              }}
            >
              Previous {PAGE_SIZE}
            </button>{" "}
            <button
              type="button"
              disabled={!page.pageInfo.hasNextPage}
              onClick={() => {
                setTrail([...trail, page.pageInfo.endCursor]);
                setOpen(null);
              }}
            >
              Next {PAGE_SIZE}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
