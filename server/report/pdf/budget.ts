import type { Content } from "pdfmake/interfaces";
import { whole, type BoardReport } from "../board-report.js";
import { pounds } from "../en-gb.js";
import { figureChange } from "../../model/people-words.js";
import { note, section, table } from "./parts.js";

/** "What the budget buys": the chosen candidate changes with their costs, and the harm they take off; nothing when no budget was given. */
export function budget(r: BoardReport): Content {
  const b = r.budget;
  if (!b) return [];
  const people =
    b.patientsBefore !== null && b.patientsAfter !== null
      ? `; counting each risk by its likelihood, ${figureChange("patients a day who lose their care", b.patientsBefore, b.patientsAfter)}`
      : "";
  return section(
    `What ${pounds(b.budget)} buys over ${b.years} years`,
    b.chosen.length
      ? [
          table(
            ["*", 90],
            ["Candidate change", `Cost over ${b.years} years`],
            b.chosen.map((c) => [c.name, pounds(c.cost)]),
          ),
          {
            text: `Together they cost ${pounds(b.cost)} and lower the harm to patients expected in a year from ${whole(b.expectedHarmBefore)} to ${whole(b.expectedHarmAfter)} weighted patients${people}.`,
          },
        ]
      : { text: "No candidate change that fits this budget lowers the expected harm." },
    note(
      [
        "Candidate changes are proposals: none is in the model until someone applies it.",
        b.exact ? "" : "With this many candidates the set is found step by step, not by trying every combination.",
        b.leftOut.length ? `Left out as they no longer fit the model: ${b.leftOut.join("; ")}.` : "",
      ]
        .filter(Boolean)
        .join(" "),
    ),
  );
}
