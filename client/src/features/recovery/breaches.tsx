import { useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { useGraphQL } from "../../lib/query.js";
import { NodeSearch } from "../../components/node-search.js";
import { BREACH_PAGE, BREACHES } from "./api.js";
import { BreachTable } from "./breach-table.js";

const n = (x: number) => x.toLocaleString("en-GB");

/**
 * The tolerance breaches a business-impact analysis needs: which service, through what, and
 * why; counted as service and node pairs and as services, a page at a time.
 */
export function Breaches() {
  const [org, setOrg] = useState<NodeRef | null>(null);
  const [offset, setOffset] = useState(0);
  const breaches = useGraphQL(BREACHES, { org: org?.id ?? null, first: BREACH_PAGE, offset }, { keepPrevious: true });
  const d = breaches.data;
  const error = breaches.error ? errorMessage(breaches.error) : null;
  const choose = (o: NodeRef | null) => {
    setOrg(o);
    setOffset(0);
  };
  const pairs = d?.toleranceBreachCount ?? 0;
  const caption = d
    ? `${n(pairs)} breach${pairs === 1 ? "" : "es"}: ${n(d.toleranceBreachServiceCount)} care service${d.toleranceBreachServiceCount === 1 ? "" : "s"}, each through one node or more` +
      (pairs > d.toleranceBreaches.length ? `; ${n(offset + 1)}–${n(offset + d.toleranceBreaches.length)} shown` : "")
    : "";
  return (
    <section aria-labelledby="breaches-title">
      <h3 id="breaches-title">Impact tolerance breaches</h3>
      <div className="filters">
        <NodeSearch label="Organisation" labels={["Organisation"]} onChoose={choose} />
        {org && (
          <p>
            {org.name}{" "}
            <button type="button" onClick={() => choose(null)}>
              All organisations
            </button>
          </p>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
      {!d && !error && <p aria-live="polite">Finding breaches…</p>}
      {d && <BreachTable list={d.toleranceBreaches} caption={caption} />}
      {d && pairs > BREACH_PAGE && (
        <nav aria-label="Pages of breaches" className="pager">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - BREACH_PAGE))}>
            Previous {BREACH_PAGE}
          </button>{" "}
          <button type="button" disabled={offset + BREACH_PAGE >= pairs} onClick={() => setOffset(offset + BREACH_PAGE)}>
            Next {BREACH_PAGE}
          </button>
        </nav>
      )}
    </section>
  );
}
