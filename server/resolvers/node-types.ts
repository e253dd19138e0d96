import { z } from "zod";
import { getNeighbours, type NodeRecord } from "../graph/nodes.js";
import { badInput } from "../base/errors.js";
import type { Context } from "../graphql/context.js";
import { Hosting } from "../model/enums.js";
import type { Resolvers } from "./generated.js";

const NeighbourArgs = z.object({
  direction: z.enum(["OUTGOING", "INCOMING", "BOTH"]).default("BOTH"),
  first: z.number().int().min(1, "first must be at least 1").max(1000, "first must be at most 1000").default(100),
});

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
const hostingOf = (v: unknown) => {
  const h = Hosting.safeParse(v);
  return h.success ? h.data : null;
};

/** Fields every node type shares; the rest read straight from the stored properties. */
const common = {
  id: (n: NodeRecord) => String(n.props.id),
  name: (n: NodeRecord) => String(n.props.name),
  label: (n: NodeRecord) => n.label,
  neighbours: async (n: NodeRecord, args: unknown, ctx: Context) => {
    const parsed = NeighbourArgs.safeParse(args);
    if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join("; "));
    return getNeighbours(ctx.db, String(n.props.id), parsed.data.direction, parsed.data.first);
  },
};

/** The operating organisation's name, through the request's node loader; its id where the graph does not hold it. */
const organisationName = async (n: NodeRecord, _a: unknown, ctx: Context): Promise<string> => {
  const id = String(n.props.organisation);
  return str((await ctx.nodes.load(id))?.props.name) ?? id;
};

export const nodeTypeResolvers: Resolvers = {
  Node: { __resolveType: (n) => n.label },
  Organisation: { ...common, type: (n) => n.props.type as never, region: (n) => str(n.props.region) },
  CareService: {
    ...common,
    organisation: (n) => String(n.props.organisation),
    organisationName,
    severity: (n) => n.props.severity as never,
    patientsPerDay: (n) => Number(n.props.patientsPerDay),
    impactToleranceHours: (n) => num(n.props.impactToleranceHours),
    workaround: (n) => {
      const capacity = num(n.props.workaroundCapacity);
      return capacity === null ? null : { capacity, sustainableHours: Number(n.props.workaroundSustainableHours) };
    },
    owner: (n) => str(n.props.owner),
  },
  System: {
    ...common,
    organisation: (n) => String(n.props.organisation),
    organisationName,
    kind: (n) => n.props.kind as never,
    supplier: (n) => str(n.props.supplier),
    hosting: (n) => hostingOf(n.props.hosting),
    internetFacing: (n) => (typeof n.props.internetFacing === "boolean" ? n.props.internetFacing : null),
    owner: (n) => str(n.props.owner),
    recoveryHours: (n) => num(n.props.recoveryHours),
  },
  DataStore: {
    ...common,
    organisation: (n) => String(n.props.organisation),
    organisationName,
    records: (n) => Number(n.props.records),
    sensitivity: (n) => n.props.sensitivity as never,
    owner: (n) => str(n.props.owner),
    recoveryHours: (n) => num(n.props.recoveryHours),
  },
  Supplier: {
    ...common,
    certifications: (n) => (Array.isArray(n.props.certifications) ? n.props.certifications : null),
    recoveryHours: (n) => num(n.props.recoveryHours),
  },
  Neighbour: {
    relationship: (r) => r.relationship,
    direction: (r) => r.direction,
    node: (r) => r.node,
    effect: (r) => (r.relationship === "DEPENDS_ON" ? ((r.props.effect as "FAILS" | "DEGRADES" | undefined) ?? "FAILS") : null),
    capacity: (r) => num(r.props.capacity),
    group: (r) => str(r.props.group),
    share: (r) => num(r.props.share),
  },
};
