import type { Permission } from "./roles.js";

/** What a field or route needs: one permission, all of several, or any one of several. */
export type Requirement = Permission | { allOf: readonly Permission[] } | { anyOf: readonly Permission[] };

/**
 * The whole interchange document at once, and saved queries, are for those who keep or audit
 * the model; the board reads the pages made from it (today's behaviour, kept).
 */
const KEEPS_OR_AUDITS: Requirement = { anyOf: ["graph:write", "audit:read"] };

/**
 * The permission every root field needs, checked before its resolver runs (auth/guard.ts). A
 * field missing here stops the server from starting, and a unit test walks the schema for it.
 * Organisation scope is checked beside the data it is about (base/scope.ts).
 */
export const FIELD_PERMISSIONS = {
  "Query.me": "graph:read",
  "Query.node": "graph:read",
  "Query.searchNodes": "graph:read",
  "Query.nodes": "graph:read",
  "Query.graphSummary": "graph:read",
  "Query.dataQuality": "graph:read",
  "Query.exportGraph": KEEPS_OR_AUDITS,
  "Query.blastRadius": "graph:read",
  "Query.protectFirst": "graph:read",
  "Query.toleranceBreaches": "graph:read",
  "Query.toleranceBreachCount": "graph:read",
  "Query.toleranceBreachServiceCount": "graph:read",
  "Query.recoveryPlan": "graph:read",
  "Query.singlePointsOfFailure": "graph:read",
  "Query.supplierConcentration": "graph:read",
  "Query.riskRating": "register:read",
  "Query.risks": "register:read",
  "Query.risk": "register:read",
  "Query.riskHeatMap": "register:read",
  "Query.topRisks": "register:read",
  "Query.reviewsDue": "register:read",
  "Query.changesBetween": "audit:read",
  "Query.auditTrail": "audit:read",
  "Query.verifyAuditChain": "audit:read",
  "Query.savedQueries": "graph:read",
  "Query.signInFailures": "tokens:admin",
  "Query.runSavedQuery": "graph:read",
  "Mutation.importGraph": "graph:write",
  "Mutation.applyModelChanges": "graph:write",
  "Mutation.createNode": "graph:write",
  "Mutation.updateNode": "graph:write",
  "Mutation.deleteNode": "graph:write",
  "Mutation.setDependency": "graph:write",
  "Mutation.removeDependency": "graph:write",
  "Mutation.setAccess": "graph:write",
  "Mutation.removeAccess": "graph:write",
  "Mutation.setAdministers": "graph:write",
  "Mutation.removeAdministers": "graph:write",
  "Mutation.importModel": "graph:write",
  "Mutation.createRisk": "register:write",
  "Mutation.updateRisk": "register:write",
  "Mutation.reviewRisk": "register:write",
  "Mutation.overrideConsequence": "register:write",
  "Mutation.deleteRisk": "register:write",
  "Mutation.proposeAcceptance": "register:write",
  "Mutation.decideAcceptance": "risk:accept",
  "Mutation.revokeAcceptance": "risk:accept",
  // A calendar of the register's dates: for anyone who reads the register.
  "Mutation.createReviewFeed": "register:read",
  "Mutation.revokeReviewFeeds": "register:read",
  "Mutation.saveQuery": KEEPS_OR_AUDITS,
  // Candidates are proposed changes to the graph: read by all, written by those who may write it.
  "Query.candidates": "graph:read",
  // The register's risks are read within scope; an estate without one needs only the graph.
  "Query.bestInvestment": "graph:read",
  "Mutation.saveCandidate": "graph:write",
  "Mutation.deleteCandidate": "graph:write",
} as const satisfies Record<string, Requirement>;

/** The same for the HTTP routes outside GraphQL, by path. */
export const ROUTE_PERMISSIONS = {
  "/import": "graph:write",
  "/exports/register.xlsx": "register:read",
  "/exports/register.csv": "register:read",
  "/exports/essential-functions.xlsx": "graph:read",
  // The DSPT evidence pack names the register's risks beside the assets: it reads both.
  "/exports/dspt-evidence.xlsx": { allOf: ["graph:read", "register:read"] },
  "/exports/dspt-evidence.pdf": { allOf: ["graph:read", "register:read"] },
  "/report.json": { allOf: ["graph:read", "register:read"] },
  "/report.pdf": { allOf: ["graph:read", "register:read"] },
  // The server's memory by thread: sizes only, for whoever administers the server.
  "/admin/memory": "tokens:admin",
} as const satisfies Record<string, Requirement>;

export type Route = keyof typeof ROUTE_PERMISSIONS;
