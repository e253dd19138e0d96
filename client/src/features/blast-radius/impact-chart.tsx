import { whole } from "../../lib/format.js";
import { CONSEQUENCE_COLOURS } from "./styles.js";
import { HarmTable, hoursLabel, type Point } from "./harm-table.js";

const W = 360;
const H = 190;
const M = { left: 56, right: 22, top: 14, bottom: 40 };
const MAX_HOURS = 720;
/** Ticks on the time axis: on a log scale 1 hour and 30 days both have room. */
const TICKS = [1, 4, 24, 72, 168, 720];

/** Axis and point labels short enough for the chart (2.1M, 287K); the table beside it has the exact figures. */
const short = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });
const label = (v: number): string => (v < 10_000 ? whole(v) : short.format(v));

const x = (h: number): number => M.left + (Math.log10(h) / Math.log10(MAX_HOURS)) * (W - M.left - M.right);

/** A round top for the harm axis: 1, 2 or 5 times a power of ten. */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].find((m) => m * p >= v) ?? 10) * p;
}

/** Harm over time: weighted patients against a log time axis, points coloured by consequence, the chosen horizon marked. */
export function ImpactChart({ points, horizon }: { points: readonly Point[]; horizon: number }) {
  const top = niceMax(Math.max(...points.map((p) => p.harm), 0));
  const y = (v: number): number => H - M.bottom - (v / top) * (H - M.top - M.bottom);
  const line = points.map((p) => `${x(p.hours)},${y(p.harm)}`).join(" ");
  return (
    <figure className="impact-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="impact-chart-caption">
        <line x1={M.left} y1={H - M.bottom} x2={W - M.right} y2={H - M.bottom} stroke="#555" />
        <line x1={M.left} y1={M.top} x2={M.left} y2={H - M.bottom} stroke="#555" />
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line x1={M.left - 4} y1={y(v)} x2={W - M.right} y2={y(v)} stroke="#e0e0e0" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize="10">
              {label(v)}
            </text>
          </g>
        ))}
        {TICKS.map((h) => (
          <text key={h} x={x(h)} y={H - M.bottom + 14} textAnchor="middle" fontSize="10">
            {hoursLabel(h)}
          </text>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle" fontSize="11">
          Time since the loss (log scale)
        </text>
        <text
          x={12}
          y={(M.top + H - M.bottom) / 2}
          textAnchor="middle"
          fontSize="11"
          transform={`rotate(-90 12 ${(M.top + H - M.bottom) / 2})`}
        >
          Weighted patients
        </text>
        <line x1={x(horizon)} y1={M.top} x2={x(horizon)} y2={H - M.bottom} stroke="#1565c0" strokeDasharray="4 3" />
        <polyline points={line} fill="none" stroke="#546e7a" strokeWidth="2" />
        {points.map((p) => (
          <circle
            key={p.hours}
            cx={x(p.hours)}
            cy={y(p.harm)}
            r="4"
            fill={p.consequence ? CONSEQUENCE_COLOURS[p.consequence] : "#90a4ae"}
            stroke="#fff"
          />
        ))}
        {points
          .filter((p) => TICKS.includes(p.hours))
          .map((p) => (
            <text key={`v${p.hours}`} x={x(p.hours)} y={y(p.harm) - 7} textAnchor="middle" fontSize="9">
              {label(p.harm)}
            </text>
          ))}
      </svg>
      <figcaption id="impact-chart-caption">
        Harm over time; the dashed line is the chosen horizon ({hoursLabel(horizon)}). Harm rises as services pass their impact tolerance
        and their consequence escalates.
      </figcaption>
      <HarmTable points={points} />
    </figure>
  );
}
