import { createHash, type Hash } from "node:crypto";
import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
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
import { RISKS_BY_ID } from "./store.js";

/**
 * The state an event leaves, as a digest the event records: the graph as its interchange
 * entries and the register as its risks, each one canonical line in a fixed order, streamed
 * from Neo4j in that order so the whole graph is never held at once.
 */
export type ListName = keyof InterchangeDocument;

interface ListSpec {
  list: ListName;
  schema: z.ZodType;
  cypher: string;
  entry: (r: Neo4jRecord) => unknown;
}

const node = (label: string, read: (p: Props) => unknown): Omit<ListSpec, "list" | "schema"> => ({
  cypher: `MATCH (n:Node:${label}) RETURN properties(n) AS p ORDER BY n.id`,
  entry: (r) => read(r.get("p") as Props),
});

/** The lists in the order GraphReplay.document() gives them. */
export const GRAPH_LISTS: readonly ListSpec[] = [
  { list: "organisations", schema: OrganisationDoc, ...node("Organisation", fromProps.Organisation) },
  { list: "careServices", schema: CareServiceDoc, ...node("CareService", fromProps.CareService) },
  { list: "systems", schema: SystemDoc, ...node("System", fromProps.System) },
  { list: "dataStores", schema: DataStoreDoc, ...node("DataStore", fromProps.DataStore) },
  { list: "suppliers", schema: SupplierDoc, ...node("Supplier", fromProps.Supplier) },
  {
    list: "dependencies",
    schema: DependencyDoc,
    cypher: "MATCH (a:Node)-[r:DEPENDS_ON]->(b:Node) RETURN a.id AS from, b.id AS to, properties(r) AS p ORDER BY from, to",
    entry: (r) => dependencyFromProps(r.get("from") as string, r.get("to") as string, r.get("p") as Props),
  },
  {
    list: "accesses",
    schema: AccessDoc,
    cypher: "MATCH (a:Node)-[:ACCESSES]->(b:Node) RETURN a.id AS s, b.id AS d ORDER BY s, d",
    entry: (r) => ({ system: r.get("s") as string, dataStore: r.get("d") as string }),
  },
  {
    list: "administers",
    schema: AdministersDoc,
    cypher: "MATCH (a:Node)-[:ADMINISTERS]->(b:Node) RETURN a.id AS f, b.id AS t ORDER BY f, t",
    entry: (r) => ({ from: r.get("f") as string, to: r.get("t") as string }),
  },
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
    for await (const r of tx.run(spec.cypher)) yield entryLine(spec.list, spec.entry(r));
  }
}

/** Every line of the live register, by id. */
export async function* liveRegisterLines(tx: ManagedTransaction): AsyncGenerator<string> {
  for await (const r of tx.run(RISKS_BY_ID)) {
    const p = r.get("p") as Record<string, unknown>;
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
