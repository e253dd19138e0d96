import type { ServiceImpact } from "./api.js";
import { toCsv } from "../../lib/csv.js";

/** What the CSV needs: the services with their paths by id. */
export interface CsvSource {
  hours: number;
  profile: string;
  careServices: ReadonlyArray<Omit<ServiceImpact, "evidence"> & { evidence: ReadonlyArray<{ node: { id: string } }> }>;
}

/** The impacts as CSV, one row per care service, with the evidence path. */
export function impactsCsv(b: CsvSource): string {
  const rows: Array<Array<string | number | null>> = [["service_id", "service", "status", "capability", "consequence", "harm", "hours", "profile", "path"]];
  for (const s of b.careServices) {
    rows.push([s.service.id, s.service.name, s.status, Number(s.capability.toFixed(6)), s.consequence, Number(s.harm.toFixed(6)), b.hours, b.profile, s.evidence.map((e) => e.node.id).join(" > ")]);
  }
  return toCsv(rows);
}

/** Hands a file to the browser to save. */
export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
