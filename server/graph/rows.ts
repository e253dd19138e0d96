import type {
  CareServiceDoc,
  DataStoreDoc,
  DependencyDoc,
  InterchangeDocument,
  OrganisationDoc,
  SupplierDoc,
  SystemDoc,
} from "../model/document.js";
import type { Hosting, NodeLabel } from "../model/enums.js";
import { HOSTINGS } from "../model/vocabulary.js";

/** A flat property map as Neo4j stores it: no nested objects, no undefined values. */
export type Props = Record<string, string | number | boolean | string[]>;

/** Properties as one text, whatever their order: two property maps are the same if their texts are. */
export const propsKey = (props: Props | undefined): string =>
  JSON.stringify(Object.entries(props ?? {}).sort(([x], [y]) => (x < y ? -1 : 1)));

export function compact(o: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v as Props[string];
  return out;
}

/** A care service's workaround is stored flat, as two properties. */
export function careServiceProps(s: CareServiceDoc): Props {
  const { workaround, ...rest } = s;
  return compact({
    ...rest,
    workaroundCapacity: workaround?.capacity,
    workaroundSustainableHours: workaround?.sustainableHours,
  });
}

export function dependencyProps(d: DependencyDoc): Props {
  return compact({ effect: d.effect, capacity: d.capacity, group: d.group, share: d.share });
}

export interface NodeRow {
  id: string;
  organisation: string | null;
  props: Props;
}

/** Every node of a document as rows per label, in the order they must be written. */
export function nodeRows(doc: InterchangeDocument): Array<[NodeLabel, NodeRow[]]> {
  const row = (props: Props, organisation?: string): NodeRow => ({ id: String(props.id), organisation: organisation ?? null, props });
  return [
    ["Organisation", doc.organisations.map((o: OrganisationDoc) => row(compact(o)))],
    ["Supplier", doc.suppliers.map((s: SupplierDoc) => row(compact(s)))],
    ["CareService", doc.careServices.map((s) => row(careServiceProps(s), s.organisation))],
    ["System", doc.systems.map((s: SystemDoc) => row(compact(s), s.organisation))],
    ["DataStore", doc.dataStores.map((d: DataStoreDoc) => row(compact(d), d.organisation))],
  ];
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
const hostingOf = (v: unknown): Hosting | undefined => HOSTINGS.find((h) => h === v);

/** The reverse of nodeRows: stored properties back to document entries. */
export const fromProps = {
  Organisation: (p: Props): OrganisationDoc =>
    strip({ id: String(p.id), name: String(p.name), type: p.type as OrganisationDoc["type"], region: str(p.region) }),
  Supplier: (p: Props): SupplierDoc =>
    strip({
      id: String(p.id),
      name: String(p.name),
      certifications: Array.isArray(p.certifications) ? p.certifications : undefined,
      recoveryHours: num(p.recoveryHours),
    }),
  CareService: (p: Props): CareServiceDoc => {
    const w = num(p.workaroundCapacity);
    return strip({
      id: String(p.id),
      name: String(p.name),
      organisation: String(p.organisation),
      severity: p.severity as CareServiceDoc["severity"],
      patientsPerDay: Number(p.patientsPerDay),
      impactToleranceHours: num(p.impactToleranceHours),
      workaround: w === undefined ? undefined : { capacity: w, sustainableHours: Number(p.workaroundSustainableHours) },
      owner: str(p.owner),
    });
  },
  System: (p: Props): SystemDoc =>
    strip({
      id: String(p.id),
      name: String(p.name),
      organisation: String(p.organisation),
      kind: p.kind as SystemDoc["kind"],
      supplier: str(p.supplier),
      hosting: hostingOf(p.hosting),
      internetFacing: typeof p.internetFacing === "boolean" ? p.internetFacing : undefined,
      owner: str(p.owner),
      recoveryHours: num(p.recoveryHours),
    }),
  DataStore: (p: Props): DataStoreDoc =>
    strip({
      id: String(p.id),
      name: String(p.name),
      organisation: String(p.organisation),
      records: Number(p.records),
      sensitivity: p.sensitivity as DataStoreDoc["sensitivity"],
      owner: str(p.owner),
      recoveryHours: num(p.recoveryHours),
    }),
} satisfies Record<NodeLabel, (p: Props) => unknown>;

export function dependencyFromProps(from: string, to: string, p: Props): DependencyDoc {
  return strip({
    from,
    to,
    effect: p.effect === "DEGRADES" ? "DEGRADES" : "FAILS",
    capacity: num(p.capacity),
    group: str(p.group),
    share: num(p.share),
  });
}

/** Drops undefined fields so an exported entry reads like a hand-written one. */
function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Every node of a document as the graph would store it, by id. */
export function nodeRecordsOf(doc: InterchangeDocument): Map<string, { label: NodeLabel; props: Props }> {
  const out = new Map<string, { label: NodeLabel; props: Props }>();
  for (const [label, rows] of nodeRows(doc)) for (const r of rows) out.set(r.id, { label, props: r.props });
  return out;
}
