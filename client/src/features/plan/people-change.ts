import { whole } from "../../lib/format.js";

/** What the people figures a plan is judged by are before and after its chosen set. */
interface People {
  patientsDisruptedPerDay: number;
  recordsExposed: number;
}

/** One figure's change in words: "fall from about 4,100 to 3,900", or that it stays as it is. */
function change(what: string, before: number, after: number): string {
  if (whole(before) === whole(after)) return `${what} stay at about ${whole(before)}, as the chosen set does not change them`;
  return `${what} ${after < before ? "fall" : "rise"} from about ${whole(before)} to ${whole(after)}`;
}

/**
 * The Plan page's people line: patients a day who lose their care and health records exposed,
 * each risk counted by how likely it is in a year. A set that leaves a figure where it was says
 * so plainly rather than "fall from about 3,983 to 3,983".
 */
export function peopleChange(before: People, after: People): string {
  return `In people, counting each risk by how likely it is in a year: ${change(
    "patients a day who lose their care",
    before.patientsDisruptedPerDay,
    after.patientsDisruptedPerDay,
  )}; ${change("health records exposed", before.recordsExposed, after.recordsExposed)}.`;
}
