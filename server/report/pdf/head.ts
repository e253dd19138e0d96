import type { Content } from "pdfmake/interfaces";
import type { BoardReport } from "../board-report.js";
import { timeEnGb } from "../../model/date-words.js";
import { WEIGHTED_PATIENTS } from "../key.js";
import { note } from "./parts.js";

/** Whose report it is, its date and marking, then the people its top assets' loss reaches. */
export function head(r: BoardReport): Content {
  return [
    { text: `Board report for ${r.coverage.name}: critical systems and patient harm`, style: "h1" },
    note(`Made on ${timeEnGb(r.generatedAt)} from model version ${r.graphVersion}. Protective marking: ${r.marking}.`),
    { text: r.summary, margin: [0, 8, 0, 4] },
    note(WEIGHTED_PATIENTS),
  ];
}
