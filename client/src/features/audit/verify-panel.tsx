import { useState, type FormEvent } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useAskedGraphQL } from "../../lib/query.js";
import { VERIFY, type Verification } from "./api.js";

const HASH = /^[0-9a-f]{64}$/;

/** The verification in words: the chain holds, or where it breaks, and whether a known head is still there. */
function verdict(v: Verification, known: { seq: number } | null): string[] {
  const lines = v.ok
    ? [`The chain holds: all ${v.events.toLocaleString("en-GB")} events check out, each hash matching its content and the event before it.`]
    : [`The chain is broken at event ${v.firstBroken?.seq ?? "?"}: ${v.firstBroken?.reason ?? "no reason given"}.`];
  if (v.head) lines.push(`Its head is event ${v.head.seq} with hash ${v.head.hash}; keep both to check the trail against later.`);
  if (known && v.containsKnownHead === true) lines.push(`The known head is still there: event ${known.seq} with the same hash.`);
  if (known && v.containsKnownHead === false)
    lines.push(`The known head is no longer present: the trail has no event ${known.seq} with that hash, so it was removed or rewritten.`);
  return lines;
}

/** "Verify the chain", optionally against a head the auditor kept (a board report's, say). */
export function VerifyPanel() {
  const [seq, setSeq] = useState("");
  const [hash, setHash] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const verified = useAskedGraphQL(VERIFY);
  const busy = verified.isFetching;
  const error = verified.error && !busy ? errorMessage(verified.error) : null;
  // Each verification recomputes the chain: the last verdict goes while the next is worked out.
  const v = !busy && verified.answered && verified.data?.verifyAuditChain;
  const known = verified.answered?.known ?? null;
  const result = v ? { lines: verdict(v, known), ok: v.ok && v.containsKnownHead !== false } : null;

  function verify(e: FormEvent) {
    e.preventDefault();
    const given = seq.trim() !== "" || hash.trim() !== "";
    const known = given ? { seq: Number(seq), hash: hash.trim().toLowerCase() } : null;
    if (known && (!Number.isInteger(known.seq) || known.seq < 1)) return setFieldError("Give the known head's event number (1 or more).");
    if (known && !HASH.test(known.hash)) return setFieldError("Give the known head's hash: 64 hexadecimal digits.");
    setFieldError(null);
    verified.ask({ known });
  }

  return (
    <section className="verify" aria-labelledby="verify-title">
      <h3 id="verify-title">Verify the chain</h3>
      <form onSubmit={verify}>
        <fieldset className="known-head">
          <legend>A known head to check for (optional)</legend>
          <label className="field">
            Event number{" "}
            <input
              inputMode="numeric"
              value={seq}
              onChange={(e) => setSeq(e.target.value)}
              aria-describedby={fieldError ? "head-error" : undefined}
            />
          </label>
          <label className="field">
            Hash{" "}
            <input
              className="hash-input"
              value={hash}
              onChange={(e) => setHash(e.target.value)}
              spellCheck={false}
              aria-describedby={fieldError ? "head-error" : undefined}
            />
          </label>
        </fieldset>
        {fieldError && (
          <p id="head-error" className="field-error">
            {fieldError}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Verify the chain
        </button>
      </form>
      {busy && <p aria-live="polite">Recomputing every hash from the first event…</p>}
      {error && <p role="alert">{error}</p>}
      {result && (
        <div role="status" className={result.ok ? "verdict ok" : "verdict broken"}>
          {result.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      )}
    </section>
  );
}
