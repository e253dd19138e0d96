import { whole } from "../../lib/format.js";
import type { Severity } from "./api.js";
import { ColumnHeads } from "../../components/column-heads.js";

export type Point = { hours: number; harm: number; consequence: Severity | null };

export const hoursLabel = (h: number): string => (h < 24 ? `${h} h` : `${h / 24} d`);

/** The chart's figures as a table for screen readers. */
export function HarmTable({ points }: { points: readonly Point[] }) {
  // A table ignores a width of 1px, so the box around it is what hides it off the page.
  return (
    <div className="sr-only">
      <table>
        <caption>Harm at each horizon</caption>
        <ColumnHeads columns={["Horizon", "Weighted patients", "Consequence"]} />
        <tbody>
          {points.map((p) => (
            <tr key={p.hours}>
              <td>{hoursLabel(p.hours)}</td>
              <td>{whole(p.harm)}</td>
              <td>{p.consequence?.toLowerCase() ?? "none"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
