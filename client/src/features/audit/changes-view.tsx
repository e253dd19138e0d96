import { useState, type FormEvent } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useAskedGraphQL } from "../../lib/query.js";
import { CHANGES, type HistoryDiff } from "./api.js";
import { IdsNamed } from "../../components/ids-named.js";
import { fromLocalInput, localInput, readable } from "./times.js";
import { actionWords, plainText, summaryWords } from "../../../../server/model/plain-words.js";

const DAY = 24 * 60 * 60 * 1000;

function rankMove(m: HistoryDiff["rankMoves"][number]): string {
  const name = m.organisationName ? `${m.name} (${m.organisationName})` : m.name;
  if (m.fromRank === null) return `${name}: new in the ranking at ${m.toRank}`;
  if (m.toRank === null) return `${name}: left the ranking (was ${m.fromRank})`;
  return `${name}: ${m.fromRank} → ${m.toRank} (${m.toRank < m.fromRank ? "up" : "down"} ${Math.abs(m.fromRank - m.toRank)})`;
}

function riskChange(r: HistoryDiff["riskChanges"][number]): string {
  if (r.fromRating === null) return `${r.title}: added, rated ${r.toRating} (residual ${r.toResidualRating})`;
  if (r.toRating === null) return `${r.title}: removed (was rated ${r.fromRating}, residual ${r.fromResidualRating})`;
  return `${r.title}: rating ${r.fromRating} → ${r.toRating}, residual ${r.fromResidualRating} → ${r.toResidualRating}`;
}

/** A list with its count in the heading, or "None."; node ids in it read as names, the id beside. */
function Listed({ title, items }: { title: string; items: string[] }) {
  return (
    <>
      <h4>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {items.map((item, k) => (
            <li key={k}>
              <IdsNamed keepIds text={item} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What changed between two chosen times: the events, the graph's nodes and dependencies, the ranking and the register. */
export function ChangesView() {
  const [from, setFrom] = useState(() => localInput(new Date(Date.now() - DAY)));
  const [to, setTo] = useState(() => localInput(new Date()));
  const [problem, setProblem] = useState<string | null>(null);
  const changes = useAskedGraphQL(CHANGES);
  const busy = changes.isFetching;
  const error = problem ?? (changes.error && !busy ? errorMessage(changes.error) : null);
  const diff = changes.data?.changesBetween ?? null;

  function compare(e: FormEvent) {
    e.preventDefault();
    const f = fromLocalInput(from);
    const t = fromLocalInput(to);
    if (!f || !t) return setProblem("Choose both dates and times.");
    if (f >= t) return setProblem("The first time must be before the second.");
    setProblem(null);
    changes.ask({ from: f, to: t });
  }

  return (
    <section aria-labelledby="changes-title">
      <h3 id="changes-title">What changed</h3>
      <form className="filters" onSubmit={compare}>
        <label className="field">
          From <input type="datetime-local" step={1} value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
        <label className="field">
          To <input type="datetime-local" step={1} value={to} onChange={(e) => setTo(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy}>
          Compare
        </button>
      </form>
      {busy && <p aria-live="polite">Rebuilding both times from the trail…</p>}
      {error && <p role="alert">{error}</p>}
      {diff && (
        <div className="changes">
          <p>
            From {readable(diff.from)} to {readable(diff.to)}: {diff.events.length} recorded changes; dependencies {diff.dependenciesAdded}{" "}
            added, {diff.dependenciesRemoved} removed, {diff.dependenciesChanged} changed.
          </p>
          <Listed
            title="Recorded changes"
            items={diff.events.map(
              (e) => `#${e.seq} ${readable(e.at)} ${actionWords(e.action)} by ${plainText(e.actor)}: ${summaryWords(e.summary)}`,
            )}
          />
          <Listed title="Nodes added" items={diff.nodesAdded} />
          <Listed title="Nodes removed" items={diff.nodesRemoved} />
          <Listed title="Nodes changed" items={diff.nodesChanged} />
          <Listed title="Moves in what to protect first (24 hours, top 20)" items={diff.rankMoves.map(rankMove)} />
          <Listed title="Risks whose rating changed" items={diff.riskChanges.map(riskChange)} />
        </div>
      )}
    </section>
  );
}
