import type { AllExposedQuery, AllServicesQuery } from "../../gql/graphql.js";
import { toCsv } from "../../lib/csv.js";
import { plain } from "../../../../server/model/plain-words.js";

/** What the CSV needs: the services with their paths by id, and the exposed stores with theirs (what ALL_SERVICES and ALL_EXPOSED answer). */
interface CsvSource {
  hours: number;
  profile: string;
  careServices: AllServicesQuery["blastRadius"]["careServices"];
  exposurePaths?: AllExposedQuery["blastRadius"]["exposurePaths"];
}

/** The columns in words, as the register's CSV heads its own; "Id" is the one column of ids, for a trust's tools to join on. */
const CSV_HEADER = [
  "Kind",
  "Id",
  "Name",
  "Organisation",
  "Status",
  "Capability",
  "Consequence",
  "Sensitivity",
  "Records",
  "Harm (weighted patients)",
  "Horizon (hours)",
  "Scoring profile",
  "Path",
];

/** A path of nodes by name, from the first to the last. */
const pathWords = (nodes: ReadonlyArray<{ name: string }>): string => nodes.map((n) => n.name).join(" > ");

/**
 * The impacts as CSV: a row per care service with its evidence path, then a row per exposed
 * data store with the path that exposes it (compromised node, what it administers, the store),
 * each cell in words but the Id column.
 */
export function impactsCsv(b: CsvSource): string {
  const rows: Array<Array<string | number | null>> = [CSV_HEADER];
  for (const s of b.careServices) {
    const org = s.service.organisationName ?? s.service.organisation ?? null;
    rows.push([
      "care service",
      s.service.id,
      s.service.name,
      org,
      plain(s.status),
      Number(s.capability.toFixed(6)),
      s.consequence ? plain(s.consequence) : null,
      null,
      null,
      Number(s.harm.toFixed(6)),
      b.hours,
      b.profile,
      pathWords(s.evidence.map((e) => e.node)),
    ]);
  }
  for (const x of b.exposurePaths ?? []) {
    const org = x.store.organisationName ?? x.store.organisation ?? null;
    rows.push([
      "exposed data store",
      x.store.id,
      x.store.name,
      org,
      "exposed",
      null,
      null,
      plain(x.store.sensitivity),
      x.store.records,
      Number(x.harm.toFixed(6)),
      b.hours,
      b.profile,
      pathWords(x.path),
    ]);
  }
  return toCsv(rows);
}
