import type { AnalysisService } from "../../analysis/analysis.js";
import type { GraphSnapshot } from "../../analysis/snapshot.js";
import { DEFAULT_PROFILE } from "../../engine/profile.js";
import { KIND } from "../../engine/projection.js";
import type { Database } from "../../graph/database.js";
import { getNodes, type NodeRecord } from "../../graph/nodes.js";
import { requireOrganisation } from "../../analysis/args.js";
import { assetsOf, dependenciesOf, directDependencies, isKind, nodesOfKind, organisationOf, servicesOf } from "../../engine/query.js";
import type { AssessedRisk } from "../../register/register.js";

/** What every sheet of one organisation's evidence pack is read from: the graph, its ranking and the names. */
export interface Estate {
  graph: GraphSnapshot;
  analysis: AnalysisService;
  organisation: number;
  organisationName: string;
  /** The organisation's care services (its essential functions), by name. */
  services: number[];
  /** Its systems and data stores. */
  assets: number[];
  /** Each care service of the whole system with everything it depends on, directly or not. */
  needs: Map<number, number[]>;
  /** For each node, the care services of the whole system that depend on it. */
  supports: Map<number, number[]>;
  /** The open risks on the register the reader may read, highest residual rating first. */
  risks: AssessedRisk[];
  /** The ranking at 24 hours (what to protect first), by id. */
  rank: Map<string, { rank: number; score: number }>;
  node: (i: number) => NodeRecord | undefined;
  name: (i: number) => string;
  /** A node's name, with its organisation's where that is not this one. */
  nameOf: (i: number) => string;
}

export async function readEstate(
  db: Database,
  analysis: AnalysisService,
  g: GraphSnapshot,
  organisation: string,
  risks: AssessedRisk[],
): Promise<Estate> {
  const p = g.projection;
  const org = requireOrganisation(p, organisation);
  const needs = new Map<number, number[]>();
  const supports = new Map<number, number[]>();
  for (const i of nodesOfKind(p, KIND.CareService)) {
    const deps = dependenciesOf(p, i);
    needs.set(i, deps);
    for (const d of deps) supports.set(d, [...(supports.get(d) ?? []), i]);
  }
  const services = servicesOf(p, org);
  const assets = assetsOf(p, org);
  // Only what the sheets name: the organisation's nodes, what they need and support, their suppliers and organisations.
  const wanted = new Set<number>([org, ...services, ...assets]);
  for (const s of services) for (const d of needs.get(s)!) wanted.add(d);
  // A supplier's scenario reaches the services of every organisation that depends on it.
  for (const d of [...wanted]) if (isKind(p, d, KIND.Supplier)) for (const x of supports.get(d) ?? []) wanted.add(x);
  for (const a of assets) for (const x of [...(supports.get(a) ?? []), ...directDependencies(p, a)]) wanted.add(x);
  const nodes = await getNodes(
    db,
    [...wanted].map((i) => p.idOf(i)),
  );
  const more = new Set<string>();
  for (const a of assets)
    if (typeof nodes.get(p.idOf(a))?.props.supplier === "string") more.add(String(nodes.get(p.idOf(a))!.props.supplier));
  for (const i of nodesOfKind(p, KIND.Organisation)) more.add(p.idOf(i));
  for (const [id, n] of await getNodes(
    db,
    [...more].filter((id) => !nodes.has(id)),
  ))
    nodes.set(id, n);
  const node = (i: number): NodeRecord | undefined => nodes.get(p.idOf(i));
  const name = (i: number): string => String(node(i)?.props.name ?? p.idOf(i));
  const nameOf = (i: number): string => {
    const owner = organisationOf(p, i);
    return owner >= 0 && owner !== org ? `${name(i)} (${name(owner)})` : name(i);
  };
  const ranking = await analysis.ranking(g, 24, DEFAULT_PROFILE);
  const byName = (a: number, b: number): number => name(a).localeCompare(name(b));
  return {
    graph: g,
    analysis,
    organisation: org,
    organisationName: name(org),
    services: services.sort(byName),
    assets,
    needs,
    supports,
    risks: risks
      .filter((r) => r.risk.status === "OPEN")
      .sort((a, b) => b.assessment.residualRating - a.assessment.residualRating || b.assessment.residualHarm - a.assessment.residualHarm),
    rank: ranking.positions(),
    node,
    name,
    nameOf,
  };
}

/** Names, one a line, in alphabetical order. */
export const lines = (names: readonly string[]): string => [...names].sort((a, b) => a.localeCompare(b)).join("\n");
