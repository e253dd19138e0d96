import ExcelJS from "exceljs";
import type { GraphSnapshot } from "../analysis/snapshot.js";
import { KIND } from "../engine/projection.js";
import type { Database } from "../graph/database.js";
import { getNodes } from "../graph/nodes.js";
import { badInput } from "../base/errors.js";
import { SEVERITIES } from "../model/vocabulary.js";
import { titleRows } from "./workbook.js";
import { dependenciesOf } from "./dependencies.js";
import { Plain } from "../model/plain-words.js";

/**
 * The essential-function register of one organisation (what the Data Security and Protection
 * Toolkit asks a trust to scope): each of its care services with the systems, networks, data
 * stores and suppliers it depends on, directly or through others.
 */
export async function essentialFunctionsXlsx(db: Database, g: GraphSnapshot, organisation: string, at: Date): Promise<Buffer> {
  const p = g.projection;
  const org = p.indexOf.get(organisation);
  if (org === undefined || p.kind[org] !== KIND.Organisation) throw badInput(`'${organisation}' is not an organisation in the graph.`);
  const services: number[] = [];
  for (let i = 0; i < p.n; i++) if (p.kind[i] === KIND.CareService && p.organisation[i] === org) services.push(i);
  const needs = services.map((s) => ({ s, deps: dependenciesOf(g, s) }));
  const ids = new Set<string>([organisation, ...services.map((s) => p.idOf(s))]);
  for (const { deps } of needs) for (const d of deps) ids.add(p.idOf(d));
  const nodes = await getNodes(db, [...ids]);
  const name = (i: number): string => String(nodes.get(p.idOf(i))?.props.name ?? p.idOf(i));
  const isNetwork = (i: number): boolean => nodes.get(p.idOf(i))?.props.kind === "NETWORK";

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Essential functions");
  const orgName = String(nodes.get(organisation)?.props.name ?? organisation);
  titleRows(ws, `Essential-function register: ${orgName}`, at, [
    "Each care service with everything it depends on, directly or through other systems (DEPENDS_ON).",
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
    const systems = deps.filter((d) => p.kind[d] === KIND.System);
    const row = ws.addRow([
      name(s),
      p.idOf(s),
      Plain(SEVERITIES[p.severity[s]! - 1] ?? ""),
      p.patientsPerDay[s]!,
      Number.isNaN(p.toleranceHours[s]!) ? null : p.toleranceHours[s]!,
      list(systems.filter((d) => !isNetwork(d))),
      list(systems.filter(isNetwork)),
      list(deps.filter((d) => p.kind[d] === KIND.DataStore)),
      list(deps.filter((d) => p.kind[d] === KIND.Supplier)),
    ]);
    row.alignment = { vertical: "top", wrapText: true };
  }
  ws.columns.forEach((c, i) => (c.width = [34, 22, 14, 12, 14, 40, 30, 34, 30][i]));
  ws.views = [{ state: "frozen", ySplit: head.number }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
