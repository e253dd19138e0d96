import { useState, type FormEvent } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useAskedGraphQL } from "../../lib/query.js";
import { AS_AT } from "./api.js";
import { fromLocalInput, localInput } from "./times.js";
import { PastView } from "./past-view.js";

/** The ranking (its top 20) and the register as they stood at a chosen time, rebuilt from the trail. */
export function AsAtView() {
  const [when, setWhen] = useState(() => localInput(new Date()));
  const [problem, setProblem] = useState<string | null>(null);
  const asAt = useAskedGraphQL(AS_AT);
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
      {past && <PastView past={past} />}
    </section>
  );
}
