/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: string; output: string; }
  /**
   * The critical-systems impact map: a dependency graph of care services, systems, data stores
   * and suppliers, scored for patient harm. Every request carries `Authorization: Bearer <token>`.
   */
  JSON: { input: unknown; output: unknown; }
};

/** PROPOSED → ACCEPTED or REJECTED; ACCEPTED → EXPIRED (its expiry passed), REVOKED or LAPSED (the graph moved it). */
export type AcceptanceState =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'LAPSED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'REVOKED';

export type AccessInput = {
  dataStore: Scalars['ID']['input'];
  system: Scalars['ID']['input'];
};

export type AdministersInput = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};

export type AffectedGrouping =
  | 'ORGANISATION'
  | 'REGION';

export type BreachReason =
  /** The node has no recoveryHours recorded. */
  | 'NO_RECOVERY_TIME'
  /** The node's recoveryHours exceeds the service's impact tolerance. */
  | 'RECOVERY_ABOVE_TOLERANCE';

export type CareServiceInput = {
  id: Scalars['ID']['input'];
  impactToleranceHours?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  organisation: Scalars['ID']['input'];
  owner?: InputMaybe<Scalars['String']['input']>;
  patientsPerDay: Scalars['Float']['input'];
  severity: Severity;
  workaround?: InputMaybe<WorkaroundInput>;
};

export type ChainHeadInput = {
  hash: Scalars['String']['input'];
  seq: Scalars['Int']['input'];
};

/** CREATE: the entry must be new. UPDATE: it must exist (a node's properties are replaced whole). UPSERT: either. DELETE: remove it. */
export type ChangeOp =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE'
  | 'UPSERT';

/**
 * What a control changes: LIKELIHOOD_DOWN lowers the likelihood by `levels`; REDUNDANCY makes the
 * dependency `from` → `to` redundant (its slot keeps full capability); WORKAROUND gives `service`
 * a workaround of `capacity` for `sustainableHours`.
 */
export type ControlInput = {
  capacity?: InputMaybe<Scalars['Float']['input']>;
  from?: InputMaybe<Scalars['ID']['input']>;
  kind: ControlKind;
  levels?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  service?: InputMaybe<Scalars['ID']['input']>;
  sustainableHours?: InputMaybe<Scalars['Float']['input']>;
  to?: InputMaybe<Scalars['ID']['input']>;
};

export type ControlKind =
  | 'LIKELIHOOD_DOWN'
  | 'REDUNDANCY'
  | 'WORKAROUND';

export type DataStoreInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  organisation: Scalars['ID']['input'];
  owner?: InputMaybe<Scalars['String']['input']>;
  records: Scalars['Float']['input'];
  recoveryHours?: InputMaybe<Scalars['Float']['input']>;
  sensitivity: Sensitivity;
};

/** A dependency of `from` on `to`. FAILS: `from` fails without `to`; DEGRADES: it keeps `capacity`. Members of a redundancy `group` share the need by `share`. */
export type DependencyInput = {
  capacity?: InputMaybe<Scalars['Float']['input']>;
  effect?: InputMaybe<Effect>;
  from: Scalars['ID']['input'];
  group?: InputMaybe<Scalars['String']['input']>;
  share?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['ID']['input'];
};

export type Direction =
  | 'BOTH'
  | 'INCOMING'
  | 'OUTGOING';

export type Effect =
  | 'DEGRADES'
  | 'FAILS';

/** What a system's supplier does for it, and so what the supplier's loss or compromise does to it (model section 10). */
export type Hosting =
  /** Run and supported in-house: nothing implied. */
  | 'LOCAL'
  /** The supplier runs it: the system depends on the supplier (FAILS) and the supplier administers it. */
  | 'SUPPLIER_HOSTED'
  /** It runs on the organisation's premises and the supplier has remote support access: the supplier administers it. */
  | 'SUPPLIER_SUPPORTED';

/**
 * One file of an import. The format comes from the name's extension (.json, .csv, .xlsx) unless
 * given. A CSV's kind comes from its name (systems.csv, dependencies.csv, …) or `kind`; an
 * XLSX has a sheet per kind. A ServiceNow CMDB export is cmdb_ci.csv and cmdb_rel_ci.csv (or an
 * XLSX with those two sheets). XLSX content is base64.
 */
export type ImportFileInput = {
  content: Scalars['String']['input'];
  format?: InputMaybe<ImportFormat>;
  kind?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type ImportFormat =
  | 'CSV'
  | 'JSON'
  | 'XLSX';

export type ImportMode =
  | 'MERGE'
  | 'REPLACE';

export type Likelihood =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'VERY_HIGH'
  | 'VERY_LOW';

/**
 * One change of a batch: `op` and exactly one of `node` (not with DELETE), `id` (DELETE of a
 * node), `dependency`, `access` or `administers` (to DELETE a relationship, only its ends count).
 */
export type ModelChangeInput = {
  access?: InputMaybe<AccessInput>;
  administers?: InputMaybe<AdministersInput>;
  dependency?: InputMaybe<DependencyInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
  node?: InputMaybe<NodeInput>;
  op: ChangeOp;
};

/** MERGE adds and updates, never removes. SYNC replaces one organisation's part: what the files no longer list of it is removed. */
export type ModelImportMode =
  | 'MERGE'
  | 'SYNC';

/** Exactly one field: the node to create, update or upsert. */
export type NodeInput = {
  careService?: InputMaybe<CareServiceInput>;
  dataStore?: InputMaybe<DataStoreInput>;
  organisation?: InputMaybe<OrganisationInput>;
  supplier?: InputMaybe<SupplierInput>;
  system?: InputMaybe<SystemInput>;
};

export type NodeLabel =
  | 'CareService'
  | 'DataStore'
  | 'Organisation'
  | 'Supplier'
  | 'System';

/** What the expected harm is taken over: the register's open risks, or every ranked asset of an estate without a register. */
export type Objective =
  | 'ESTATE'
  | 'REGISTER';

export type OrganisationInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  type: OrganisationType;
};

export type OrganisationType =
  | 'ACUTE_TRUST'
  | 'AMBULANCE_TRUST'
  | 'CARE_HOME'
  | 'COMMUNITY_TRUST'
  | 'GP_PRACTICE'
  | 'INTEGRATED_CARE_BOARD'
  | 'MENTAL_HEALTH_TRUST'
  | 'NATIONAL_SERVICE'
  | 'OTHER'
  | 'SUPPLIER';

/** A gap in the model that makes answers silently wrong. */
export type QualityIssue =
  /** A care service, system or data store without an owner. */
  | 'NO_OWNER'
  /** A care service with no dependencies: no loss can stop it. */
  | 'SERVICE_WITHOUT_DEPENDENCIES'
  /** A data store no system accesses: no compromise exposes it. */
  | 'STORE_NOT_ACCESSED'
  /** A supplier nothing depends on (with an organisation asked for: one its systems name). */
  | 'SUPPLIER_WITHOUT_DEPENDANTS'
  /** A system naming a supplier without hosting: who runs it is unknown, so its supplier's loss counts for nothing. */
  | 'SUPPLIER_WITHOUT_HOSTING'
  /** A system nothing depends on: its loss harms no one. */
  | 'SYSTEM_NOTHING_DEPENDS_ON';

/** What the ranking orders by: the score (care lost plus data exposed), or one part of it. */
export type RankingOrder =
  | 'AVAILABILITY'
  | 'CONFIDENTIALITY'
  | 'TOTAL';

export type RelationshipType =
  | 'ACCESSES'
  | 'ADMINISTERS'
  | 'DEPENDS_ON'
  | 'OPERATED_BY';

/** When a lost node comes back, in hours from the start of the incident. */
export type Restore = {
  hours: Scalars['Float']['input'];
  id: Scalars['ID']['input'];
};

export type RiskInput = {
  controls?: InputMaybe<Array<ControlInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  likelihood: Likelihood;
  /** YYYY-MM-DD */
  nextReviewDate: Scalars['String']['input'];
  organisation?: InputMaybe<Scalars['ID']['input']>;
  owner: Scalars['String']['input'];
  scenario: ScenarioInput;
  status?: InputMaybe<RiskStatus>;
  threat: Threat;
  title: Scalars['String']['input'];
  treatment: Treatment;
};

export type RiskStatus =
  | 'CLOSED'
  | 'OPEN';

export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'BOARD'
  | 'RISK_MANAGER';

export type ScenarioInput = {
  compromised?: Array<Scalars['ID']['input']>;
  hours?: Scalars['Float']['input'];
  lost?: Array<Scalars['ID']['input']>;
};

/**
 * Changes how harm is weighed. Omitted fields keep the model's defaults: severity weights
 * 1, 2, 4, 8, 16; tier weights 1, 3, 8, 15; record factor 0.001; escalation on.
 */
export type ScoringProfileInput = {
  /** Whether severity rises one level per full impact tolerance elapsed. */
  escalation?: InputMaybe<Scalars['Boolean']['input']>;
  recordFactor?: InputMaybe<Scalars['Float']['input']>;
  /** W(v) for severity levels 1..5 (five non-negative numbers). */
  severityWeights?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Weights of data tiers T1..T4 (four non-negative numbers). */
  tierWeights?: InputMaybe<Array<Scalars['Float']['input']>>;
};

/** Data sensitivity: T1 demographics, T2 health records, T3 specially protected, T4 enables physical harm. */
export type Sensitivity =
  | 'T1'
  | 'T2'
  | 'T3'
  | 'T4';

export type Severity =
  | 'CATASTROPHIC'
  | 'CONSIDERABLE'
  | 'MAJOR'
  | 'MINOR'
  | 'SIGNIFICANT';

export type Status =
  | 'DEGRADED'
  | 'FAILED';

export type SupplierInput = {
  certifications?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  recoveryHours?: InputMaybe<Scalars['Float']['input']>;
};

/** recoveryHours: hours to rebuild or restore it once lost, above 0 (model section 9). */
export type SystemInput = {
  hosting?: InputMaybe<Hosting>;
  id: Scalars['ID']['input'];
  internetFacing?: InputMaybe<Scalars['Boolean']['input']>;
  kind: SystemKind;
  name: Scalars['String']['input'];
  organisation: Scalars['ID']['input'];
  owner?: InputMaybe<Scalars['String']['input']>;
  recoveryHours?: InputMaybe<Scalars['Float']['input']>;
  supplier?: InputMaybe<Scalars['ID']['input']>;
};

export type SystemKind =
  | 'APPLICATION'
  | 'CLOUD_SERVICE'
  | 'DEVICE'
  | 'IDENTITY'
  | 'INFRASTRUCTURE'
  | 'INTEGRATION'
  | 'NETWORK';

export type Threat =
  | 'DATA_EXFILTRATION'
  | 'DEVICE_FAILURE'
  | 'INSIDER'
  | 'OTHER'
  | 'RANSOMWARE'
  | 'SUPPLIER_OUTAGE';

export type Treatment =
  | 'TERMINATE'
  | 'TOLERATE'
  | 'TRANSFER'
  | 'TREAT';

export type WorkaroundInput = {
  capacity: Scalars['Float']['input'];
  sustainableHours: Scalars['Float']['input'];
};

export type RecoveryCurvePointFragment = { hours: number, capability: number, harm: number, restored: Array<{ id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string }> };

export type TrailQueryVariables = Exact<{
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['Int']['input']>;
  first: Scalars['Int']['input'];
}>;


export type TrailQuery = { auditTrail: { nextBeforeSeq: number | null, events: Array<{ seq: number, at: string, actor: string, actorRole: string, actorIssuer: string | null, actorSubject: string | null, actorToken: string | null, actorScope: Array<string> | null, breakGlass: boolean, action: string, target: string | null, summary: string, prevHash: string, hash: string }> } };

export type EventStatesQueryVariables = Exact<{
  after: Scalars['Int']['input'];
}>;


export type EventStatesQuery = { auditTrail: { events: Array<{ seq: number, before: unknown | null, after: unknown | null }> } };

export type VerifyChainQueryVariables = Exact<{
  known?: InputMaybe<ChainHeadInput>;
}>;


export type VerifyChainQuery = { verifyAuditChain: { ok: boolean, events: number, containsKnownHead: boolean | null, firstBroken: { seq: number, reason: string } | null, head: { seq: number, hash: string } | null } };

export type AsAtQueryVariables = Exact<{
  t: Scalars['DateTime']['input'];
}>;


export type AsAtQuery = { protectFirst: { totalCount: number, edges: Array<{ node: { rank: number, score: number, asset: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } } }> }, risks: Array<{ id: string, title: string, owner: string, status: RiskStatus, inherentRating: number, residualRating: number }> };

export type ChangesBetweenQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ChangesBetweenQuery = { changesBetween: { from: string, to: string, nodesAdded: Array<string>, nodesRemoved: Array<string>, nodesChanged: Array<string>, dependenciesAdded: number, dependenciesRemoved: number, dependenciesChanged: number, events: Array<{ seq: number, at: string, actor: string, action: string, summary: string }>, rankMoves: Array<{ asset: string, name: string, organisationName: string | null, fromRank: number | null, toRank: number | null }>, riskChanges: Array<{ id: string, title: string, fromRating: number | null, toRating: number | null, fromResidualRating: number | null, toResidualRating: number | null }> } };

export type SavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedQueriesQuery = { savedQueries: Array<{ id: string, name: string, description: string, document: string, author: string, createdAt: string }> };

export type RunSavedQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RunSavedQueryQuery = { runSavedQuery: unknown | null };

export type SaveQueryMutationVariables = Exact<{
  name: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  document: Scalars['String']['input'];
}>;


export type SaveQueryMutation = { saveQuery: { id: string } };

export type AuditTargetNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditTargetNodeQuery = { node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string, role: Role, organisations: Array<string> | null, permissions: Array<string> } };

export type AffectedFragment = { capability: number, status: Status, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } };

export type GroupFragment = { organisation: string | null, organisationName: string | null, region: string | null, label: NodeLabel, count: number, failed: number };

export type StoreFragment = { id: string, name: string, label: NodeLabel, organisation: string, organisationName: string, sensitivity: Sensitivity, records: number };

export type BlastRadiusQueryVariables = Exact<{
  lost: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  compromised: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  hours: Scalars['Float']['input'];
  recovery?: InputMaybe<Scalars['Boolean']['input']>;
  curve?: InputMaybe<Array<Scalars['Float']['input']> | Scalars['Float']['input']>;
  affectedFirst: Scalars['Int']['input'];
  groupFirst: Scalars['Int']['input'];
  serviceFirst: Scalars['Int']['input'];
  exposedFirst: Scalars['Int']['input'];
}>;


export type BlastRadiusQuery = { blastRadius: { hours: number, affectedCount: number, careServiceCount: number, exposedCount: number, availabilityHarm: number, confidentialityHarm: number, totalHarm: number, consequence: Severity | null, profile: string, patientsDisruptedPerDay: number, servicesStopped: number, servicesDegraded: number, recordsExposed: number, affected: Array<{ capability: number, status: Status, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }>, affectedGroups: Array<{ organisation: string | null, organisationName: string | null, region: string | null, label: NodeLabel, count: number, failed: number }>, regionGroups: Array<{ organisation: string | null, organisationName: string | null, region: string | null, label: NodeLabel, count: number, failed: number }>, careServices: Array<{ capability: number, status: Status, harm: number, consequence: Severity | null, recoveredAt: number | null, service: { id: string, name: string, label: NodeLabel, organisation: string, organisationName: string, severity: Severity, impactToleranceHours: number | null }, evidence: Array<{ capability: number, status: Status, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }>, edges: Array<{ implied: boolean }> }>, exposedDataStores: Array<{ id: string, name: string, label: NodeLabel }>, exposurePaths: Array<{ viaAccess: boolean, harm: number, store: { id: string, name: string, label: NodeLabel, organisation: string, organisationName: string, sensitivity: Sensitivity, records: number }, path: Array<{ organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel }> }>, impactOverTime: Array<{ hours: number, harm: number, consequence: Severity | null }>, recovery: Array<{ hours: number, capability: number, harm: number, restored: Array<{ id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string }> }> } };

export type GroupMembersQueryVariables = Exact<{
  lost: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  compromised: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  hours: Scalars['Float']['input'];
  recovery?: InputMaybe<Scalars['Boolean']['input']>;
  labels?: InputMaybe<Array<NodeLabel> | NodeLabel>;
  org?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type GroupMembersQuery = { blastRadius: { affected: Array<{ capability: number, status: Status, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } };

export type RegionGroupsQueryVariables = Exact<{
  lost: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  compromised: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  hours: Scalars['Float']['input'];
  recovery?: InputMaybe<Scalars['Boolean']['input']>;
  region: Scalars['String']['input'];
  labels?: InputMaybe<Array<NodeLabel> | NodeLabel>;
  first: Scalars['Int']['input'];
}>;


export type RegionGroupsQuery = { blastRadius: { affectedGroups: Array<{ organisation: string | null, organisationName: string | null, region: string | null, label: NodeLabel, count: number, failed: number }> } };

export type AllServicesQueryVariables = Exact<{
  lost: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  compromised: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  hours: Scalars['Float']['input'];
  recovery?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AllServicesQuery = { blastRadius: { careServices: Array<{ capability: number, status: Status, harm: number, consequence: Severity | null, recoveredAt: number | null, service: { id: string, name: string, label: NodeLabel, organisation: string, organisationName: string }, evidence: Array<{ node: { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } }> }> } };

export type AllExposedQueryVariables = Exact<{
  lost: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  compromised: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  hours: Scalars['Float']['input'];
  recovery?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AllExposedQuery = { blastRadius: { exposurePaths: Array<{ viaAccess: boolean, harm: number, store: { id: string, name: string, label: NodeLabel, organisation: string, organisationName: string, sensitivity: Sensitivity, records: number }, path: Array<{ id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string }> }> } };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | null };

export type ChosenNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChosenNodeQuery = { node: { severity: Severity, patientsPerDay: number, impactToleranceHours: number | null, owner: string | null, organisation: string, organisationName: string, id: string, name: string, label: NodeLabel, neighbours: Array<{ relationship: RelationshipType, direction: Direction, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | { sensitivity: Sensitivity, records: number, owner: string | null, organisation: string, organisationName: string, id: string, name: string, label: NodeLabel, neighbours: Array<{ relationship: RelationshipType, direction: Direction, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | { id: string, name: string, label: NodeLabel, neighbours: Array<{ relationship: RelationshipType, direction: Direction, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | { id: string, name: string, label: NodeLabel, neighbours: Array<{ relationship: RelationshipType, direction: Direction, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | { kind: SystemKind, supplier: string | null, hosting: Hosting | null, internetFacing: boolean | null, owner: string | null, organisation: string, organisationName: string, id: string, name: string, label: NodeLabel, neighbours: Array<{ relationship: RelationshipType, direction: Direction, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | null };

export type SearchModelQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type SearchModelQuery = { searchNodes: Array<{ organisationName: string, id: string, name: string, label: NodeLabel } | { organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisationName: string, id: string, name: string, label: NodeLabel }> };

export type ModelChangeFragment = { applied: boolean, graphVersion: number, changes: { counts: { nodesAdded: number, nodesChanged: number, nodesRemoved: number, relationshipsAdded: number, relationshipsChanged: number, relationshipsRemoved: number }, nodesAdded: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesChanged: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesRemoved: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, relationshipsAdded: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsChanged: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsRemoved: Array<{ type: RelationshipType, from: string, to: string }> }, effect: { rankingBefore: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, rankingAfter: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, spofChanges: Array<{ service: { name: string }, added: Array<{ name: string }>, removed: Array<{ name: string }> }>, riskMoves: Array<{ title: string, from: Severity | null, to: Severity | null }> } | null };

export type ImportModelMutationVariables = Exact<{
  f: Array<ImportFileInput> | ImportFileInput;
  mode?: InputMaybe<ModelImportMode>;
  org?: InputMaybe<Scalars['ID']['input']>;
  preview?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ImportModelMutation = { importModel: { applied: boolean, graphVersion: number, changes: { counts: { nodesAdded: number, nodesChanged: number, nodesRemoved: number, relationshipsAdded: number, relationshipsChanged: number, relationshipsRemoved: number }, nodesAdded: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesChanged: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesRemoved: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, relationshipsAdded: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsChanged: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsRemoved: Array<{ type: RelationshipType, from: string, to: string }> }, effect: { rankingBefore: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, rankingAfter: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, spofChanges: Array<{ service: { name: string }, added: Array<{ name: string }>, removed: Array<{ name: string }> }>, riskMoves: Array<{ title: string, from: Severity | null, to: Severity | null }> } | null } };

export type ApplyCandidateMutationVariables = Exact<{
  c: Array<ModelChangeInput> | ModelChangeInput;
  preview?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ApplyCandidateMutation = { applyModelChanges: { applied: boolean, graphVersion: number, changes: { counts: { nodesAdded: number, nodesChanged: number, nodesRemoved: number, relationshipsAdded: number, relationshipsChanged: number, relationshipsRemoved: number }, nodesAdded: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesChanged: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesRemoved: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, relationshipsAdded: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsChanged: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsRemoved: Array<{ type: RelationshipType, from: string, to: string }> }, effect: { rankingBefore: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, rankingAfter: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, spofChanges: Array<{ service: { name: string }, added: Array<{ name: string }>, removed: Array<{ name: string }> }>, riskMoves: Array<{ title: string, from: Severity | null, to: Severity | null }> } | null } };

export type DataQualityQueryVariables = Exact<{
  org?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DataQualityQuery = { dataQuality: { findings: Array<{ issue: QualityIssue, count: number, nodes: Array<{ organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel }> }>, shortGroups: Array<{ node: string, group: string, shares: number }> } };

export type DependenciesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DependenciesQuery = { node: { id: string, name: string, label: NodeLabel, out: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }>, in: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | { id: string, name: string, label: NodeLabel, out: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }>, in: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | { id: string, name: string, label: NodeLabel, out: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }>, in: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | { id: string, name: string, label: NodeLabel, out: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }>, in: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | { id: string, name: string, label: NodeLabel, out: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }>, in: Array<{ relationship: RelationshipType, effect: Effect | null, capacity: number | null, group: string | null, share: number | null, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> } | null };

export type PickOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PickOrganisationsQuery = { nodes: { edges: Array<{ node: { id: string, name: string } | { id: string, name: string } | { type: OrganisationType, id: string, name: string } | { id: string, name: string } | { id: string, name: string } }> } };

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { nodes: { edges: Array<{ node: { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } }> } };

export type BrowseQueryVariables = Exact<{
  org?: InputMaybe<Scalars['ID']['input']>;
  label?: InputMaybe<NodeLabel>;
  kind?: InputMaybe<SystemKind>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type BrowseQuery = { nodes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { organisationName: string, id: string, name: string, label: NodeLabel } | { organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { kind: SystemKind, organisationName: string, id: string, name: string, label: NodeLabel } }> } };

export type SetDependencyMutationVariables = Exact<{
  d: DependencyInput;
  preview?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SetDependencyMutation = { setDependency: { applied: boolean, graphVersion: number, changes: { counts: { nodesAdded: number, nodesChanged: number, nodesRemoved: number, relationshipsAdded: number, relationshipsChanged: number, relationshipsRemoved: number }, nodesAdded: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesChanged: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesRemoved: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, relationshipsAdded: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsChanged: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsRemoved: Array<{ type: RelationshipType, from: string, to: string }> }, effect: { rankingBefore: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, rankingAfter: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, spofChanges: Array<{ service: { name: string }, added: Array<{ name: string }>, removed: Array<{ name: string }> }>, riskMoves: Array<{ title: string, from: Severity | null, to: Severity | null }> } | null } };

export type RemoveDependencyMutationVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  preview?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RemoveDependencyMutation = { removeDependency: { applied: boolean, graphVersion: number, changes: { counts: { nodesAdded: number, nodesChanged: number, nodesRemoved: number, relationshipsAdded: number, relationshipsChanged: number, relationshipsRemoved: number }, nodesAdded: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesChanged: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesRemoved: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, relationshipsAdded: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsChanged: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsRemoved: Array<{ type: RelationshipType, from: string, to: string }> }, effect: { rankingBefore: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, rankingAfter: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, spofChanges: Array<{ service: { name: string }, added: Array<{ name: string }>, removed: Array<{ name: string }> }>, riskMoves: Array<{ title: string, from: Severity | null, to: Severity | null }> } | null } };

export type ApplyModelChangesMutationVariables = Exact<{
  c: Array<ModelChangeInput> | ModelChangeInput;
  preview?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ApplyModelChangesMutation = { applyModelChanges: { applied: boolean, graphVersion: number, changes: { counts: { nodesAdded: number, nodesChanged: number, nodesRemoved: number, relationshipsAdded: number, relationshipsChanged: number, relationshipsRemoved: number }, nodesAdded: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesChanged: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesRemoved: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, relationshipsAdded: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsChanged: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsRemoved: Array<{ type: RelationshipType, from: string, to: string }> }, effect: { rankingBefore: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, rankingAfter: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, spofChanges: Array<{ service: { name: string }, added: Array<{ name: string }>, removed: Array<{ name: string }> }>, riskMoves: Array<{ title: string, from: Severity | null, to: Severity | null }> } | null } };

export type CreateNodeMutationVariables = Exact<{
  node: NodeInput;
  preview?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CreateNodeMutation = { createNode: { applied: boolean, graphVersion: number, changes: { counts: { nodesAdded: number, nodesChanged: number, nodesRemoved: number, relationshipsAdded: number, relationshipsChanged: number, relationshipsRemoved: number }, nodesAdded: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesChanged: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesRemoved: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, relationshipsAdded: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsChanged: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsRemoved: Array<{ type: RelationshipType, from: string, to: string }> }, effect: { rankingBefore: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, rankingAfter: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, spofChanges: Array<{ service: { name: string }, added: Array<{ name: string }>, removed: Array<{ name: string }> }>, riskMoves: Array<{ title: string, from: Severity | null, to: Severity | null }> } | null } };

export type UpdateNodeMutationVariables = Exact<{
  node: NodeInput;
  preview?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type UpdateNodeMutation = { updateNode: { applied: boolean, graphVersion: number, changes: { counts: { nodesAdded: number, nodesChanged: number, nodesRemoved: number, relationshipsAdded: number, relationshipsChanged: number, relationshipsRemoved: number }, nodesAdded: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesChanged: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesRemoved: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, relationshipsAdded: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsChanged: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsRemoved: Array<{ type: RelationshipType, from: string, to: string }> }, effect: { rankingBefore: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, rankingAfter: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, spofChanges: Array<{ service: { name: string }, added: Array<{ name: string }>, removed: Array<{ name: string }> }>, riskMoves: Array<{ title: string, from: Severity | null, to: Severity | null }> } | null } };

export type DeleteNodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  cascade?: InputMaybe<Scalars['Boolean']['input']>;
  preview?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DeleteNodeMutation = { deleteNode: { applied: boolean, graphVersion: number, changes: { counts: { nodesAdded: number, nodesChanged: number, nodesRemoved: number, relationshipsAdded: number, relationshipsChanged: number, relationshipsRemoved: number }, nodesAdded: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesChanged: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, nodesRemoved: Array<{ id: string, label: NodeLabel, before: unknown | null, after: unknown | null }>, relationshipsAdded: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsChanged: Array<{ type: RelationshipType, from: string, to: string }>, relationshipsRemoved: Array<{ type: RelationshipType, from: string, to: string }> }, effect: { rankingBefore: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, rankingAfter: Array<{ rank: number, score: number, asset: { id: string, name: string, label: NodeLabel, organisationName: string | null } }>, spofChanges: Array<{ service: { name: string }, added: Array<{ name: string }>, removed: Array<{ name: string }> }>, riskMoves: Array<{ title: string, from: Severity | null, to: Severity | null }> } | null } };

export type SaveCandidateMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  changes: Array<ModelChangeInput> | ModelChangeInput;
  oneOffCost: Scalars['Float']['input'];
  annualCost: Scalars['Float']['input'];
}>;


export type SaveCandidateMutation = { saveCandidate: { id: string, name: string } };

export type DeleteCandidateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCandidateMutation = { deleteCandidate: boolean };

export type RankingQueryVariables = Exact<{
  hours: Scalars['Float']['input'];
  org?: InputMaybe<Scalars['ID']['input']>;
  labels?: InputMaybe<Array<NodeLabel> | NodeLabel>;
  by?: InputMaybe<RankingOrder>;
  recovery?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type RankingQuery = { protectFirst: { totalCount: number, profile: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { rank: number, overallRank: number, score: number, availabilityHarm: number, confidentialityHarm: number, asset: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } } }> } };

export type ExplanationQueryVariables = Exact<{
  hours: Scalars['Float']['input'];
  org?: InputMaybe<Scalars['ID']['input']>;
  labels?: InputMaybe<Array<NodeLabel> | NodeLabel>;
  by?: InputMaybe<RankingOrder>;
  recovery?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExplanationQuery = { protectFirst: { edges: Array<{ node: { patientsDisruptedPerDay: number, servicesStopped: number, servicesDegraded: number, recordsExposed: number, careServices: Array<{ harm: number, consequence: Severity | null, service: { name: string, organisationName: string }, path: Array<{ name: string } | { name: string } | { name: string } | { name: string } | { name: string }>, edges: Array<{ implied: boolean }> }>, exposurePaths: Array<{ harm: number, store: { name: string, organisationName: string, sensitivity: Sensitivity, records: number }, path: Array<{ name: string } | { name: string } | { name: string } | { name: string } | { name: string }>, edges: Array<{ implied: boolean }> }> } }> } };

export type ToleranceBreachesQueryVariables = Exact<{
  org?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type ToleranceBreachesQuery = { toleranceBreachCount: number, toleranceBreachServiceCount: number, toleranceBreaches: Array<{ recoveryHours: number | null, toleranceHours: number, reason: BreachReason, service: { id: string, name: string, organisation: string, organisationName: string }, through: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }> };

export type RecoveryPlanQueryVariables = Exact<{
  lost: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  teams: Scalars['Int']['input'];
  hours: Scalars['Float']['input'];
}>;


export type RecoveryPlanQuery = { recoveryPlan: { harm: number, shortestFirstHarm: number, exact: boolean, teams: number, hours: number, steps: Array<{ start: number, end: number, node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } }>, curve: Array<{ hours: number, capability: number, harm: number, restored: Array<{ id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string }> }> } };

export type RiskAcceptancesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RiskAcceptancesQuery = { risk: { id: string, title: string, status: RiskStatus, residualRating: number, scenario: { lost: Array<string>, compromised: Array<string>, hours: number }, acceptances: Array<{ id: string, state: AcceptanceState, justification: string, expires: string, proposedBy: string, proposedAt: string, decidedBy: string | null, decidedAt: string | null, note: string | null, reason: string | null, lapsedAtGraphVersion: number | null, snapshot: { rating: number, consequence: Severity | null, harm: number, graphVersion: number, profile: string } | null }> } | null };

export type ProposeAcceptanceMutationVariables = Exact<{
  risk: Scalars['ID']['input'];
  j: Scalars['String']['input'];
  e: Scalars['String']['input'];
}>;


export type ProposeAcceptanceMutation = { proposeAcceptance: { id: string, state: AcceptanceState, expires: string } };

export type DecideAcceptanceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
}>;


export type DecideAcceptanceMutation = { decideAcceptance: { id: string, state: AcceptanceState } };

export type RevokeAcceptanceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type RevokeAcceptanceMutation = { revokeAcceptance: { id: string, state: AcceptanceState } };

export type ReviewsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewsDueQuery = { reviewsDue: Array<{ id: string, title: string, owner: string, organisation: string | null, nextReviewDate: string, overdue: boolean, acceptance: { state: AcceptanceState, expires: string } | null }> };

export type AcceptanceExpiriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AcceptanceExpiriesQuery = { risks: Array<{ id: string, title: string, owner: string, acceptance: { state: AcceptanceState, expires: string } | null }> };

export type CreateReviewFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateReviewFeedMutation = { createReviewFeed: { path: string } };

export type RevokeReviewFeedsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeReviewFeedsMutation = { revokeReviewFeeds: number };

export type RegisterQueryVariables = Exact<{
  status?: InputMaybe<RiskStatus>;
  min?: InputMaybe<Scalars['Int']['input']>;
  residual?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RegisterQuery = { risks: Array<{ id: string, title: string, owner: string, threat: Threat, likelihood: Likelihood, consequence: Severity, inherentRating: number, residualRating: number, status: RiskStatus, nextReviewDate: string, overdue: boolean, acceptance: { state: AcceptanceState, expires: string } | null, ratingMoves: Array<{ at: string, fromRating: number, toRating: number }> }>, riskHeatMap: Array<{ likelihood: Likelihood, consequence: Severity, count: number }> };

export type CreateRiskMutationVariables = Exact<{
  i: RiskInput;
}>;


export type CreateRiskMutation = { createRisk: { id: string, title: string, inherentRating: number, residualRating: number, consequence: Severity } };

export type ReviewRiskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  next: Scalars['String']['input'];
}>;


export type ReviewRiskMutation = { reviewRisk: { id: string } };

export type DeleteRiskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRiskMutation = { deleteRisk: boolean };

export type RiskDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RiskDetailQuery = { risk: { title: string, description: string, threat: Threat, likelihood: Likelihood, owner: string, organisation: string | null, treatment: Treatment, status: RiskStatus, nextReviewDate: string, computedConsequence: Severity | null, consequence: Severity, inherentRating: number, residualLikelihood: Likelihood, residualConsequence: Severity, residualRating: number, scenario: { lost: Array<string>, compromised: Array<string>, hours: number }, controls: Array<{ kind: ControlKind, name: string, levels: number | null, from: string | null, to: string | null, service: string | null, capacity: number | null, sustainableHours: number | null }>, override: { consequence: Severity, justification: string, by: string } | null } | null };

export type UpdateRiskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  i: RiskInput;
}>;


export type UpdateRiskMutation = { updateRisk: { id: string } };

export type OverrideConsequenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  c?: InputMaybe<Severity>;
  j: Scalars['String']['input'];
}>;


export type OverrideConsequenceMutation = { overrideConsequence: { id: string } };

export type RiskHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RiskHistoryQuery = { risk: { title: string, description: string, reviews: Array<{ at: string, by: string, note: string }>, ratingMoves: Array<{ at: string, fromRating: number, toRating: number, fromConsequence: string, toConsequence: string }>, override: { consequence: Severity, justification: string, by: string } | null } | null };

export type RiskEventsQueryVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type RiskEventsQuery = { auditTrail: { events: Array<{ seq: number, at: string, actor: string, action: string, summary: string }> } };

export type RiskPeopleQueryVariables = Exact<{
  lost: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  compromised: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  hours: Scalars['Float']['input'];
}>;


export type RiskPeopleQuery = { blastRadius: { patientsDisruptedPerDay: number, servicesStopped: number, servicesDegraded: number, recordsExposed: number } };

export type RiskScenarioQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RiskScenarioQuery = { risk: { id: string, harm: number, residualHarm: number, consequence: Severity, computedConsequence: Severity | null, unresolved: Array<string>, scenario: { lost: Array<string>, compromised: Array<string>, hours: number }, override: { consequence: Severity, by: string } | null } | null };

export type ScenarioNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioNodeQuery = { node: { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | null };

export type SupplierConcentrationQueryVariables = Exact<{
  hours: Scalars['Float']['input'];
}>;


export type SupplierConcentrationQuery = { supplierConcentration: Array<{ harm: number, availabilityHarm: number, confidentialityHarm: number, recordsExposed: number, consequence: Severity | null, supplier: { id: string, name: string, label: NodeLabel }, organisations: Array<{ id: string, name: string }>, careServices: Array<{ capability: number, harm: number, consequence: Severity | null, service: { id: string, name: string, organisationName: string } }>, exposedDataStores: Array<{ id: string, name: string, organisationName: string, sensitivity: Sensitivity, records: number }> }> };

export type SinglePointsOfFailureQueryVariables = Exact<{
  s: Scalars['ID']['input'];
}>;


export type SinglePointsOfFailureQuery = { singlePointsOfFailure: Array<{ organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel }> };

export type CandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CandidatesQuery = { candidates: Array<{ id: string, name: string, description: string, changes: unknown, oneOffCost: number, annualCost: number, stale: boolean, staleReason: string | null }> };

export type BestInvestmentQueryVariables = Exact<{
  budget: Scalars['Float']['input'];
  years: Scalars['Int']['input'];
}>;


export type BestInvestmentQuery = { bestInvestment: { budget: number, years: number, expectedHarmBefore: number, expectedHarmAfter: number, cost: number, exact: boolean, chosen: Array<{ candidate: { id: string } }>, candidates: Array<{ benefit: number, marginalBenefit: number, benefitPerThousandPounds: number, cost: number, candidate: { id: string, name: string, oneOffCost: number, annualCost: number }, moves: Array<{ id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string }>, risksMoved: Array<{ title: string }> }>, leftOut: Array<{ id: string, name: string, staleReason: string | null }>, peopleBefore: { patientsDisruptedPerDay: number, servicesStopped: number, recordsExposed: number } | null, peopleAfter: { patientsDisruptedPerDay: number, servicesStopped: number, recordsExposed: number } | null } };

export type NodeDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeDetailsQuery = { node: { organisation: string, severity: Severity, patientsPerDay: number, impactToleranceHours: number | null, owner: string | null, id: string, name: string, label: NodeLabel, workaround: { capacity: number, sustainableHours: number } | null } | { organisation: string, records: number, sensitivity: Sensitivity, owner: string | null, recoveryHours: number | null, id: string, name: string, label: NodeLabel } | { type: OrganisationType, region: string | null, id: string, name: string, label: NodeLabel } | { certifications: Array<string> | null, recoveryHours: number | null, id: string, name: string, label: NodeLabel } | { organisation: string, kind: SystemKind, supplier: string | null, hosting: Hosting | null, internetFacing: boolean | null, owner: string | null, recoveryHours: number | null, id: string, name: string, label: NodeLabel } | null };

export type NodeNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeNameQuery = { node: { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | { id: string, name: string } | null };

type NodeRef_CareService_Fragment = { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel };

type NodeRef_DataStore_Fragment = { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel };

type NodeRef_Organisation_Fragment = { id: string, name: string, label: NodeLabel };

type NodeRef_Supplier_Fragment = { id: string, name: string, label: NodeLabel };

type NodeRef_System_Fragment = { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel };

export type NodeRefFragment = NodeRef_CareService_Fragment | NodeRef_DataStore_Fragment | NodeRef_Organisation_Fragment | NodeRef_Supplier_Fragment | NodeRef_System_Fragment;

export type SearchNodesQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type SearchNodesQuery = { searchNodes: Array<{ organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { id: string, name: string, label: NodeLabel } | { organisation: string, organisationName: string, id: string, name: string, label: NodeLabel }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RecoveryCurvePointFragmentDoc = new TypedDocumentString(`
    fragment RecoveryCurvePoint on RecoveryPoint {
  hours
  restored {
    id
    name
  }
  capability
  harm
}
    `, {"fragmentName":"RecoveryCurvePoint"}) as unknown as TypedDocumentString<RecoveryCurvePointFragment, unknown>;
export const NodeRefFragmentDoc = new TypedDocumentString(`
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}
    `, {"fragmentName":"NodeRef"}) as unknown as TypedDocumentString<NodeRefFragment, unknown>;
export const AffectedFragmentDoc = new TypedDocumentString(`
    fragment Affected on AffectedNode {
  node {
    ...NodeRef
  }
  capability
  status
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`, {"fragmentName":"Affected"}) as unknown as TypedDocumentString<AffectedFragment, unknown>;
export const GroupFragmentDoc = new TypedDocumentString(`
    fragment Group on AffectedGroup {
  organisation
  organisationName
  region
  label
  count
  failed
}
    `, {"fragmentName":"Group"}) as unknown as TypedDocumentString<GroupFragment, unknown>;
export const StoreFragmentDoc = new TypedDocumentString(`
    fragment Store on DataStore {
  id
  name
  label
  organisation
  organisationName
  sensitivity
  records
}
    `, {"fragmentName":"Store"}) as unknown as TypedDocumentString<StoreFragment, unknown>;
export const ModelChangeFragmentDoc = new TypedDocumentString(`
    fragment ModelChange on ModelChangeResult {
  applied
  graphVersion
  changes {
    counts {
      nodesAdded
      nodesChanged
      nodesRemoved
      relationshipsAdded
      relationshipsChanged
      relationshipsRemoved
    }
    nodesAdded(first: 50) {
      id
      label
      before
      after
    }
    nodesChanged(first: 50) {
      id
      label
      before
      after
    }
    nodesRemoved(first: 50) {
      id
      label
      before
      after
    }
    relationshipsAdded(first: 50) {
      type
      from
      to
    }
    relationshipsChanged(first: 50) {
      type
      from
      to
    }
    relationshipsRemoved(first: 50) {
      type
      from
      to
    }
  }
  effect {
    rankingBefore {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    rankingAfter {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    spofChanges {
      service {
        name
      }
      added {
        name
      }
      removed {
        name
      }
    }
    riskMoves {
      title
      from
      to
    }
  }
}
    `, {"fragmentName":"ModelChange"}) as unknown as TypedDocumentString<ModelChangeFragment, unknown>;
export const TrailDocument = new TypedDocumentString(`
    query Trail($action: String, $actor: String, $target: String, $before: Int, $first: Int!) {
  auditTrail(
    newestFirst: true
    action: $action
    actor: $actor
    targetContains: $target
    beforeSeq: $before
    first: $first
  ) {
    events {
      seq
      at
      actor
      actorRole
      actorIssuer
      actorSubject
      actorToken
      actorScope
      breakGlass
      action
      target
      summary
      prevHash
      hash
    }
    nextBeforeSeq
  }
}
    `) as unknown as TypedDocumentString<TrailQuery, TrailQueryVariables>;
export const EventStatesDocument = new TypedDocumentString(`
    query EventStates($after: Int!) {
  auditTrail(afterSeq: $after, first: 1) {
    events {
      seq
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<EventStatesQuery, EventStatesQueryVariables>;
export const VerifyChainDocument = new TypedDocumentString(`
    query VerifyChain($known: ChainHeadInput) {
  verifyAuditChain(knownHead: $known) {
    ok
    events
    firstBroken {
      seq
      reason
    }
    head {
      seq
      hash
    }
    containsKnownHead
  }
}
    `) as unknown as TypedDocumentString<VerifyChainQuery, VerifyChainQueryVariables>;
export const AsAtDocument = new TypedDocumentString(`
    query AsAt($t: DateTime!) {
  protectFirst(asOf: $t, first: 20) {
    totalCount
    edges {
      node {
        rank
        score
        asset {
          ...NodeRef
        }
      }
    }
  }
  risks(asOf: $t, first: 1000) {
    id
    title
    owner
    status
    inherentRating
    residualRating
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<AsAtQuery, AsAtQueryVariables>;
export const ChangesBetweenDocument = new TypedDocumentString(`
    query ChangesBetween($from: DateTime!, $to: DateTime) {
  changesBetween(from: $from, to: $to) {
    from
    to
    events {
      seq
      at
      actor
      action
      summary
    }
    nodesAdded
    nodesRemoved
    nodesChanged
    dependenciesAdded
    dependenciesRemoved
    dependenciesChanged
    rankMoves(first: 20) {
      asset
      name
      organisationName
      fromRank
      toRank
    }
    riskChanges {
      id
      title
      fromRating
      toRating
      fromResidualRating
      toResidualRating
    }
  }
}
    `) as unknown as TypedDocumentString<ChangesBetweenQuery, ChangesBetweenQueryVariables>;
export const SavedQueriesDocument = new TypedDocumentString(`
    query SavedQueries {
  savedQueries {
    id
    name
    description
    document
    author
    createdAt
  }
}
    `) as unknown as TypedDocumentString<SavedQueriesQuery, SavedQueriesQueryVariables>;
export const RunSavedQueryDocument = new TypedDocumentString(`
    query RunSavedQuery($id: ID!) {
  runSavedQuery(id: $id)
}
    `) as unknown as TypedDocumentString<RunSavedQueryQuery, RunSavedQueryQueryVariables>;
export const SaveQueryDocument = new TypedDocumentString(`
    mutation SaveQuery($name: String!, $description: String, $document: String!) {
  saveQuery(name: $name, description: $description, document: $document) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveQueryMutation, SaveQueryMutationVariables>;
export const AuditTargetNodeDocument = new TypedDocumentString(`
    query AuditTargetNode($id: ID!) {
  node(id: $id) {
    ...NodeRef
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<AuditTargetNodeQuery, AuditTargetNodeQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    name
    role
    organisations
    permissions
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const BlastRadiusDocument = new TypedDocumentString(`
    query BlastRadius($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $curve: [Float!], $affectedFirst: Int!, $groupFirst: Int!, $serviceFirst: Int!, $exposedFirst: Int!) {
  blastRadius(
    lost: $lost
    compromised: $compromised
    hours: $hours
    recovery: $recovery
  ) {
    hours
    affectedCount
    careServiceCount
    exposedCount
    affected(first: $affectedFirst, complete: true) {
      ...Affected
    }
    affectedGroups(first: $groupFirst, complete: true) {
      ...Group
    }
    regionGroups: affectedGroups(by: REGION) {
      ...Group
    }
    careServices(first: $serviceFirst) {
      service {
        id
        name
        label
        organisation
        organisationName
        severity
        impactToleranceHours
      }
      capability
      status
      harm
      consequence
      evidence {
        ...Affected
      }
      recoveredAt
      edges {
        implied
      }
    }
    exposedDataStores(first: $exposedFirst) {
      id
      name
      label
    }
    exposurePaths(first: $exposedFirst) {
      store {
        ...Store
      }
      path {
        ...NodeRef
      }
      viaAccess
      harm
    }
    availabilityHarm
    confidentialityHarm
    totalHarm
    consequence
    profile
    patientsDisruptedPerDay
    servicesStopped
    servicesDegraded
    recordsExposed
    impactOverTime(hours: $curve) {
      hours
      harm
      consequence
    }
    recovery {
      ...RecoveryCurvePoint
    }
  }
}
    fragment RecoveryCurvePoint on RecoveryPoint {
  hours
  restored {
    id
    name
  }
  capability
  harm
}
fragment Affected on AffectedNode {
  node {
    ...NodeRef
  }
  capability
  status
}
fragment Group on AffectedGroup {
  organisation
  organisationName
  region
  label
  count
  failed
}
fragment Store on DataStore {
  id
  name
  label
  organisation
  organisationName
  sensitivity
  records
}
fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<BlastRadiusQuery, BlastRadiusQueryVariables>;
export const GroupMembersDocument = new TypedDocumentString(`
    query GroupMembers($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $labels: [NodeLabel!], $org: ID, $region: String, $first: Int!) {
  blastRadius(
    lost: $lost
    compromised: $compromised
    hours: $hours
    recovery: $recovery
  ) {
    affected(first: $first, labels: $labels, organisation: $org, region: $region) {
      ...Affected
    }
  }
}
    fragment Affected on AffectedNode {
  node {
    ...NodeRef
  }
  capability
  status
}
fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<GroupMembersQuery, GroupMembersQueryVariables>;
export const RegionGroupsDocument = new TypedDocumentString(`
    query RegionGroups($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $region: String!, $labels: [NodeLabel!], $first: Int!) {
  blastRadius(
    lost: $lost
    compromised: $compromised
    hours: $hours
    recovery: $recovery
  ) {
    affectedGroups(region: $region, labels: $labels, first: $first) {
      ...Group
    }
  }
}
    fragment Group on AffectedGroup {
  organisation
  organisationName
  region
  label
  count
  failed
}`) as unknown as TypedDocumentString<RegionGroupsQuery, RegionGroupsQueryVariables>;
export const AllServicesDocument = new TypedDocumentString(`
    query AllServices($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {
  blastRadius(
    lost: $lost
    compromised: $compromised
    hours: $hours
    recovery: $recovery
  ) {
    careServices {
      service {
        id
        name
        label
        organisation
        organisationName
      }
      capability
      status
      harm
      consequence
      recoveredAt
      evidence {
        node {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllServicesQuery, AllServicesQueryVariables>;
export const AllExposedDocument = new TypedDocumentString(`
    query AllExposed($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {
  blastRadius(
    lost: $lost
    compromised: $compromised
    hours: $hours
    recovery: $recovery
  ) {
    exposurePaths {
      store {
        ...Store
      }
      path {
        id
        name
      }
      viaAccess
      harm
    }
  }
}
    fragment Store on DataStore {
  id
  name
  label
  organisation
  organisationName
  sensitivity
  records
}`) as unknown as TypedDocumentString<AllExposedQuery, AllExposedQueryVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID!) {
  node(id: $id) {
    ...NodeRef
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const ChosenNodeDocument = new TypedDocumentString(`
    query ChosenNode($id: ID!) {
  node(id: $id) {
    ...NodeRef
    ... on CareService {
      severity
      patientsPerDay
      impactToleranceHours
      owner
    }
    ... on System {
      kind
      supplier
      hosting
      internetFacing
      owner
    }
    ... on DataStore {
      sensitivity
      records
      owner
    }
    neighbours(first: 60) {
      relationship
      direction
      effect
      capacity
      group
      share
      node {
        ...NodeRef
      }
    }
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<ChosenNodeQuery, ChosenNodeQueryVariables>;
export const SearchModelDocument = new TypedDocumentString(`
    query SearchModel($text: String!) {
  searchNodes(text: $text, first: 20) {
    id
    name
    label
    ... on CareService {
      organisationName
    }
    ... on System {
      organisationName
    }
    ... on DataStore {
      organisationName
    }
  }
}
    `) as unknown as TypedDocumentString<SearchModelQuery, SearchModelQueryVariables>;
export const ImportModelDocument = new TypedDocumentString(`
    mutation ImportModel($f: [ImportFileInput!]!, $mode: ModelImportMode, $org: ID, $preview: Boolean) {
  importModel(files: $f, mode: $mode, organisation: $org, preview: $preview) {
    ...ModelChange
  }
}
    fragment ModelChange on ModelChangeResult {
  applied
  graphVersion
  changes {
    counts {
      nodesAdded
      nodesChanged
      nodesRemoved
      relationshipsAdded
      relationshipsChanged
      relationshipsRemoved
    }
    nodesAdded(first: 50) {
      id
      label
      before
      after
    }
    nodesChanged(first: 50) {
      id
      label
      before
      after
    }
    nodesRemoved(first: 50) {
      id
      label
      before
      after
    }
    relationshipsAdded(first: 50) {
      type
      from
      to
    }
    relationshipsChanged(first: 50) {
      type
      from
      to
    }
    relationshipsRemoved(first: 50) {
      type
      from
      to
    }
  }
  effect {
    rankingBefore {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    rankingAfter {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    spofChanges {
      service {
        name
      }
      added {
        name
      }
      removed {
        name
      }
    }
    riskMoves {
      title
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<ImportModelMutation, ImportModelMutationVariables>;
export const ApplyCandidateDocument = new TypedDocumentString(`
    mutation ApplyCandidate($c: [ModelChangeInput!]!, $preview: Boolean) {
  applyModelChanges(changes: $c, preview: $preview) {
    ...ModelChange
  }
}
    fragment ModelChange on ModelChangeResult {
  applied
  graphVersion
  changes {
    counts {
      nodesAdded
      nodesChanged
      nodesRemoved
      relationshipsAdded
      relationshipsChanged
      relationshipsRemoved
    }
    nodesAdded(first: 50) {
      id
      label
      before
      after
    }
    nodesChanged(first: 50) {
      id
      label
      before
      after
    }
    nodesRemoved(first: 50) {
      id
      label
      before
      after
    }
    relationshipsAdded(first: 50) {
      type
      from
      to
    }
    relationshipsChanged(first: 50) {
      type
      from
      to
    }
    relationshipsRemoved(first: 50) {
      type
      from
      to
    }
  }
  effect {
    rankingBefore {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    rankingAfter {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    spofChanges {
      service {
        name
      }
      added {
        name
      }
      removed {
        name
      }
    }
    riskMoves {
      title
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<ApplyCandidateMutation, ApplyCandidateMutationVariables>;
export const DataQualityDocument = new TypedDocumentString(`
    query DataQuality($org: ID) {
  dataQuality(organisation: $org, first: 25) {
    findings {
      issue
      count
      nodes {
        ...NodeRef
      }
    }
    shortGroups {
      node
      group
      shares
    }
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<DataQualityQuery, DataQualityQueryVariables>;
export const DependenciesDocument = new TypedDocumentString(`
    query Dependencies($id: ID!) {
  node(id: $id) {
    id
    name
    label
    out: neighbours(direction: OUTGOING, first: 1000) {
      relationship
      effect
      capacity
      group
      share
      node {
        ...NodeRef
      }
    }
    in: neighbours(direction: INCOMING, first: 1000) {
      relationship
      effect
      capacity
      group
      share
      node {
        ...NodeRef
      }
    }
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<DependenciesQuery, DependenciesQueryVariables>;
export const PickOrganisationsDocument = new TypedDocumentString(`
    query PickOrganisations {
  nodes(label: Organisation, first: 500) {
    edges {
      node {
        id
        name
        ... on Organisation {
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickOrganisationsQuery, PickOrganisationsQueryVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations {
  nodes(label: Organisation, first: 500) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const BrowseDocument = new TypedDocumentString(`
    query Browse($org: ID, $label: NodeLabel, $kind: SystemKind, $after: String, $first: Int!) {
  nodes(
    organisation: $org
    label: $label
    kind: $kind
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        label
        ... on System {
          kind
          organisationName
        }
        ... on CareService {
          organisationName
        }
        ... on DataStore {
          organisationName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BrowseQuery, BrowseQueryVariables>;
export const SetDependencyDocument = new TypedDocumentString(`
    mutation SetDependency($d: DependencyInput!, $preview: Boolean) {
  setDependency(dependency: $d, preview: $preview) {
    ...ModelChange
  }
}
    fragment ModelChange on ModelChangeResult {
  applied
  graphVersion
  changes {
    counts {
      nodesAdded
      nodesChanged
      nodesRemoved
      relationshipsAdded
      relationshipsChanged
      relationshipsRemoved
    }
    nodesAdded(first: 50) {
      id
      label
      before
      after
    }
    nodesChanged(first: 50) {
      id
      label
      before
      after
    }
    nodesRemoved(first: 50) {
      id
      label
      before
      after
    }
    relationshipsAdded(first: 50) {
      type
      from
      to
    }
    relationshipsChanged(first: 50) {
      type
      from
      to
    }
    relationshipsRemoved(first: 50) {
      type
      from
      to
    }
  }
  effect {
    rankingBefore {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    rankingAfter {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    spofChanges {
      service {
        name
      }
      added {
        name
      }
      removed {
        name
      }
    }
    riskMoves {
      title
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<SetDependencyMutation, SetDependencyMutationVariables>;
export const RemoveDependencyDocument = new TypedDocumentString(`
    mutation RemoveDependency($from: ID!, $to: ID!, $preview: Boolean) {
  removeDependency(from: $from, to: $to, preview: $preview) {
    ...ModelChange
  }
}
    fragment ModelChange on ModelChangeResult {
  applied
  graphVersion
  changes {
    counts {
      nodesAdded
      nodesChanged
      nodesRemoved
      relationshipsAdded
      relationshipsChanged
      relationshipsRemoved
    }
    nodesAdded(first: 50) {
      id
      label
      before
      after
    }
    nodesChanged(first: 50) {
      id
      label
      before
      after
    }
    nodesRemoved(first: 50) {
      id
      label
      before
      after
    }
    relationshipsAdded(first: 50) {
      type
      from
      to
    }
    relationshipsChanged(first: 50) {
      type
      from
      to
    }
    relationshipsRemoved(first: 50) {
      type
      from
      to
    }
  }
  effect {
    rankingBefore {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    rankingAfter {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    spofChanges {
      service {
        name
      }
      added {
        name
      }
      removed {
        name
      }
    }
    riskMoves {
      title
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<RemoveDependencyMutation, RemoveDependencyMutationVariables>;
export const ApplyModelChangesDocument = new TypedDocumentString(`
    mutation ApplyModelChanges($c: [ModelChangeInput!]!, $preview: Boolean) {
  applyModelChanges(changes: $c, preview: $preview) {
    ...ModelChange
  }
}
    fragment ModelChange on ModelChangeResult {
  applied
  graphVersion
  changes {
    counts {
      nodesAdded
      nodesChanged
      nodesRemoved
      relationshipsAdded
      relationshipsChanged
      relationshipsRemoved
    }
    nodesAdded(first: 50) {
      id
      label
      before
      after
    }
    nodesChanged(first: 50) {
      id
      label
      before
      after
    }
    nodesRemoved(first: 50) {
      id
      label
      before
      after
    }
    relationshipsAdded(first: 50) {
      type
      from
      to
    }
    relationshipsChanged(first: 50) {
      type
      from
      to
    }
    relationshipsRemoved(first: 50) {
      type
      from
      to
    }
  }
  effect {
    rankingBefore {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    rankingAfter {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    spofChanges {
      service {
        name
      }
      added {
        name
      }
      removed {
        name
      }
    }
    riskMoves {
      title
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<ApplyModelChangesMutation, ApplyModelChangesMutationVariables>;
export const CreateNodeDocument = new TypedDocumentString(`
    mutation CreateNode($node: NodeInput!, $preview: Boolean) {
  createNode(node: $node, preview: $preview) {
    ...ModelChange
  }
}
    fragment ModelChange on ModelChangeResult {
  applied
  graphVersion
  changes {
    counts {
      nodesAdded
      nodesChanged
      nodesRemoved
      relationshipsAdded
      relationshipsChanged
      relationshipsRemoved
    }
    nodesAdded(first: 50) {
      id
      label
      before
      after
    }
    nodesChanged(first: 50) {
      id
      label
      before
      after
    }
    nodesRemoved(first: 50) {
      id
      label
      before
      after
    }
    relationshipsAdded(first: 50) {
      type
      from
      to
    }
    relationshipsChanged(first: 50) {
      type
      from
      to
    }
    relationshipsRemoved(first: 50) {
      type
      from
      to
    }
  }
  effect {
    rankingBefore {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    rankingAfter {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    spofChanges {
      service {
        name
      }
      added {
        name
      }
      removed {
        name
      }
    }
    riskMoves {
      title
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<CreateNodeMutation, CreateNodeMutationVariables>;
export const UpdateNodeDocument = new TypedDocumentString(`
    mutation UpdateNode($node: NodeInput!, $preview: Boolean) {
  updateNode(node: $node, preview: $preview) {
    ...ModelChange
  }
}
    fragment ModelChange on ModelChangeResult {
  applied
  graphVersion
  changes {
    counts {
      nodesAdded
      nodesChanged
      nodesRemoved
      relationshipsAdded
      relationshipsChanged
      relationshipsRemoved
    }
    nodesAdded(first: 50) {
      id
      label
      before
      after
    }
    nodesChanged(first: 50) {
      id
      label
      before
      after
    }
    nodesRemoved(first: 50) {
      id
      label
      before
      after
    }
    relationshipsAdded(first: 50) {
      type
      from
      to
    }
    relationshipsChanged(first: 50) {
      type
      from
      to
    }
    relationshipsRemoved(first: 50) {
      type
      from
      to
    }
  }
  effect {
    rankingBefore {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    rankingAfter {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    spofChanges {
      service {
        name
      }
      added {
        name
      }
      removed {
        name
      }
    }
    riskMoves {
      title
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<UpdateNodeMutation, UpdateNodeMutationVariables>;
export const DeleteNodeDocument = new TypedDocumentString(`
    mutation DeleteNode($id: ID!, $cascade: Boolean, $preview: Boolean) {
  deleteNode(id: $id, cascade: $cascade, preview: $preview) {
    ...ModelChange
  }
}
    fragment ModelChange on ModelChangeResult {
  applied
  graphVersion
  changes {
    counts {
      nodesAdded
      nodesChanged
      nodesRemoved
      relationshipsAdded
      relationshipsChanged
      relationshipsRemoved
    }
    nodesAdded(first: 50) {
      id
      label
      before
      after
    }
    nodesChanged(first: 50) {
      id
      label
      before
      after
    }
    nodesRemoved(first: 50) {
      id
      label
      before
      after
    }
    relationshipsAdded(first: 50) {
      type
      from
      to
    }
    relationshipsChanged(first: 50) {
      type
      from
      to
    }
    relationshipsRemoved(first: 50) {
      type
      from
      to
    }
  }
  effect {
    rankingBefore {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    rankingAfter {
      rank
      score
      asset {
        id
        name
        label
        organisationName
      }
    }
    spofChanges {
      service {
        name
      }
      added {
        name
      }
      removed {
        name
      }
    }
    riskMoves {
      title
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<DeleteNodeMutation, DeleteNodeMutationVariables>;
export const SaveCandidateDocument = new TypedDocumentString(`
    mutation SaveCandidate($id: ID, $name: String!, $description: String, $changes: [ModelChangeInput!]!, $oneOffCost: Float!, $annualCost: Float!) {
  saveCandidate(
    id: $id
    name: $name
    description: $description
    changes: $changes
    oneOffCost: $oneOffCost
    annualCost: $annualCost
  ) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SaveCandidateMutation, SaveCandidateMutationVariables>;
export const DeleteCandidateDocument = new TypedDocumentString(`
    mutation DeleteCandidate($id: ID!) {
  deleteCandidate(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCandidateMutation, DeleteCandidateMutationVariables>;
export const RankingDocument = new TypedDocumentString(`
    query Ranking($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String, $first: Int!) {
  protectFirst(
    hours: $hours
    first: $first
    organisation: $org
    labels: $labels
    by: $by
    recovery: $recovery
    after: $after
  ) {
    totalCount
    profile
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        rank
        overallRank
        score
        availabilityHarm
        confidentialityHarm
        asset {
          ...NodeRef
        }
      }
    }
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<RankingQuery, RankingQueryVariables>;
export const ExplanationDocument = new TypedDocumentString(`
    query Explanation($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {
  protectFirst(
    hours: $hours
    first: 1
    organisation: $org
    labels: $labels
    by: $by
    recovery: $recovery
    after: $after
  ) {
    edges {
      node {
        patientsDisruptedPerDay
        servicesStopped
        servicesDegraded
        recordsExposed
        careServices {
          service {
            name
            organisationName
          }
          harm
          consequence
          path {
            name
          }
          edges {
            implied
          }
        }
        exposurePaths {
          store {
            name
            organisationName
            sensitivity
            records
          }
          path {
            name
          }
          edges {
            implied
          }
          harm
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplanationQuery, ExplanationQueryVariables>;
export const ToleranceBreachesDocument = new TypedDocumentString(`
    query ToleranceBreaches($org: ID, $first: Int!, $offset: Int!) {
  toleranceBreaches(organisation: $org, first: $first, offset: $offset) {
    service {
      id
      name
      organisation
      organisationName
    }
    through {
      ...NodeRef
    }
    recoveryHours
    toleranceHours
    reason
  }
  toleranceBreachCount(organisation: $org)
  toleranceBreachServiceCount(organisation: $org)
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<ToleranceBreachesQuery, ToleranceBreachesQueryVariables>;
export const RecoveryPlanDocument = new TypedDocumentString(`
    query RecoveryPlan($lost: [ID!]!, $teams: Int!, $hours: Float!) {
  recoveryPlan(lost: $lost, teams: $teams, hours: $hours) {
    steps {
      node {
        ...NodeRef
      }
      start
      end
    }
    harm
    shortestFirstHarm
    exact
    teams
    hours
    curve {
      ...RecoveryCurvePoint
    }
  }
}
    fragment RecoveryCurvePoint on RecoveryPoint {
  hours
  restored {
    id
    name
  }
  capability
  harm
}
fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<RecoveryPlanQuery, RecoveryPlanQueryVariables>;
export const RiskAcceptancesDocument = new TypedDocumentString(`
    query RiskAcceptances($id: ID!) {
  risk(id: $id) {
    id
    title
    status
    residualRating
    scenario {
      lost
      compromised
      hours
    }
    acceptances {
      id
      state
      justification
      expires
      proposedBy
      proposedAt
      decidedBy
      decidedAt
      note
      reason
      lapsedAtGraphVersion
      snapshot {
        rating
        consequence
        harm
        graphVersion
        profile
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RiskAcceptancesQuery, RiskAcceptancesQueryVariables>;
export const ProposeAcceptanceDocument = new TypedDocumentString(`
    mutation ProposeAcceptance($risk: ID!, $j: String!, $e: String!) {
  proposeAcceptance(risk: $risk, justification: $j, expires: $e) {
    id
    state
    expires
  }
}
    `) as unknown as TypedDocumentString<ProposeAcceptanceMutation, ProposeAcceptanceMutationVariables>;
export const DecideAcceptanceDocument = new TypedDocumentString(`
    mutation DecideAcceptance($id: ID!, $accept: Boolean!, $note: String!) {
  decideAcceptance(id: $id, accept: $accept, note: $note) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<DecideAcceptanceMutation, DecideAcceptanceMutationVariables>;
export const RevokeAcceptanceDocument = new TypedDocumentString(`
    mutation RevokeAcceptance($id: ID!, $note: String!) {
  revokeAcceptance(id: $id, note: $note) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RevokeAcceptanceMutation, RevokeAcceptanceMutationVariables>;
export const ReviewsDueDocument = new TypedDocumentString(`
    query ReviewsDue {
  reviewsDue(within: 14) {
    id
    title
    owner
    organisation
    nextReviewDate
    overdue
    acceptance {
      state
      expires
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsDueQuery, ReviewsDueQueryVariables>;
export const AcceptanceExpiriesDocument = new TypedDocumentString(`
    query AcceptanceExpiries {
  risks(status: OPEN, first: 1000) {
    id
    title
    owner
    acceptance {
      state
      expires
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptanceExpiriesQuery, AcceptanceExpiriesQueryVariables>;
export const CreateReviewFeedDocument = new TypedDocumentString(`
    mutation CreateReviewFeed {
  createReviewFeed {
    path
  }
}
    `) as unknown as TypedDocumentString<CreateReviewFeedMutation, CreateReviewFeedMutationVariables>;
export const RevokeReviewFeedsDocument = new TypedDocumentString(`
    mutation RevokeReviewFeeds {
  revokeReviewFeeds
}
    `) as unknown as TypedDocumentString<RevokeReviewFeedsMutation, RevokeReviewFeedsMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    query Register($status: RiskStatus, $min: Int, $residual: Boolean) {
  risks(status: $status, minRating: $min, first: 1000) {
    id
    title
    owner
    threat
    likelihood
    consequence
    inherentRating
    residualRating
    status
    nextReviewDate
    overdue
    acceptance {
      state
      expires
    }
    ratingMoves {
      at
      fromRating
      toRating
    }
  }
  riskHeatMap(residual: $residual) {
    likelihood
    consequence
    count
  }
}
    `) as unknown as TypedDocumentString<RegisterQuery, RegisterQueryVariables>;
export const CreateRiskDocument = new TypedDocumentString(`
    mutation CreateRisk($i: RiskInput!) {
  createRisk(input: $i) {
    id
    title
    inherentRating
    residualRating
    consequence
  }
}
    `) as unknown as TypedDocumentString<CreateRiskMutation, CreateRiskMutationVariables>;
export const ReviewRiskDocument = new TypedDocumentString(`
    mutation ReviewRisk($id: ID!, $note: String!, $next: String!) {
  reviewRisk(id: $id, note: $note, nextReviewDate: $next) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewRiskMutation, ReviewRiskMutationVariables>;
export const DeleteRiskDocument = new TypedDocumentString(`
    mutation DeleteRisk($id: ID!) {
  deleteRisk(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRiskMutation, DeleteRiskMutationVariables>;
export const RiskDetailDocument = new TypedDocumentString(`
    query RiskDetail($id: ID!) {
  risk(id: $id) {
    title
    description
    threat
    scenario {
      lost
      compromised
      hours
    }
    likelihood
    owner
    organisation
    treatment
    controls {
      kind
      name
      levels
      from
      to
      service
      capacity
      sustainableHours
    }
    status
    nextReviewDate
    computedConsequence
    consequence
    override {
      consequence
      justification
      by
    }
    inherentRating
    residualLikelihood
    residualConsequence
    residualRating
  }
}
    `) as unknown as TypedDocumentString<RiskDetailQuery, RiskDetailQueryVariables>;
export const UpdateRiskDocument = new TypedDocumentString(`
    mutation UpdateRisk($id: ID!, $i: RiskInput!) {
  updateRisk(id: $id, input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateRiskMutation, UpdateRiskMutationVariables>;
export const OverrideConsequenceDocument = new TypedDocumentString(`
    mutation OverrideConsequence($id: ID!, $c: Severity, $j: String!) {
  overrideConsequence(id: $id, consequence: $c, justification: $j) {
    id
  }
}
    `) as unknown as TypedDocumentString<OverrideConsequenceMutation, OverrideConsequenceMutationVariables>;
export const RiskHistoryDocument = new TypedDocumentString(`
    query RiskHistory($id: ID!) {
  risk(id: $id) {
    title
    description
    reviews {
      at
      by
      note
    }
    ratingMoves {
      at
      fromRating
      toRating
      fromConsequence
      toConsequence
    }
    override {
      consequence
      justification
      by
    }
  }
}
    `) as unknown as TypedDocumentString<RiskHistoryQuery, RiskHistoryQueryVariables>;
export const RiskEventsDocument = new TypedDocumentString(`
    query RiskEvents($id: String!) {
  auditTrail(target: $id, first: 200) {
    events {
      seq
      at
      actor
      action
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<RiskEventsQuery, RiskEventsQueryVariables>;
export const RiskPeopleDocument = new TypedDocumentString(`
    query RiskPeople($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!) {
  blastRadius(lost: $lost, compromised: $compromised, hours: $hours) {
    patientsDisruptedPerDay
    servicesStopped
    servicesDegraded
    recordsExposed
  }
}
    `) as unknown as TypedDocumentString<RiskPeopleQuery, RiskPeopleQueryVariables>;
export const RiskScenarioDocument = new TypedDocumentString(`
    query RiskScenario($id: ID!) {
  risk(id: $id) {
    id
    scenario {
      lost
      compromised
      hours
    }
    harm
    residualHarm
    consequence
    computedConsequence
    unresolved
    override {
      consequence
      by
    }
  }
}
    `) as unknown as TypedDocumentString<RiskScenarioQuery, RiskScenarioQueryVariables>;
export const ScenarioNodeDocument = new TypedDocumentString(`
    query ScenarioNode($id: ID!) {
  node(id: $id) {
    ...NodeRef
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<ScenarioNodeQuery, ScenarioNodeQueryVariables>;
export const SupplierConcentrationDocument = new TypedDocumentString(`
    query SupplierConcentration($hours: Float!) {
  supplierConcentration(hours: $hours, first: 1000) {
    supplier {
      ...NodeRef
    }
    harm
    availabilityHarm
    confidentialityHarm
    recordsExposed
    consequence
    organisations {
      id
      name
    }
    careServices {
      service {
        id
        name
        organisationName
      }
      capability
      harm
      consequence
    }
    exposedDataStores(first: 20) {
      id
      name
      organisationName
      sensitivity
      records
    }
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<SupplierConcentrationQuery, SupplierConcentrationQueryVariables>;
export const SinglePointsOfFailureDocument = new TypedDocumentString(`
    query SinglePointsOfFailure($s: ID!) {
  singlePointsOfFailure(service: $s) {
    ...NodeRef
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<SinglePointsOfFailureQuery, SinglePointsOfFailureQueryVariables>;
export const CandidatesDocument = new TypedDocumentString(`
    query Candidates {
  candidates {
    id
    name
    description
    changes
    oneOffCost
    annualCost
    stale
    staleReason
  }
}
    `) as unknown as TypedDocumentString<CandidatesQuery, CandidatesQueryVariables>;
export const BestInvestmentDocument = new TypedDocumentString(`
    query BestInvestment($budget: Float!, $years: Int!) {
  bestInvestment(budget: $budget, years: $years) {
    budget
    years
    expectedHarmBefore
    expectedHarmAfter
    cost
    exact
    chosen {
      candidate {
        id
      }
    }
    candidates {
      candidate {
        id
        name
        oneOffCost
        annualCost
      }
      benefit
      marginalBenefit
      benefitPerThousandPounds
      cost
      moves {
        id
        name
      }
      risksMoved {
        title
      }
    }
    leftOut {
      id
      name
      staleReason
    }
    peopleBefore {
      patientsDisruptedPerDay
      servicesStopped
      recordsExposed
    }
    peopleAfter {
      patientsDisruptedPerDay
      servicesStopped
      recordsExposed
    }
  }
}
    `) as unknown as TypedDocumentString<BestInvestmentQuery, BestInvestmentQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!) {
  node(id: $id) {
    id
    name
    label
    ... on Organisation {
      type
      region
    }
    ... on CareService {
      organisation
      severity
      patientsPerDay
      impactToleranceHours
      workaround {
        capacity
        sustainableHours
      }
      owner
    }
    ... on System {
      organisation
      kind
      supplier
      hosting
      internetFacing
      owner
      recoveryHours
    }
    ... on DataStore {
      organisation
      records
      sensitivity
      owner
      recoveryHours
    }
    ... on Supplier {
      certifications
      recoveryHours
    }
  }
}
    `) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NodeNameDocument = new TypedDocumentString(`
    query NodeName($id: ID!) {
  node(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<NodeNameQuery, NodeNameQueryVariables>;
export const SearchNodesDocument = new TypedDocumentString(`
    query SearchNodes($text: String!) {
  searchNodes(text: $text, first: 10) {
    ...NodeRef
  }
}
    fragment NodeRef on Node {
  id
  name
  label
  ... on System {
    organisation
    organisationName
  }
  ... on DataStore {
    organisation
    organisationName
  }
  ... on CareService {
    organisation
    organisationName
  }
}`) as unknown as TypedDocumentString<SearchNodesQuery, SearchNodesQueryVariables>;