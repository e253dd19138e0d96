import { useState, type FormEvent } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQLPages } from "../../lib/query.js";
import { PAGE_SIZE, TRAIL, type TrailFilter } from "./api.js";
import { EventDetails } from "./event-details.js";
import { readable } from "./times.js";
import { VerifyPanel } from "./verify-panel.js";
import { IdsNamed } from "../../components/ids-named.js";
import { ACTION_WORDS, actionWords, capital, plainText, summaryWords } from "../../../../server/model/plain-words.js";

const NO_FILTER: TrailFilter = { action: "", actor: "", target: "" };
const orNull = (s: string): string | null => s.trim() || null;
/** The actions to filter by, in words, alphabetically. */
const ACTIONS = Object.entries(ACTION_WORDS).sort(([, a], [, b]) => a.localeCompare(b));

/** The audit trail, newest first, filtered and paged back in time; each event opens its differences and hashes. */
export function AuditTrailPage() {
  const [draft, setDraft] = useState<TrailFilter>(NO_FILTER);
  const [filter, setFilter] = useState<TrailFilter>(NO_FILTER);
  const [open, setOpen] = useState<number | null>(null);
  // The trail a page at a time: each older page starts before the last one's oldest event.
  const vars = { action: orNull(filter.action), actor: orNull(filter.actor), target: orNull(filter.target), first: PAGE_SIZE };
  const trail = useGraphQLPages(TRAIL, vars, (last) => last.auditTrail.nextBeforeSeq);
  const events = trail.data?.pages.flatMap((p) => p.auditTrail.events) ?? null;
  const error = trail.error ? errorMessage(trail.error) : null;
  const choose = (f: TrailFilter) => {
    setFilter(f);
    setOpen(null);
  };

  const filtered = Object.values(filter).some((v) => v.trim() !== "");
  const apply = (e: FormEvent) => {
    e.preventDefault();
    choose(draft);
  };
  const field = (key: keyof TrailFilter, label: string, hint: string) => (
    <label className="field">
      {label} <input type="search" value={draft[key]} placeholder={hint} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );

  return (
    <div className="page audit">
      <h2>Audit trail</h2>
      <p>
        Every change to the graph, the register and tokens, newest first. Nothing can edit or delete an event; each event's hash covers its
        content and the hash of the event before it.
      </p>
      <VerifyPanel />
      <form className="filters" onSubmit={apply} aria-label="Filter the events">
        <label className="field">
          Action{" "}
          <select value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })}>
            <option value="">Any action</option>
            {ACTIONS.map(([action, words]) => (
              <option key={action} value={action}>
                {capital(words)}
              </option>
            ))}
          </select>
        </label>
        {field("actor", "Actor", "part of a name")}
        {field("target", "Target", "part of an id")}
        <button type="submit">Filter</button>
        <button
          type="button"
          onClick={() => {
            setDraft(NO_FILTER);
            choose(NO_FILTER);
          }}
        >
          Clear
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {!events && !error && <p aria-live="polite">Reading the trail…</p>}
      {events && events.length === 0 && <p role="status">No event matches.</p>}
      {events && events.length > 0 && (
        <ol className="events" aria-label="Events, newest first">
          {events.map((e) => (
            <li key={e.seq}>
              <button
                type="button"
                className="event-summary"
                aria-expanded={open === e.seq}
                onClick={() => setOpen(open === e.seq ? null : e.seq)}
              >
                <span className="seq">#{e.seq}</span> <time dateTime={e.at}>{readable(e.at)}</time>{" "}
                <strong>{capital(actionWords(e.action))}</strong> by {plainText(e.actor)}
                {e.breakGlass && <span className="break-glass"> (break-glass)</span>}: <IdsNamed text={summaryWords(e.summary)} />
              </button>
              {open === e.seq && <EventDetails event={e} />}
            </li>
          ))}
        </ol>
      )}
      {events && trail.hasNextPage && (
        <button type="button" disabled={trail.isFetchingNextPage} onClick={() => void trail.fetchNextPage()}>
          Older events
        </button>
      )}
      {events && !trail.hasNextPage && events.length > 0 && (
        <p className="muted">The first event of the trail{filtered ? " that matches" : ""} is the last above.</p>
      )}
    </div>
  );
}
