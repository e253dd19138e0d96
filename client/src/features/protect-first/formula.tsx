import { hoursWords } from "../../lib/horizons.js";

/** The score in words and symbols, so a reader can check a row by hand. */
export function Formula({ hours, profile }: { hours: number; profile: string }) {
  return (
    <details className="formula">
      <summary>How the score is worked out</summary>
      <p>
        Every system, data store and supplier is scored by what its loss and its compromise would do over {hoursWords(hours)}. The unit is
        the <strong>weighted patient</strong>: a patient whose care is lost, weighted by how badly (1 for minor up to 16 for catastrophic).
      </p>
      <ul>
        <li>
          <strong>Care lost</strong> = Σ over the care services it stops or degrades of patients a day ÷ 24 × the capability lost × the
          severity weight, over each hour of the horizon. A service's severity rises one level for each impact tolerance that passes.
          Alternatives add up: a group of alternatives delivers min(1, Σ capability × share).
        </li>
        <li>
          <strong>Data exposed</strong> = Σ over the data stores an attacker in control of it could read of tier weight × records × 0.001
          (tier weights: T1 demographics 1, T2 health records 3, T3 specially protected 8, T4 enables physical harm 15).
        </li>
        <li>
          <strong>Score</strong> = care lost + data exposed. Ranked by score, then care lost, then id; or by either part alone.
        </li>
      </ul>
      <p className="muted">Scoring profile: {profile}.</p>
    </details>
  );
}
