/**
 * The product's one vocabulary: every enum value, node label, audit action and field name the
 * pages, the board PDF and the exports show, in plain English (dates and times: date-words.ts).
 * Free of zod and the driver so the client bundles it too. tests/unit/plain-words.test.ts fails
 * when schema.graphql gains an enum value that has no words here.
 */
import { dateEnGb, datesInWords } from "./date-words.js";

/** Each schema enum's values in words, lower case as they read inside a sentence. */
export const ENUM_WORDS = {
  Severity: { MINOR: "minor", SIGNIFICANT: "significant", CONSIDERABLE: "considerable", MAJOR: "major", CATASTROPHIC: "catastrophic" },
  Likelihood: { VERY_LOW: "very low", LOW: "low", MEDIUM: "medium", HIGH: "high", VERY_HIGH: "very high" },
  Status: { FAILED: "stopped", DEGRADED: "degraded" },
  ImportMode: { MERGE: "add and update", REPLACE: "replace everything" },
  Role: { ADMIN: "administrator", RISK_MANAGER: "risk manager", AUDITOR: "auditor", BOARD: "board member" },
  OrganisationType: {
    ACUTE_TRUST: "acute trust",
    MENTAL_HEALTH_TRUST: "mental health trust",
    COMMUNITY_TRUST: "community trust",
    AMBULANCE_TRUST: "ambulance trust",
    GP_PRACTICE: "GP practice",
    CARE_HOME: "care home",
    INTEGRATED_CARE_BOARD: "integrated care board",
    NATIONAL_SERVICE: "national service",
    SUPPLIER: "supplier",
    OTHER: "other",
  },
  SystemKind: {
    APPLICATION: "application",
    INFRASTRUCTURE: "infrastructure",
    NETWORK: "network",
    IDENTITY: "identity and sign-in",
    INTEGRATION: "integration",
    DEVICE: "device",
    CLOUD_SERVICE: "cloud service",
  },
  Sensitivity: {
    T1: "T1 (demographics)",
    T2: "T2 (health records)",
    T3: "T3 (specially protected)",
    T4: "T4 (can enable physical harm)",
  },
  Hosting: { SUPPLIER_HOSTED: "run by the supplier", SUPPLIER_SUPPORTED: "supported remotely by the supplier", LOCAL: "run in-house" },
  Effect: { FAILS: "stops", DEGRADES: "is degraded" },
  NodeLabel: { Organisation: "organisation", CareService: "care service", System: "system", DataStore: "data store", Supplier: "supplier" },
  RelationshipType: { DEPENDS_ON: "depends on", ACCESSES: "reads and writes", ADMINISTERS: "administers", OPERATED_BY: "run by" },
  Direction: { OUTGOING: "what it depends on", INCOMING: "what depends on it", BOTH: "both ways" },
  QualityIssue: {
    SERVICE_WITHOUT_DEPENDENCIES: "care services with no dependencies",
    SYSTEM_NOTHING_DEPENDS_ON: "systems nothing depends on",
    STORE_NOT_ACCESSED: "data stores no system reads",
    SUPPLIER_WITHOUT_DEPENDANTS: "suppliers nothing depends on",
    NO_OWNER: "assets without an owner",
    SUPPLIER_WITHOUT_HOSTING: "systems naming a supplier without saying who runs them",
  },
  BreachReason: {
    RECOVERY_ABOVE_TOLERANCE: "takes longer to recover than the tolerance",
    NO_RECOVERY_TIME: "has no recovery time recorded",
  },
  AffectedGrouping: { ORGANISATION: "by organisation", REGION: "by region" },
  RankingOrder: { TOTAL: "all harm", AVAILABILITY: "care lost", CONFIDENTIALITY: "data exposed" },
  Objective: { REGISTER: "the risks on the register", ESTATE: "the whole estate" },
  ChangeOp: { CREATE: "add", UPDATE: "change", UPSERT: "add or change", DELETE: "remove" },
  ImportFormat: { JSON: "JSON", CSV: "CSV", XLSX: "Excel workbook" },
  ModelImportMode: { MERGE: "add and update", SYNC: "replace one organisation's part" },
  Threat: {
    RANSOMWARE: "ransomware",
    SUPPLIER_OUTAGE: "supplier outage",
    DATA_EXFILTRATION: "data theft",
    INSIDER: "insider",
    DEVICE_FAILURE: "device failure",
    OTHER: "other",
  },
  Treatment: { TREAT: "treat", TOLERATE: "tolerate", TRANSFER: "transfer", TERMINATE: "terminate" },
  RiskStatus: { OPEN: "open", CLOSED: "closed" },
  ControlKind: { LIKELIHOOD_DOWN: "makes it less likely", REDUNDANCY: "adds a standby", WORKAROUND: "adds a workaround" },
  AcceptanceState: {
    PROPOSED: "proposed",
    ACCEPTED: "accepted",
    REJECTED: "rejected",
    EXPIRED: "expired",
    REVOKED: "revoked",
    LAPSED: "lapsed",
  },
} as const satisfies Record<string, Record<string, string>>;

/** Words the audit trail records that are no schema enum: a change to the model's `mode` ("CHANGE"). */
const RECORDED_WORDS = { CHANGE: "changes made one by one" } as const;

const ANY_ENUM: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(ENUM_WORDS), RECORDED_WORDS);

/** Any enum token in words when the enum is not known (an audit value, a cell): else humanised. */
export const plain = (value: string): string => ANY_ENUM[value] ?? humanise(value);

/** The same, capitalised, to start a sentence or fill a cell. */
export const Plain = (value: string): string => capital(plain(value));

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A node label in words: "care service". */
export const labelWords = (label: string): string => plain(label);

/** Field names as people say them. */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  id: "id",
  name: "name",
  label: "kind of node",
  organisation: "organisation",
  severity: "severity",
  patientsPerDay: "patients a day",
  impactToleranceHours: "impact tolerance (hours)",
  workaround: "workaround",
  workaroundCapacity: "workaround keeps (share of care)",
  workaroundHours: "workaround lasts (hours)",
  sustainableHours: "workaround lasts (hours)",
  capacity: "capacity kept",
  owner: "owner",
  kind: "kind",
  supplier: "supplier",
  hosting: "who runs it",
  internetFacing: "reachable from the internet",
  recoveryHours: "recovery time (hours)",
  records: "records",
  sensitivity: "sensitivity",
  certifications: "certifications",
  type: "type",
  region: "region",
  from: "from",
  to: "to",
  effect: "if it is lost, the dependant",
  group: "redundancy group",
  share: "share of its group",
  system: "system",
  dataStore: "data store",
  careService: "care service",
  title: "title",
  description: "description",
  threat: "threat",
  likelihood: "likelihood",
  treatment: "treatment",
  controls: "controls",
  status: "status",
  nextReviewDate: "next review",
  consequence: "consequence",
  justification: "justification",
  lost: "what is lost",
  compromised: "what is compromised",
  hours: "after (hours)",
  expires: "accepted until",
  note: "note",
  mode: "how the import applies",
  graphVersion: "model version",
  nodesAdded: "nodes added",
  nodesChanged: "nodes changed",
  nodesRemoved: "nodes removed",
  relationshipsAdded: "links added",
  relationshipsChanged: "links changed",
  relationshipsRemoved: "links removed",
  organisations: "organisations",
  careServices: "care services",
  systems: "systems",
  dataStores: "data stores",
  suppliers: "suppliers",
  dependencies: "dependencies",
  accesses: "data access",
  document: "model",
  changes: "changes",
  node: "node",
  dependency: "dependency",
  access: "data access",
  op: "change",
  target: "target",
  reviews: "reviews",
  override: "consequence override",
  scenario: "scenario",
  acceptances: "acceptances",
  moves: "rating moves",
};

/** A field name in words; an unknown camelCase name is split ("patientsPerDay" → "patients per day"). */
export const fieldWords = (key: string): string => FIELD_WORDS[key] ?? humanise(key);

/**
 * A path the API or the audit trail gives ("input.changes.0.node.careService.organisation",
 * "document.systems[sys-a].kind") in words: "change 1, care service, organisation".
 */
export function pathWords(path: readonly (string | number)[] | string): string {
  const parts = typeof path === "string" ? path.split(/[.[\]]+/).filter(Boolean) : path.map(String);
  return parts
    .filter((p) => p !== "input" && p !== "document")
    .map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : /^[a-z]+-/.test(p) ? p : fieldWords(p)))
    .join(" › ");
}

/** Audit actions in words, as a sentence's verb phrase. */
export const ACTION_WORDS: Readonly<Record<string, string>> = {
  "audit.baseline": "started the audit trail",
  "graph.change": "changed the model",
  "graph.import": "imported the model",
  "graph.generate": "generated a model",
  "model.xlsx": "imported a workbook",
  "query.save": "saved a query",
  "session.start": "signed in",
  "session.end": "signed out",
  "token.create": "issued an access token",
  "token.revoke": "revoked an access token",
  "feed.create": "created a review calendar",
  "feed.revoke": "revoked a review calendar",
  "risk.create": "added a risk",
  "risk.update": "changed a risk",
  "risk.review": "reviewed a risk",
  "risk.override": "overrode a risk's consequence",
  "risk.override-cleared": "cleared a consequence override",
  "risk.delete": "deleted a risk",
  "risk.acceptance-proposed": "proposed accepting a risk",
  "risk.acceptance-accepted": "accepted a risk",
  "risk.acceptance-rejected": "rejected a risk's acceptance",
  "risk.acceptance-revoked": "revoked a risk's acceptance",
  "risk.acceptance-lapsed": "a risk's acceptance lapsed",
  "candidate.create": "added a candidate change",
  "candidate.change": "changed a candidate change",
  "candidate.delete": "deleted a candidate change",
  "report.keep": "kept a board report",
};

export const actionWords = (action: string): string => ACTION_WORDS[action] ?? humanise(action.replace(/[.-]/g, " "));

/** SHOUTY_CASE or camelCase to lower-case words. */
export function humanise(token: string): string {
  if (/^[A-Z0-9_]+$/.test(token)) return token.replace(/_/g, " ").toLowerCase();
  return token
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
}

const count = (n: string, one: string, more: string) => `${n} ${n === "1" ? one : more}`;

/**
 * The machine verb the trail's summaries start with ("create: Ward fire", "edit: nodes +1 …",
 * "MERGE import of 5 nodes"): the action beside it already says it in words, so the verb goes.
 */
function withoutVerb(summary: string): string {
  return summary
    .replace(/^(?:create|update|review|delete|override|override-cleared|edit|acceptance [a-z]+): /, "")
    .replace(/^edit of (\d+) changes: /, "$1 changes: ")
    .replace(/^(MERGE|REPLACE) import of /, (_m, mode: string) => `import (${plain(mode)}) of `);
}

/**
 * An audit event's summary in words: "edit: nodes +1 ~0 -0, relationships +2 ~0 -0" reads
 * "edit: 1 node added; 2 relationships added"; raw enum values in it become words too.
 */
export function summaryWords(summary: string): string {
  return plainText(withoutVerb(summary)).replace(
    /nodes \+(\d+) ~(\d+) [-−](\d+), relationships \+(\d+) ~(\d+) [-−](\d+)/,
    (_m, na: string, nc: string, nr: string, ra: string, rc: string, rr: string) => {
      const parts = [
        [na, "node", "nodes", "added"],
        [nc, "node", "nodes", "changed"],
        [nr, "node", "nodes", "removed"],
        [ra, "relationship", "relationships", "added"],
        [rc, "relationship", "relationships", "changed"],
        [rr, "relationship", "relationships", "removed"],
      ]
        .filter(([n]) => n !== "0")
        .map(([n, one, more, what]) => `${count(n!, one!, more!)} ${what}`);
      return parts.length ? parts.join("; ") : "nothing changed";
    },
  );
}

/** A risk's latest acceptance (its state as of today) in words, as the register's table and its exports show it; "" if never proposed. */
export function acceptanceWords(a: { state: string; expires: string } | null | undefined): string {
  if (!a) return "";
  if (a.state === "ACCEPTED") return `Accepted until ${dateEnGb(a.expires)}`;
  if (a.state === "EXPIRED") return `Expired on ${dateEnGb(a.expires)}`;
  if (a.state === "PROPOSED") return "Waiting for a decision";
  return Plain(a.state);
}

/**
 * A message with raw enum values in it (a validation message: expected one of "FAILS"|"DEGRADES")
 * in words: each SHOUTY_CASE token, and each known one-word value, replaced; ISO dates and times too.
 */
export const plainText = (text: string): string =>
  datesInWords(text).replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/g, (m) =>
    m.includes("_") || (m.length > 2 && ANY_ENUM[m]) ? plain(m) : m,
  );
