import { graphql } from "../gql/gql.js";
import type { RecoveryCurvePointFragment } from "../gql/graphql.js";

/** A moment the scenario steps back up: what came back, the care delivered and the harm so far. Documents select it with `...RecoveryCurvePoint`. */
export type RecoveryPoint = RecoveryCurvePointFragment;
graphql(`
  fragment RecoveryCurvePoint on RecoveryPoint {
    hours
    restored {
      id
      name
    }
    capability
    harm
  }
`);

const W = 300;
const H = 120;
const PAD = 24;
const hoursLabel = (h: number): string => (h < 48 ? `${+h.toFixed(1)} h` : `${+(h / 24).toFixed(1)} d`);

/**
 * Care delivered stepping back up as nodes return (the step line, 0–100%) and harm so far (the
 * rising line, to its largest value), from t = 0 to `hours`.
 */
export function RecoveryCurve({ points, hours, label }: { points: RecoveryPoint[]; hours: number; label: string }) {
  const end = Math.max(hours, 1e-9);
  const inside = points.filter((p) => p.hours <= end);
  const maxHarm = Math.max(1e-9, ...inside.map((p) => p.harm), points.at(-1)?.harm ?? 0);
  const x = (t: number): number => PAD + (Math.min(t, end) / end) * (W - 2 * PAD);
  const yCap = (c: number): number => H - PAD - c * (H - 2 * PAD);
  const yHarm = (h: number): number => H - PAD - (h / maxHarm) * (H - 2 * PAD);
  let steps = "";
  inside.forEach((p, k) => {
    steps += k === 0 ? `M${x(p.hours)},${yCap(p.capability)}` : `H${x(p.hours)}V${yCap(p.capability)}`;
  });
  steps += `H${x(end)}`;
  const harm = inside.map((p, k) => `${k === 0 ? "M" : "L"}${x(p.hours)},${yHarm(p.harm)}`).join("");
  return (
    <figure className="recovery-curve">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} stroke="#90a4ae" />
        <line x1={PAD} y1={PAD} x2={PAD} y2={H - PAD} stroke="#90a4ae" />
        <path d={steps} fill="none" stroke="#1b5e20" strokeWidth={2} />
        {inside.length > 1 && <path d={harm} fill="none" stroke="#b71c1c" strokeWidth={1.5} strokeDasharray="4 2" />}
        {inside.slice(1).map((p) => (
          <circle key={p.hours} cx={x(p.hours)} cy={yCap(p.capability)} r={2.5} fill="#1b5e20">
            <title>{`${hoursLabel(p.hours)}: ${p.restored.map((r) => r.name).join(", ")} back; care at ${Math.round(p.capability * 100)}%`}</title>
          </circle>
        ))}
        <text x={PAD} y={H - 6} fontSize="9">
          0
        </text>
        <text x={W - PAD} y={H - 6} fontSize="9" textAnchor="end">
          {hoursLabel(end)}
        </text>
        <text x={2} y={PAD - 6} fontSize="9">
          100%
        </text>
      </svg>
      <figcaption>
        <span className="key care">care delivered</span> <span className="key harm">harm so far</span>
      </figcaption>
    </figure>
  );
}
