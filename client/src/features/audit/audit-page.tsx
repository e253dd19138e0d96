import { useEffect, useState, type FormEvent } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { TRAIL, type AuditEvent, type AuditPage, type TrailFilter } from "./api.js";
import { EventDetails } from "./event-details.js";
import { readable } from "./times.js";
import { VerifyPanel } from "./verify-panel.js";

const NO_FILTER: TrailFilter = { action: "", actor: "", target: "" };
const orNull = (s: string): string | null => s.trim() || null;

/** The audit trail, newest first, filtered and paged back in time; each event opens its differences and hashes. */
export function AuditTrailPage({ token }: { token: string }) {
  const [draft, setDraft] = useState<TrailFilter>(NO_FILTER);
  const [filter, setFilter] = useState<TrailFilter>(NO_FILTER);
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function load(before: number | null, signal?: AbortSignal) {
    setLoading(true);
    setError(null);
    try {
      const vars = { action: orNull(filter.action), actor: orNull(filter.actor), target: orNull(filter.target), before };
      const page = (await request<{ auditTrail: AuditPage }>(TRAIL, vars, token, signal)).auditTrail;
      setEvents((old) => (before === null ? page.events : [...(old ?? []), ...page.events]));
      setNext(page.nextBeforeSeq);
    } catch (e) {
      if ((e as Error).name !== "AbortError") setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }

  useEffect(() => {
    setEvents(null);
    setOpen(null);
    const abort = new AbortController();
    void load(null, abort.signal);
    return () => abort.abort();
    // `load` reads the filter and token listed here.
  }, [filter, token]);

  const filtered = Object.values(filter).some((v) => v.trim() !== "");
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter(draft);
  };
  const field = (key: keyof TrailFilter, label: string, hint: string) => (
    <label className="field">
      {label} <input type="search" value={draft[key]} placeholder={hint} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );

  return (
    <div className="page audit">
      <h2>Audit trail</h2>
      <p>Every change to the graph, the register and tokens, newest first. Nothing can edit or delete an event; each event's hash covers its content and the hash of the event before it.</p>
      <VerifyPanel token={token} />
      <form className="filters" onSubmit={apply} aria-label="Filter the events">
        {field("action", "Action", "graph.import")}
        {field("actor", "Actor", "part of a name")}
        {field("target", "Target", "part of an id")}
        <button type="submit">Filter</button>
        <button type="button" onClick={() => { setDraft(NO_FILTER); setFilter(NO_FILTER); }}>Clear</button>
      </form>
      {error && <p role="alert">{error}</p>}
      {!events && !error && <p aria-live="polite">Reading the trail…</p>}
      {events && events.length === 0 && <p role="status">No event matches.</p>}
      {events && events.length > 0 && (
        <ol className="events" aria-label="Events, newest first">
          {events.map((e) => (
            <li key={e.seq}>
              <button type="button" className="event-summary" aria-expanded={open === e.seq} onClick={() => setOpen(open === e.seq ? null : e.seq)}>
                <span className="seq">#{e.seq}</span> <time dateTime={e.at}>{readable(e.at)}</time> <strong>{e.action}</strong> by {e.actor}: {e.summary}
              </button>
              {open === e.seq && <EventDetails event={e} token={token} />}
            </li>
          ))}
        </ol>
      )}
      {events && next !== null && (
        <button type="button" disabled={loading} onClick={() => void load(next)}>Older events</button>
      )}
      {events && next === null && events.length > 0 && <p className="muted">The first event of the trail{filtered ? " that matches" : ""} is the last above.</p>}
    </div>
  );
}
