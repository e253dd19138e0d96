import ExcelJS from "exceljs";
import { titleRows } from "../workbook.js";
import { A3A_COLUMNS, assetRegister } from "./asset-register.js";
import type { Estate } from "./estate.js";
import { B5A_COLUMNS, restoreOrder } from "./restore-order.js";
import { D1_COLUMNS, exerciseScenarios } from "./scenarios.js";
import { A4_COLUMNS, supplierSheet } from "./suppliers.js";

type Cell = string | number | null;

/** The pack's sheets: the outcome each serves, what it holds, its columns and rows (docs/dspt-evidence.md). */
export interface EvidenceSheet {
  name: string;
  title: string;
  notes: string[];
  columns: readonly string[];
  widths: number[];
  rows: Cell[][];
}

export async function evidenceSheets(e: Estate): Promise<EvidenceSheet[]> {
  return [
    {
      name: "A3.a Assets",
      title: `A3.a Asset management: ${e.organisationName}`,
      notes: [
        "Each system, data store and device fleet the organisation runs, with its owner, the essential functions (care services) that depend on it, directly or through others, and what it depends on directly.",
        "Priority is its rank in what to protect first across the whole system: harm to patients over 24 hours if it were lost and compromised.",
      ],
      columns: A3A_COLUMNS,
      widths: [34, 16, 22, 40, 34, 24, 24, 12, 12, 16, 40],
      rows: assetRegister(e),
    },
    {
      name: "A4 Suppliers",
      title: `A4 Supply chain: ${e.organisationName}`,
      notes: [
        "Each supplier one of the organisation's systems names, or that one of its care services depends on: what it supplies and hosts here, the essential functions that depend on it, and its concentration across the whole system.",
        "Care lost and data exposed are the supplier's loss and compromise over 24 hours, in weighted patients, across the whole system.",
      ],
      columns: A4_COLUMNS,
      widths: [28, 20, 44, 30, 36, 40, 14, 14, 14, 12],
      rows: await supplierSheet(e),
    },
    {
      name: "B5.a Restore order",
      title: `B5.a Resilience preparation: ${e.organisationName}`,
      notes: [
        "For each essential function, the systems, data stores and suppliers it needs, in the order to restore them with one recovery team if all were lost at once: the recovery planner's order, least harm to patients first.",
        "Hours are from the loss; a step is back within the tolerance when it is back by the function's impact tolerance.",
      ],
      columns: B5A_COLUMNS,
      widths: [32, 12, 6, 36, 12, 12, 12, 12, 14],
      rows: await restoreOrder(e),
    },
    {
      name: "D1 Exercises",
      title: `D1 Response and recovery planning: ${e.organisationName}`,
      notes: [
        "Five exercise scenarios: the losses of greatest harm that reach the organisation (its own systems and data stores, and the suppliers its care services depend on), each lost and compromised alone.",
        "What stops and degrades is over 24 hours; for how long is the asset's recovery time; who must act is the supplier and the owners of the asset and of the organisation's services it stops.",
      ],
      columns: D1_COLUMNS,
      widths: [40, 14, 14, 40, 40, 14, 24, 36, 30],
      rows: await exerciseScenarios(e),
    },
  ];
}

/** The pack as one workbook, a sheet per outcome; cells are values, never formulas. */
export async function evidenceXlsx(sheets: readonly EvidenceSheet[], at: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    titleRows(ws, s.title, at, s.notes);
    const head = ws.addRow([...s.columns]);
    head.font = { bold: true };
    for (const r of s.rows) ws.addRow(r).alignment = { vertical: "top", wrapText: true };
    ws.columns.forEach((c, i) => (c.width = s.widths[i]));
    ws.views = [{ state: "frozen", ySplit: head.number }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
