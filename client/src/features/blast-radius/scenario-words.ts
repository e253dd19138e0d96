import { timeEnGb } from "../../../../server/model/date-words.js";
import type { NodeRef } from "./api.js";
import type { ExportHeading } from "./export-frame.js";

export const horizonLabel = (h: number): string => (h < 24 ? `${h} h` : `${h / 24} day${h === 24 ? "" : "s"}`);

/** The scenario in a sentence, for the heading of an export. */
function scenarioWords(chosen: { lost: readonly NodeRef[]; compromised: readonly NodeRef[] }, hours: number, recovery: boolean): string {
  const names = (l: readonly NodeRef[]) => l.map((n) => n.name).join(", ");
  const parts = [
    chosen.lost.length ? `Lost: ${names(chosen.lost)}` : "",
    chosen.compromised.length ? `Compromised: ${names(chosen.compromised)}` : "",
  ].filter(Boolean);
  return `${parts.join(" · ")} · over ${horizonLabel(hours)}${recovery ? ", lost nodes back at their recovery time" : ""}`;
}

/** The heading of a saved picture of the graph: what it is, the scenario, and when it was made. */
export const exportHeading = (
  shown: { chosen: { lost: readonly NodeRef[]; compromised: readonly NodeRef[] }; vars: { hours: number; recovery: boolean } } | null,
): ExportHeading => ({
  title: "Blast radius: what breaks, and what is exposed",
  scenario: shown ? scenarioWords(shown.chosen, shown.vars.hours, shown.vars.recovery) : "",
  made: `Made ${timeEnGb(new Date().toISOString())} · Critical-systems impact map`,
});
