import { emptyDocument, type InterchangeDocument } from "../model/document.js";
import type { Projection } from "./projection.js";

/**
 * What a scenario can reach, for the reuse of its harm across sets of candidates (model
 * section 13: a risk's harm under a set depends only on the candidates of the set that touch
 * what its scenario reaches). Worked out on the union of the graph and every candidate's
 * additions, so that it holds for any set: a node reaches a lost node when it depends on it,
 * directly or not (a system on its supplier, whatever the hosting); a compromised node reaches
 * what it administers, directly or not (a supplier the systems it provides) and the stores
 * those access. Every node of the reach, and nothing outside it, can change the harm. The
 * graph itself is read from its projection (whose edges include those hosting implies); the
 * candidates' additions from their documents.
 */
export class ReachGraph {
  /** Node → the nodes that depend on it. */
  private readonly dependents = new Map<string, string[]>();
  /** Node → the nodes it controls when compromised (administers, supplies, accesses). */
  private readonly controls = new Map<string, string[]>();
  /** Node → every node a relationship or a supplier of its names. */
  private readonly out = new Map<string, string[]>();

  constructor(
    documents: readonly InterchangeDocument[],
    private readonly p: Projection | null = null,
  ) {
    for (const d of documents) {
      for (const e of d.dependencies) {
        add(this.dependents, e.to, e.from);
        add(this.out, e.from, e.to);
      }
      for (const e of d.administers) {
        add(this.controls, e.from, e.to);
        add(this.out, e.from, e.to);
      }
      for (const e of d.accesses) {
        add(this.controls, e.system, e.dataStore);
        add(this.out, e.system, e.dataStore);
      }
      for (const s of d.systems) {
        if (!s.supplier) continue;
        add(this.dependents, s.supplier, s.id);
        add(this.controls, s.supplier, s.id);
        add(this.out, s.id, s.supplier);
      }
    }
  }

  /** The reach and every node its relationships (and its systems' suppliers) name. */
  named(reach: ReadonlySet<string>): Set<string> {
    const out = new Set(reach);
    for (const x of reach) for (const y of this.out.get(x) ?? []) out.add(y);
    const p = this.p;
    if (p)
      for (const x of reach) {
        const i = p.indexOf.get(x);
        if (i === undefined) continue;
        const add = (j: number) => out.add(p.idOf(j));
        for (let m = p.memberStart[p.slotStart[i]!]!; m < p.memberStart[p.slotStart[i + 1]!]!; m++) add(p.memberTarget[m]!);
        for (let a = p.adminStart[i]!; a < p.adminStart[i + 1]!; a++) add(p.adminTarget[a]!);
        for (let a = p.accessStart[i]!; a < p.accessStart[i + 1]!; a++) add(p.accessTarget[a]!);
        if (p.hostSupplier[i]! >= 0) add(p.hostSupplier[i]!);
      }
    return out;
  }

  /** The ids a scenario of these lost and compromised nodes reaches, the nodes themselves included. */
  reach(lost: readonly string[], compromised: readonly string[]): Set<string> {
    const out = new Set<string>();
    const p = this.p;
    const dependents = (x: string, visit: (y: string) => void) => {
      for (const y of this.dependents.get(x) ?? []) visit(y);
      const i = p?.indexOf.get(x);
      if (p && i !== undefined) for (let d = p.dependentStart[i]!; d < p.dependentStart[i + 1]!; d++) visit(p.idOf(p.dependent[d]!));
    };
    const controls = (x: string, visit: (y: string) => void) => {
      for (const y of this.controls.get(x) ?? []) visit(y);
      const i = p?.indexOf.get(x);
      if (!p || i === undefined) return;
      for (let a = p.adminStart[i]!; a < p.adminStart[i + 1]!; a++) visit(p.idOf(p.adminTarget[a]!));
      for (let a = p.accessStart[i]!; a < p.accessStart[i + 1]!; a++) visit(p.idOf(p.accessTarget[a]!));
    };
    closure(dependents, lost, out);
    closure(controls, compromised, out);
    return out;
  }
}

type NodeList = "careServices" | "systems" | "dataStores" | "suppliers";
const NODE_LISTS: readonly NodeList[] = ["careServices", "systems", "dataStores", "suppliers"];

/** A document indexed by node and by a relationship's source, to cut out parts of it quickly. */
export class DocumentIndex {
  private readonly nodes = new Map<string, [NodeList, unknown]>();
  private readonly dependencies = new Map<string, InterchangeDocument["dependencies"]>();
  private readonly accesses = new Map<string, InterchangeDocument["accesses"]>();
  private readonly administers = new Map<string, InterchangeDocument["administers"]>();

  constructor(private readonly doc: InterchangeDocument) {
    for (const list of NODE_LISTS) for (const e of doc[list]) this.nodes.set(e.id, [list, e]);
    for (const e of doc.dependencies) push(this.dependencies, e.from, e);
    for (const e of doc.accesses) push(this.accesses, e.system, e);
    for (const e of doc.administers) push(this.administers, e.from, e);
  }

  /**
   * The part of the document a scenario of `reach` needs: the nodes of the reach with their
   * relationships, the nodes those name (whatever happens, they stand: nothing they depend on
   * is lost), and the organisations. A scenario's harm on it is its harm on the whole graph.
   */
  local(reach: ReadonlySet<string>, named: ReadonlySet<string>): InterchangeDocument {
    const out: InterchangeDocument = { ...emptyDocument(), organisations: this.doc.organisations };
    for (const id of named) {
      const found = this.nodes.get(id);
      if (found) (out[found[0]] as unknown[]).push(found[1]);
    }
    for (const id of reach) {
      out.dependencies.push(...(this.dependencies.get(id) ?? []));
      out.accesses.push(...(this.accesses.get(id) ?? []));
      out.administers.push(...(this.administers.get(id) ?? []));
    }
    return out;
  }
}

function push<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

function add(m: Map<string, string[]>, from: string, to: string): void {
  const list = m.get(from);
  if (list) list.push(to);
  else m.set(from, [to]);
}

function closure(next: (x: string, visit: (y: string) => void) => void, start: readonly string[], out: Set<string>): void {
  const seen = new Set<string>(start);
  const stack = [...start];
  const visit = (y: string) => {
    if (seen.has(y)) return;
    seen.add(y);
    stack.push(y);
  };
  while (stack.length) {
    const x = stack.pop()!;
    out.add(x);
    next(x, visit);
  }
}
