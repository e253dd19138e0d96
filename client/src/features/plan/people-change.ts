import { figureChange } from "../../../../server/model/people-words.js";

/** What the people figures a plan is judged by are before and after its chosen set. */
interface People {
  patientsDisruptedPerDay: number;
  recordsExposed: number;
}

/**
 * The Plan page's people line: patients a day who lose their care and health records exposed,
 * each risk counted by how likely it is in a year. A set that leaves a figure where it was says
 * so plainly rather than "fall from about 3,983 to 3,983".
 */
export function peopleChange(before: People, after: People): string {
  return `In people, counting each risk by how likely it is in a year: ${figureChange(
    "patients a day who lose their care",
    before.patientsDisruptedPerDay,
    after.patientsDisruptedPerDay,
  )}; ${figureChange("health records exposed", before.recordsExposed, after.recordsExposed)}.`;
}
