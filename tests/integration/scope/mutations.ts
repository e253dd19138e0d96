import type { Role } from "../../../server/auth/roles.js";
import { node, ORG, P, type Side } from "./fixture.js";

export interface Call {
  query: string;
  variables?: Record<string, unknown>;
}
/** What a case writes about, made for it by a person scoped to all: a risk, or an acceptance of a new risk. */
export interface Targets {
  /** The side's risk (a new one for cases that delete it). */
  risk: () => Promise<string>;
  /** An acceptance of a new risk of the side, waiting for a decision. */
  proposal: () => Promise<string>;
  /** An acceptance of a new risk of the side, accepted. */
  accepted: () => Promise<string>;
}
export interface MutationCase {
  name: string;
  allowed: Role[];
  /** Whether the write is about an organisation's part (saved queries are nobody's). */
  scoped: boolean;
  /** Whether the case needs a risk of its own (one it deletes, or proposes to accept). */
  fresh?: boolean;
  build: (side: Side, tag: number, targets: Targets) => Promise<Call> | Call;
}

const WRITERS: Role[] = ["ADMIN", "RISK_MANAGER"];
/** Those holding risk:accept. */
const ACCEPTERS: Role[] = ["ADMIN", "BOARD"];
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const RESULT = "{ applied changes { counts { nodesAdded nodesChanged relationshipsAdded relationshipsRemoved } } }";
const system = (side: Side, tag: number, id = node(side, "sys")) => ({
  id,
  name: `System ${side} ${tag}`,
  organisation: ORG[side],
  kind: "APPLICATION",
});
const emptyDoc = { organisations: [], careServices: [], dataStores: [], suppliers: [], dependencies: [], accesses: [], administers: [] };
const csv = (side: Side, tag: number) =>
  `id,name,organisation,kind\n${node(side, "sys")},System ${side} csv ${tag},${ORG[side]},APPLICATION\n`;

export const riskInput = (side: Side, tag: number) => ({
  title: `${P}risk ${side} ${tag}`,
  threat: "RANSOMWARE",
  scenario: { lost: [node(side, "sys")] },
  likelihood: "MEDIUM",
  owner: `${P}owner ${side}`,
  organisation: ORG[side],
  treatment: "TREAT",
  nextReviewDate: "2030-01-01",
});

/** Every mutation of the schema, each made about one organisation's part of the graph or register. */
export const MUTATIONS: MutationCase[] = [
  {
    name: "importGraph",
    allowed: WRITERS,
    scoped: true,
    build: (s, t) => ({
      query: "mutation($d: JSON!) { importGraph(document: $d) { nodes } }",
      variables: { d: { ...emptyDoc, systems: [system(s, t)] } },
    }),
  },
  {
    name: "applyModelChanges",
    allowed: WRITERS,
    scoped: true,
    build: (s, t) => ({
      query: `mutation($c: [ModelChangeInput!]!) { applyModelChanges(changes: $c) ${RESULT} }`,
      variables: { c: [{ op: "UPSERT", node: { system: system(s, t) } }] },
    }),
  },
  {
    name: "createNode",
    allowed: WRITERS,
    scoped: true,
    build: (s, t) => ({
      query: `mutation($n: NodeInput!) { createNode(node: $n) ${RESULT} }`,
      variables: { n: { system: system(s, t, node(s, `new-${t}`)) } },
    }),
  },
  {
    name: "updateNode",
    allowed: WRITERS,
    scoped: true,
    build: (s, t) => ({ query: `mutation($n: NodeInput!) { updateNode(node: $n) ${RESULT} }`, variables: { n: { system: system(s, t) } } }),
  },
  {
    name: "deleteNode (preview)",
    allowed: WRITERS,
    scoped: true,
    build: (s) => ({
      query: `mutation($id: ID!) { deleteNode(id: $id, cascade: true, preview: true) ${RESULT} }`,
      variables: { id: node(s, "spare") },
    }),
  },
  {
    name: "setDependency",
    allowed: WRITERS,
    scoped: true,
    build: (s, t) => ({
      query: `mutation($d: DependencyInput!) { setDependency(dependency: $d) ${RESULT} }`,
      variables: { d: { from: node(s, "svc"), to: node(s, "admin"), effect: "DEGRADES", capacity: (t % 9) / 10 + 0.05 } },
    }),
  },
  {
    name: "removeDependency (preview)",
    allowed: WRITERS,
    scoped: true,
    build: (s) => ({
      query: `mutation($f: ID!, $t: ID!) { removeDependency(from: $f, to: $t, preview: true) ${RESULT} }`,
      variables: { f: node(s, "svc"), t: node(s, "sys") },
    }),
  },
  {
    name: "setAccess (preview)",
    allowed: WRITERS,
    scoped: true,
    build: (s) => ({
      query: `mutation($a: AccessInput!) { setAccess(access: $a, preview: true) ${RESULT} }`,
      variables: { a: { system: node(s, "spare"), dataStore: node(s, "db") } },
    }),
  },
  {
    name: "removeAccess",
    allowed: WRITERS,
    scoped: true,
    build: (s) => ({
      query: `mutation($a: AccessInput!) { removeAccess(access: $a, preview: true) ${RESULT} }`,
      variables: { a: { system: node(s, "sys"), dataStore: node(s, "db") } },
    }),
  },
  {
    name: "setAdministers (preview)",
    allowed: WRITERS,
    scoped: true,
    build: (s) => ({
      query: `mutation($a: AdministersInput!) { setAdministers(administers: $a, preview: true) ${RESULT} }`,
      variables: { a: { from: node(s, "admin"), to: node(s, "spare") } },
    }),
  },
  {
    name: "removeAdministers (preview)",
    allowed: WRITERS,
    scoped: true,
    build: (s) => ({
      query: `mutation($a: AdministersInput!) { removeAdministers(administers: $a, preview: true) ${RESULT} }`,
      variables: { a: { from: node(s, "admin"), to: node(s, "sys") } },
    }),
  },
  {
    name: "importModel",
    allowed: WRITERS,
    scoped: true,
    build: (s, t) => ({
      query: `mutation($f: [ImportFileInput!]!) { importModel(files: $f) ${RESULT} }`,
      variables: { f: [{ name: "systems.csv", content: csv(s, t) }] },
    }),
  },
  {
    name: "importModel SYNC (preview)",
    allowed: WRITERS,
    scoped: true,
    build: (s, t) => ({
      query: `mutation($f: [ImportFileInput!]!, $o: ID!) { importModel(files: $f, mode: SYNC, organisation: $o, cascade: true, preview: true) ${RESULT} }`,
      variables: { f: [{ name: "systems.csv", content: csv(s, t) }], o: ORG[s] },
    }),
  },
  {
    name: "createRisk",
    allowed: WRITERS,
    scoped: true,
    build: (s, t) => ({ query: "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", variables: { i: riskInput(s, t) } }),
  },
  {
    name: "updateRisk",
    allowed: WRITERS,
    scoped: true,
    build: async (s, t, { risk }) => ({
      query: "mutation($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }",
      variables: { id: await risk(), i: riskInput(s, t) },
    }),
  },
  {
    name: "reviewRisk",
    allowed: WRITERS,
    scoped: true,
    build: async (_s, t, { risk }) => ({
      query: 'mutation($id: ID!, $n: String!) { reviewRisk(id: $id, note: $n, nextReviewDate: "2031-01-01") { id } }',
      variables: { id: await risk(), n: `review ${t}` },
    }),
  },
  {
    name: "overrideConsequence",
    allowed: WRITERS,
    scoped: true,
    build: async (_s, t, { risk }) => ({
      query: "mutation($id: ID!, $j: String!) { overrideConsequence(id: $id, consequence: MAJOR, justification: $j) { id } }",
      variables: { id: await risk(), j: `a justification long enough, number ${t}` },
    }),
  },
  {
    name: "proposeAcceptance",
    allowed: WRITERS,
    scoped: true,
    fresh: true,
    build: async (_s, t, { risk }) => ({
      query: "mutation($r: ID!, $j: String!, $e: String!) { proposeAcceptance(risk: $r, justification: $j, expires: $e) { id } }",
      variables: { r: await risk(), j: `Backups restore within the day, number ${t}.`, e: inDays(90) },
    }),
  },
  {
    name: "decideAcceptance",
    allowed: ACCEPTERS,
    scoped: true,
    build: async (_s, t, { proposal }) => ({
      query: "mutation($a: ID!, $n: String!) { decideAcceptance(id: $a, accept: true, note: $n) { id } }",
      variables: { a: await proposal(), n: `within appetite ${t}` },
    }),
  },
  {
    name: "revokeAcceptance",
    allowed: ACCEPTERS,
    scoped: true,
    build: async (_s, t, { accepted }) => ({
      query: "mutation($a: ID!, $n: String!) { revokeAcceptance(id: $a, note: $n) { id } }",
      variables: { a: await accepted(), n: `supplier changed ${t}` },
    }),
  },
  {
    name: "deleteRisk",
    allowed: WRITERS,
    scoped: true,
    fresh: true,
    build: async (_s, _t, { risk }) => ({ query: "mutation($id: ID!) { deleteRisk(id: $id) }", variables: { id: await risk() } }),
  },
  {
    name: "saveQuery",
    allowed: ["ADMIN", "RISK_MANAGER", "AUDITOR"],
    scoped: false,
    build: (_s, t) => ({
      query: 'mutation($n: String!) { saveQuery(name: $n, document: "{ me { name } }") { id } }',
      variables: { n: `${P}query ${t}` },
    }),
  },
];
