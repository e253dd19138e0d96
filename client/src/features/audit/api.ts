/** The audit trail, its verification, the past as it stood, and saved queries: what these pages ask the API. */

export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  target: string | null;
  summary: string;
  prevHash: string;
  hash: string;
}
export interface AuditPage {
  events: AuditEvent[];
  nextBeforeSeq: number | null;
}
export interface TrailFilter {
  action: string;
  actor: string;
  target: string;
}

export const PAGE_SIZE = 50;

// Before and after are left out of the list: an import's can hold the whole document.
export const TRAIL = `query($action: String, $actor: String, $target: String, $before: Int) {
  auditTrail(newestFirst: true, action: $action, actor: $actor, targetContains: $target, beforeSeq: $before, first: ${PAGE_SIZE}) {
    events { seq at actor actorRole action target summary prevHash hash } nextBeforeSeq } }`;

export const EVENT_STATES = `query($after: Int!) { auditTrail(afterSeq: $after, first: 1) { events { seq before after } } }`;

export interface Verification {
  ok: boolean;
  events: number;
  firstBroken: { seq: number; reason: string } | null;
  head: { seq: number; hash: string } | null;
  containsKnownHead: boolean | null;
}
export const VERIFY = `query($known: ChainHeadInput) { verifyAuditChain(knownHead: $known) { ok events firstBroken { seq reason } head { seq hash } containsKnownHead } }`;

export interface PastRanking {
  totalCount: number;
  edges: Array<{ node: { rank: number; score: number; asset: { id: string; name: string; label: string } } }>;
}
export interface PastRisk {
  id: string;
  title: string;
  owner: string;
  status: string;
  inherentRating: number;
  residualRating: number;
}
export const AS_AT = `query($t: DateTime!) {
  protectFirst(asOf: $t, first: 20) { totalCount edges { node { rank score asset { id name label } } } }
  risks(asOf: $t, first: 1000) { id title owner status inherentRating residualRating } }`;

export interface HistoryDiff {
  from: string;
  to: string;
  events: Array<{ seq: number; at: string; actor: string; action: string; summary: string }>;
  nodesAdded: string[];
  nodesRemoved: string[];
  nodesChanged: string[];
  dependenciesAdded: number;
  dependenciesRemoved: number;
  dependenciesChanged: number;
  rankMoves: Array<{ asset: string; name: string; fromRank: number | null; toRank: number | null }>;
  riskChanges: Array<{ id: string; title: string; fromRating: number | null; toRating: number | null; fromResidualRating: number | null; toResidualRating: number | null }>;
}
export const CHANGES = `query($from: DateTime!, $to: DateTime) { changesBetween(from: $from, to: $to) {
  from to events { seq at actor action summary }
  nodesAdded nodesRemoved nodesChanged dependenciesAdded dependenciesRemoved dependenciesChanged
  rankMoves(first: 20) { asset name fromRank toRank }
  riskChanges { id title fromRating toRating fromResidualRating toResidualRating } } }`;

export interface SavedQuery {
  id: string;
  name: string;
  description: string;
  document: string;
  author: string;
  createdAt: string;
}
export const SAVED = `{ savedQueries { id name description document author createdAt } }`;
export const RUN_SAVED = `query($id: ID!) { runSavedQuery(id: $id) }`;
export const SAVE = `mutation($name: String!, $description: String, $document: String!) { saveQuery(name: $name, description: $description, document: $document) { id } }`;
