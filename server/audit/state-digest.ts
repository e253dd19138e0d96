import { createHash, type Hash } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type { z } from "zod";
import { dependencyFromProps, fromProps, type Props } from "../graph/rows.js";
import {
  AccessDoc,
  AdministersDoc,
  CareServiceDoc,
  DataStoreDoc,
  DependencyDoc,
  OrganisationDoc,
  SupplierDoc,
  SystemDoc,
  type InterchangeDocument,
} from "../model/document.js";
import { riskFromProps } from "../model/risk-props.js";
import { canonicalJson } from "./canonical.js";
import { streamLiveList, streamRiskProps, type LiveRow } from "./store.js";

/**
 * The state an event leaves, as a digest the event records: the graph as its interchange
 * entries and the register as its risks, each one canonical line in a fixed order, streamed
 * from Neo4j in that order (store.ts reads them) so the whole graph is never held at once.
 */
export type ListName = keyof InterchangeDocument;

interface ListSpec {
  list: ListName;
  schema: z.ZodType;
  /** The interchange entry a row of the list stands for. */
  entry: (row: LiveRow) => unknown;
}

const node =
  (read: (p: Props) => unknown) =>
  (row: LiveRow): unknown =>
    read(row.p!);

/** The lists in the order GraphReplay.document() gives them. */
export const GRAPH_LISTS: readonly ListSpec[] = [
  { list: "organisations", schema: OrganisationDoc, entry: node(fromProps.Organisation) },
  { list: "careServices", schema: CareServiceDoc, entry: node(fromProps.CareService) },
  { list: "systems", schema: SystemDoc, entry: node(fromProps.System) },
  { list: "dataStores", schema: DataStoreDoc, entry: node(fromProps.DataStore) },
  { list: "suppliers", schema: SupplierDoc, entry: node(fromProps.Supplier) },
  { list: "dependencies", schema: DependencyDoc, entry: (r) => dependencyFromProps(r.from!, r.to!, r.p!) },
  { list: "accesses", schema: AccessDoc, entry: (r) => ({ system: r.from!, dataStore: r.to! }) },
  { list: "administers", schema: AdministersDoc, entry: (r) => ({ from: r.from!, to: r.to! }) },
];

const SCHEMAS = new Map(GRAPH_LISTS.map((s) => [s.list, s.schema]));

/** One entry's line: defaults applied as an import applies them, keys in order, nulls dropped. */
export function entryLine(list: ListName | "risks", entry: unknown): string {
  const parsed = SCHEMAS.get(list as ListName)?.safeParse(entry);
  return `${list}\t${canonicalJson(parsed?.success ? parsed.data : entry)}`;
}

/** Every line of the live graph, in order, from the caller's transaction. */
export async function* liveGraphLines(tx: ManagedTransaction): AsyncGenerator<string> {
  for (const spec of GRAPH_LISTS) {
    for await (const row of streamLiveList(tx, spec.list)) yield entryLine(spec.list, spec.entry(row));
  }
}

/** Every line of the live register, by id. */
export async function* liveRegisterLines(tx: ManagedTransaction): AsyncGenerator<string> {
  for await (const p of streamRiskProps(tx)) {
    if (typeof p.id !== "string") continue;
    let risk: unknown = p;
    try {
      risk = riskFromProps(p);
    } catch {
      // A property that is not the JSON the product wrote: digest it as it stands, so it differs.
    }
    yield entryLine("risks", risk);
  }
}

/** A digest over lines as they come. */
export class LineDigest {
  private readonly hash: Hash = createHash("sha256");
  add(line: string): void {
    this.hash.update(line).update("\n");
  }
  hex(): string {
    return this.hash.digest("hex");
  }
}

export async function digestOf(lines: AsyncIterable<string>): Promise<string> {
  const d = new LineDigest();
  for await (const line of lines) d.add(line);
  return d.hex();
}
