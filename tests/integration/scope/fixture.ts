import { createApp, type App } from "../../../server/app.js";
import type { Role } from "../../../server/auth/roles.js";
import { createToken } from "../../../server/auth/tokens.js";
import type { Database } from "../../../server/graph/database.js";
import { importGraph } from "../../../server/import/import-graph.js";
import { idPrefix } from "../../support/integration.js";

/** Two organisations of the test's own, each with a service, two systems, a data store and their links. */
export const P = idPrefix("s");
export const ORG = { in: `${P}org-in`, out: `${P}org-out` } as const;
export type Side = keyof typeof ORG;
export const ROLES: Role[] = ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"];
export const SET_UP = { name: "scope test set-up", role: "ADMIN" } as const;

export const node = (side: Side, what: string): string => `${P}${side}-${what}`;

function part(side: Side) {
  const organisation = ORG[side];
  return {
    careServices: [{ id: node(side, "svc"), name: `Service ${side}`, organisation, severity: "MAJOR", patientsPerDay: 100 }],
    systems: [
      { id: node(side, "sys"), name: `System ${side}`, organisation, kind: "APPLICATION" },
      { id: node(side, "admin"), name: `Admin ${side}`, organisation, kind: "IDENTITY" },
      { id: node(side, "spare"), name: `Spare ${side}`, organisation, kind: "APPLICATION" },
    ],
    dataStores: [{ id: node(side, "db"), name: `Store ${side}`, organisation, records: 1000, sensitivity: "T2" }],
    dependencies: [{ from: node(side, "svc"), to: node(side, "sys") }],
    accesses: [{ system: node(side, "sys"), dataStore: node(side, "db") }],
    administers: [{ from: node(side, "admin"), to: node(side, "sys") }],
  };
}

/** Loads both organisations' parts through the product's own import. */
export async function loadGraph(db: Database): Promise<void> {
  const a = part("in");
  const b = part("out");
  const doc = {
    organisations: [
      { id: ORG.in, name: "Scope Trust In", type: "ACUTE_TRUST" },
      { id: ORG.out, name: "Scope Trust Out", type: "ACUTE_TRUST" },
    ],
    careServices: [...a.careServices, ...b.careServices],
    systems: [...a.systems, ...b.systems],
    dataStores: [...a.dataStores, ...b.dataStores],
    suppliers: [],
    dependencies: [...a.dependencies, ...b.dependencies],
    accesses: [...a.accesses, ...b.accesses],
    administers: [...a.administers, ...b.administers],
  };
  await importGraph(db, doc, "MERGE", SET_UP);
}

/** One app, and per role a token scoped to the "in" organisation only. */
export async function scopedTokens(db: Database): Promise<{ app: App; tokens: Map<Role, string> }> {
  const app = createApp({ db, maxRequestBytes: 16 * 1024 * 1024 });
  const tokens = new Map<Role, string>();
  for (const role of ROLES) tokens.set(role, (await createToken(db, role, `${P}${role}`, SET_UP, { scope: [ORG.in] })).token);
  return { app, tokens };
}

/**
 * What a refused write must leave as it was: the events recorded in the caller's name, the
 * test's nodes and relationships, and its risks as people wrote them (the register's own
 * re-rating of risks after a graph change is not the caller's write).
 */
export function footprint(db: Database, actorName: string): Promise<string> {
  return db.read(async (tx) => {
    const one = async (q: string): Promise<unknown> => (await tx.run(q, { p: P, name: actorName })).records[0]?.get("x");
    return JSON.stringify([
      await one("MATCH (e:AuditEvent) WHERE e.actorName = $name RETURN count(e) AS x"),
      await one("MATCH (n:Node) WHERE n.id STARTS WITH $p WITH n ORDER BY n.id RETURN collect(properties(n)) AS x"),
      await one(
        "MATCH (a:Node)-[r]->(b:Node) WHERE a.id STARTS WITH $p WITH a, r, b ORDER BY a.id, b.id, type(r) RETURN collect([a.id, type(r), b.id, properties(r)]) AS x",
      ),
      await one(
        "MATCH (k:Risk) WHERE k.owner STARTS WITH $p WITH k ORDER BY k.id RETURN collect([k.id, k.title, k.organisation, k.reviews, k.override]) AS x",
      ),
      await one("MATCH (q:SavedQuery) WHERE q.name STARTS WITH $p RETURN count(q) AS x"),
    ]);
  });
}

/** Removes the test's own nodes, risks and tokens. */
export async function cleanUp(db: Database): Promise<void> {
  await db.write(async (tx) => {
    await tx.run("MATCH (n:Node) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: P });
    await tx.run("MATCH (k:Risk) WHERE k.owner STARTS WITH $p DELETE k", { p: P });
    await tx.run("MATCH (q:SavedQuery) WHERE q.name STARTS WITH $p DETACH DELETE q", { p: P });
    await tx.run("MATCH (t:ApiToken) WHERE t.name STARTS WITH $p DELETE t", { p: P });
  });
}
