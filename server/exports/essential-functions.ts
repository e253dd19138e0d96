import ExcelJS from "exceljs";
import type { GraphSnapshot } from "../analysis/snapshot.js";
import { KIND, type KindCode } from "../engine/projection.js";
import { dependenciesOf, isKind, patientsPerDayOf, servicesOf, severityOf, toleranceHoursOf } from "../engine/query.js";
import { requireOrganisation } from "../analysis/args.js";
import type { Database } from "../graph/database.js";
import { getNodes } from "../graph/nodes.js";
import { SEVERITIES } from "../model/vocabulary.js";
import { titleRows } from "./workbook.js";
import { Plain } from "../model/plain-words.js";

/**
 * The essential-function register of one organisation (what the Data Security and Protection
 * Toolkit asks a trust to scope): each of its care services with the systems, networks, data
 * stores and suppliers it depends on, directly or through others.
 */
export async function essentialFunctionsXlsx(db: Database, g: GraphSnapshot, organisation: string, at: Date): Promise<Buffer> {
  const p = g.projection;
  const services = servicesOf(p, requireOrganisation(p, organisation));
  const needs = services.map((s) => ({ s, deps: dependenciesOf(p, s) }));
  const ids = new Set<string>([organisation, ...services.map((s) => p.idOf(s))]);
  for (const { deps } of needs) for (const d of deps) ids.add(p.idOf(d));
  const nodes = await getNodes(db, [...ids]);
  const name = (i: number): string => String(nodes.get(p.idOf(i))?.props.name ?? p.idOf(i));
  const isNetwork = (i: number): boolean => nodes.get(p.idOf(i))?.props.kind === "NETWORK";

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Essential functions");
  const orgName = String(nodes.get(organisation)?.props.name ?? organisation);
  titleRows(ws, `Essential-function register: ${orgName}`, at, [
    "Each care service with everything it depends on, directly or through other systems.",
    "Severity is the DCB0160 consequence if the service stops; tolerance is how long it can be disrupted before harm escalates.",
  ]);
  const head = ws.addRow([
    "Care service",
    "Id",
    "Severity",
    "Patients a day",
    "Impact tolerance (hours)",
    "Systems",
    "Networks",
    "Data stores",
    "Suppliers",
  ]);
  head.font = { bold: true };
  const list = (xs: number[]): string =>
    xs
      .map(name)
      .sort((a, b) => a.localeCompare(b))
      .join("\n");
  for (const { s, deps } of needs.sort((a, b) => name(a.s).localeCompare(name(b.s)))) {
    const ofKind = (kind: KindCode): number[] => deps.filter((d) => isKind(p, d, kind));
    const systems = ofKind(KIND.System);
    const row = ws.addRow([
      name(s),
      p.idOf(s),
      Plain(SEVERITIES[severityOf(p, s) - 1] ?? ""),
      patientsPerDayOf(p, s),
      toleranceHoursOf(p, s),
      list(systems.filter((d) => !isNetwork(d))),
      list(systems.filter(isNetwork)),
      list(ofKind(KIND.DataStore)),
      list(ofKind(KIND.Supplier)),
    ]);
    row.alignment = { vertical: "top", wrapText: true };
  }
  ws.columns.forEach((c, i) => (c.width = [34, 22, 14, 12, 14, 40, 30, 34, 30][i]));
  ws.views = [{ state: "frozen", ySplit: head.number }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
