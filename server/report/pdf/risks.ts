import type { Content, TableCell } from "pdfmake/interfaces";
import { LIKELIHOODS, SEVERITIES } from "../../model/vocabulary.js";
import type { BoardReport } from "../board-report.js";
import { band, BAND_KEY } from "../key.js";
import { note, section } from "./parts.js";
import { plain } from "../../model/plain-words.js";

const words = plain;

export function topRisks(r: BoardReport): Content {
  return section(
    "Top risks",
    r.topRisks.length
      ? {
          ol: r.topRisks.map(
            (k) =>
              `${k.title}: residual rating ${k.residualRating} (inherent ${k.inherentRating}, consequence ${k.consequence}); owner ${k.owner}${k.overdue ? "; review overdue" : ""}.`,
          ),
        }
      : { text: "The register holds no open risk." },
  );
}

/**
 * Likelihood down the side (most likely at the top), consequence along the bottom, each cell in
 * its band's colour with its count and the band's name, so the grid reads without colour too.
 */
export function heatMap(r: BoardReport): Content {
  const count = new Map(r.heatMap.map((c) => [`${c.likelihood}|${c.consequence}`, c.count]));
  const rows: TableCell[][] = [...LIKELIHOODS].reverse().map((l) => [
    { text: words(l), style: "axis" },
    ...SEVERITIES.map((c): TableCell => {
      const n = count.get(`${l}|${c}`) ?? 0;
      const b = band(l, c);
      return {
        text: [
          { text: n ? `${n}\n` : "\n", bold: true, fontSize: 11 },
          { text: b.name, fontSize: 6, color: "#333333" },
        ],
        fillColor: b.fill,
        alignment: "center",
      };
    }),
  ]);
  rows.unshift([{ text: "Likelihood", style: "axis", bold: true }, { text: "", colSpan: 5 }, {}, {}, {}, {}]);
  rows.push([{ text: "" }, ...SEVERITIES.map((c): TableCell => ({ text: words(c), style: "axis", alignment: "center" }))]);
  rows.push([{ text: "" }, { text: "Consequence", style: "axis", bold: true, alignment: "center", colSpan: 5 }, {}, {}, {}, {}]);
  return section(
    "Open risks by likelihood and consequence",
    {
      table: { widths: [70, 60, 60, 60, 60, 60], body: rows },
      layout: { hLineColor: "#ffffff", vLineColor: "#ffffff" },
      margin: [0, 4, 0, 4],
    },
    note(
      `Each cell counts the open risks at that likelihood and consequence before controls (inherent rating). The NHS clinical risk matrix (DCB0160): ${BAND_KEY.map((k) => `${k.colour}, rating ${k.ratings}, ${k.name}`).join("; ")}.`,
    ),
  );
}

export function decisions(r: BoardReport): Content {
  return section(
    "Decisions asked of the board",
    r.decisions.length
      ? { ul: r.decisions.map((d) => `${d.title} (owner ${d.owner}): ${d.detail}`) }
      : { text: "No acceptance waits for a decision, none has lapsed or expires soon, and no review is overdue." },
  );
}
