import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { KINDS, type Kind } from "./columns.js";

/** A kind's CSV template: the headings, then an example row that fits with the other templates' examples. */
export function templateCsv(kind: Kind): string {
  return stringify([kind.columns.map((c) => c.name), kind.columns.map((c) => c.example)], { record_delimiter: "windows" });
}

/**
 * The workbook template: a README sheet describing every column of every kind, then a sheet
 * per kind with its headings (each with its description as a note) and an example row.
 */
export async function templateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const readme = wb.addWorksheet("README");
  readme.addRow(["sheet", "column", "required", "example", "meaning"]).font = { bold: true };
  for (const k of KINDS) for (const c of k.columns) readme.addRow([k.name, c.name, c.required ? "yes" : "no", c.example, c.description]);
  readme.columns.forEach((col, i) => (col.width = [14, 28, 10, 30, 90][i]));
  for (const k of KINDS) {
    const ws = wb.addWorksheet(k.name);
    const head = ws.addRow(k.columns.map((c) => c.name));
    head.font = { bold: true };
    k.columns.forEach((c, i) => (head.getCell(i + 1).note = `${c.required ? "Required. " : ""}${c.description}`));
    ws.addRow(
      k.columns.map((c) =>
        c.example !== "" && (c.type === "number" || c.type === "integer") ? Number(c.example) : c.example === "" ? null : c.example,
      ),
    );
    ws.columns.forEach((col) => (col.width = 24));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /templates/model.xlsx and /templates/<kind>.csv: documentation, so no token is needed. */
export async function templateRoute(pathname: string): Promise<Response> {
  if (pathname === "/templates/model.xlsx") {
    return new Response(new Uint8Array(await templateXlsx()), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": 'attachment; filename="model.xlsx"',
      },
    });
  }
  const kind = KINDS.find((k) => pathname === `/templates/${k.name}.csv`);
  if (!kind) return new Response("No such template. Try /templates/model.xlsx or /templates/systems.csv.", { status: 404 });
  return new Response(templateCsv(kind), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${kind.name}.csv"` },
  });
}
