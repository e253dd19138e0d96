/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment RecoveryCurvePoint on RecoveryPoint { hours restored { id name } capability harm }": typeof types.RecoveryCurvePointFragmentDoc,
    "query Me { me { name role } }": typeof types.MeDocument,
    "\n  query Ranking($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String, $first: Int!) {\n    protectFirst(hours: $hours, first: $first, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) {\n      totalCount profile pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank overallRank score availabilityHarm confidentialityHarm asset { ...NodeRef } } }\n    }\n  }\n": typeof types.RankingDocument,
    "\n  query Explanation($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {\n    protectFirst(hours: $hours, first: 1, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) { edges { node {\n      careServices { service { name organisationName } harm consequence path { name } }\n      exposurePaths { store { name organisationName sensitivity records } path { name } harm }\n    } } }\n  }\n": typeof types.ExplanationDocument,
    "\n  query ToleranceBreaches($org: ID, $first: Int!) {\n    toleranceBreaches(organisation: $org, first: $first) {\n      service { id name organisation organisationName } through { id name label } recoveryHours toleranceHours reason\n    }\n    toleranceBreachCount(organisation: $org)\n  }\n": typeof types.ToleranceBreachesDocument,
    "\n  query RecoveryPlan($lost: [ID!]!, $teams: Int!, $hours: Float!) {\n    recoveryPlan(lost: $lost, teams: $teams, hours: $hours) {\n      steps { node { id name label } start end } harm shortestFirstHarm exact teams hours\n      curve { ...RecoveryCurvePoint }\n    }\n  }\n": typeof types.RecoveryPlanDocument,
    "\n  query Register($status: RiskStatus, $min: Int, $residual: Boolean) {\n    risks(status: $status, minRating: $min, first: 1000) {\n      id title owner threat likelihood consequence inherentRating residualRating status nextReviewDate overdue ratingMoves { at fromRating toRating }\n    }\n    riskHeatMap(residual: $residual) { likelihood consequence count }\n  }\n": typeof types.RegisterDocument,
    "mutation CreateRisk($i: RiskInput!) { createRisk(input: $i) { id } }": typeof types.CreateRiskDocument,
    "mutation ReviewRisk($id: ID!, $note: String!, $next: String!) { reviewRisk(id: $id, note: $note, nextReviewDate: $next) { id } }": typeof types.ReviewRiskDocument,
    "mutation DeleteRisk($id: ID!) { deleteRisk(id: $id) }": typeof types.DeleteRiskDocument,
    "\n  query RiskDetail($id: ID!) {\n    risk(id: $id) {\n      title description threat scenario { lost compromised hours } likelihood owner organisation treatment\n      controls { kind name levels from to service capacity sustainableHours } status nextReviewDate\n      computedConsequence consequence override { consequence justification by }\n      inherentRating residualLikelihood residualConsequence residualRating\n    }\n  }\n": typeof types.RiskDetailDocument,
    "mutation UpdateRisk($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }": typeof types.UpdateRiskDocument,
    "mutation OverrideConsequence($id: ID!, $c: Severity, $j: String!) { overrideConsequence(id: $id, consequence: $c, justification: $j) { id } }": typeof types.OverrideConsequenceDocument,
    "\n  query RiskHistory($id: ID!) {\n    risk(id: $id) {\n      title description reviews { at by note } ratingMoves { at fromRating toRating fromConsequence toConsequence } override { consequence justification by }\n    }\n  }\n": typeof types.RiskHistoryDocument,
    "query RiskEvents($id: String!) { auditTrail(target: $id, first: 200) { events { seq at actor action summary } } }": typeof types.RiskEventsDocument,
    "\n  query SupplierConcentration($hours: Float!) {\n    supplierConcentration(hours: $hours, first: 1000) {\n      supplier { ...NodeRef } harm consequence organisations { id name }\n      careServices { service { id name organisationName } capability harm consequence }\n    }\n  }\n": typeof types.SupplierConcentrationDocument,
    "query SinglePointsOfFailure($s: ID!) { singlePointsOfFailure(service: $s) { ...NodeRef } }": typeof types.SinglePointsOfFailureDocument,
    "\n  fragment NodeRef on Node {\n    id name label\n    ... on System { organisation organisationName }\n    ... on DataStore { organisation organisationName }\n    ... on CareService { organisation organisationName }\n  }\n": typeof types.NodeRefFragmentDoc,
    "query SearchNodes($text: String!) { searchNodes(text: $text, first: 10) { ...NodeRef } }": typeof types.SearchNodesDocument,
};
const documents: Documents = {
    "fragment RecoveryCurvePoint on RecoveryPoint { hours restored { id name } capability harm }": types.RecoveryCurvePointFragmentDoc,
    "query Me { me { name role } }": types.MeDocument,
    "\n  query Ranking($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String, $first: Int!) {\n    protectFirst(hours: $hours, first: $first, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) {\n      totalCount profile pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank overallRank score availabilityHarm confidentialityHarm asset { ...NodeRef } } }\n    }\n  }\n": types.RankingDocument,
    "\n  query Explanation($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {\n    protectFirst(hours: $hours, first: 1, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) { edges { node {\n      careServices { service { name organisationName } harm consequence path { name } }\n      exposurePaths { store { name organisationName sensitivity records } path { name } harm }\n    } } }\n  }\n": types.ExplanationDocument,
    "\n  query ToleranceBreaches($org: ID, $first: Int!) {\n    toleranceBreaches(organisation: $org, first: $first) {\n      service { id name organisation organisationName } through { id name label } recoveryHours toleranceHours reason\n    }\n    toleranceBreachCount(organisation: $org)\n  }\n": types.ToleranceBreachesDocument,
    "\n  query RecoveryPlan($lost: [ID!]!, $teams: Int!, $hours: Float!) {\n    recoveryPlan(lost: $lost, teams: $teams, hours: $hours) {\n      steps { node { id name label } start end } harm shortestFirstHarm exact teams hours\n      curve { ...RecoveryCurvePoint }\n    }\n  }\n": types.RecoveryPlanDocument,
    "\n  query Register($status: RiskStatus, $min: Int, $residual: Boolean) {\n    risks(status: $status, minRating: $min, first: 1000) {\n      id title owner threat likelihood consequence inherentRating residualRating status nextReviewDate overdue ratingMoves { at fromRating toRating }\n    }\n    riskHeatMap(residual: $residual) { likelihood consequence count }\n  }\n": types.RegisterDocument,
    "mutation CreateRisk($i: RiskInput!) { createRisk(input: $i) { id } }": types.CreateRiskDocument,
    "mutation ReviewRisk($id: ID!, $note: String!, $next: String!) { reviewRisk(id: $id, note: $note, nextReviewDate: $next) { id } }": types.ReviewRiskDocument,
    "mutation DeleteRisk($id: ID!) { deleteRisk(id: $id) }": types.DeleteRiskDocument,
    "\n  query RiskDetail($id: ID!) {\n    risk(id: $id) {\n      title description threat scenario { lost compromised hours } likelihood owner organisation treatment\n      controls { kind name levels from to service capacity sustainableHours } status nextReviewDate\n      computedConsequence consequence override { consequence justification by }\n      inherentRating residualLikelihood residualConsequence residualRating\n    }\n  }\n": types.RiskDetailDocument,
    "mutation UpdateRisk($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }": types.UpdateRiskDocument,
    "mutation OverrideConsequence($id: ID!, $c: Severity, $j: String!) { overrideConsequence(id: $id, consequence: $c, justification: $j) { id } }": types.OverrideConsequenceDocument,
    "\n  query RiskHistory($id: ID!) {\n    risk(id: $id) {\n      title description reviews { at by note } ratingMoves { at fromRating toRating fromConsequence toConsequence } override { consequence justification by }\n    }\n  }\n": types.RiskHistoryDocument,
    "query RiskEvents($id: String!) { auditTrail(target: $id, first: 200) { events { seq at actor action summary } } }": types.RiskEventsDocument,
    "\n  query SupplierConcentration($hours: Float!) {\n    supplierConcentration(hours: $hours, first: 1000) {\n      supplier { ...NodeRef } harm consequence organisations { id name }\n      careServices { service { id name organisationName } capability harm consequence }\n    }\n  }\n": types.SupplierConcentrationDocument,
    "query SinglePointsOfFailure($s: ID!) { singlePointsOfFailure(service: $s) { ...NodeRef } }": types.SinglePointsOfFailureDocument,
    "\n  fragment NodeRef on Node {\n    id name label\n    ... on System { organisation organisationName }\n    ... on DataStore { organisation organisationName }\n    ... on CareService { organisation organisationName }\n  }\n": types.NodeRefFragmentDoc,
    "query SearchNodes($text: String!) { searchNodes(text: $text, first: 10) { ...NodeRef } }": types.SearchNodesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecoveryCurvePoint on RecoveryPoint { hours restored { id name } capability harm }"): typeof import('./graphql').RecoveryCurvePointFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { name role } }"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ranking($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String, $first: Int!) {\n    protectFirst(hours: $hours, first: $first, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) {\n      totalCount profile pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank overallRank score availabilityHarm confidentialityHarm asset { ...NodeRef } } }\n    }\n  }\n"): typeof import('./graphql').RankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Explanation($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {\n    protectFirst(hours: $hours, first: 1, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) { edges { node {\n      careServices { service { name organisationName } harm consequence path { name } }\n      exposurePaths { store { name organisationName sensitivity records } path { name } harm }\n    } } }\n  }\n"): typeof import('./graphql').ExplanationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToleranceBreaches($org: ID, $first: Int!) {\n    toleranceBreaches(organisation: $org, first: $first) {\n      service { id name organisation organisationName } through { id name label } recoveryHours toleranceHours reason\n    }\n    toleranceBreachCount(organisation: $org)\n  }\n"): typeof import('./graphql').ToleranceBreachesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecoveryPlan($lost: [ID!]!, $teams: Int!, $hours: Float!) {\n    recoveryPlan(lost: $lost, teams: $teams, hours: $hours) {\n      steps { node { id name label } start end } harm shortestFirstHarm exact teams hours\n      curve { ...RecoveryCurvePoint }\n    }\n  }\n"): typeof import('./graphql').RecoveryPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Register($status: RiskStatus, $min: Int, $residual: Boolean) {\n    risks(status: $status, minRating: $min, first: 1000) {\n      id title owner threat likelihood consequence inherentRating residualRating status nextReviewDate overdue ratingMoves { at fromRating toRating }\n    }\n    riskHeatMap(residual: $residual) { likelihood consequence count }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRisk($i: RiskInput!) { createRisk(input: $i) { id } }"): typeof import('./graphql').CreateRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewRisk($id: ID!, $note: String!, $next: String!) { reviewRisk(id: $id, note: $note, nextReviewDate: $next) { id } }"): typeof import('./graphql').ReviewRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteRisk($id: ID!) { deleteRisk(id: $id) }"): typeof import('./graphql').DeleteRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskDetail($id: ID!) {\n    risk(id: $id) {\n      title description threat scenario { lost compromised hours } likelihood owner organisation treatment\n      controls { kind name levels from to service capacity sustainableHours } status nextReviewDate\n      computedConsequence consequence override { consequence justification by }\n      inherentRating residualLikelihood residualConsequence residualRating\n    }\n  }\n"): typeof import('./graphql').RiskDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRisk($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }"): typeof import('./graphql').UpdateRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OverrideConsequence($id: ID!, $c: Severity, $j: String!) { overrideConsequence(id: $id, consequence: $c, justification: $j) { id } }"): typeof import('./graphql').OverrideConsequenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskHistory($id: ID!) {\n    risk(id: $id) {\n      title description reviews { at by note } ratingMoves { at fromRating toRating fromConsequence toConsequence } override { consequence justification by }\n    }\n  }\n"): typeof import('./graphql').RiskHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskEvents($id: String!) { auditTrail(target: $id, first: 200) { events { seq at actor action summary } } }"): typeof import('./graphql').RiskEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierConcentration($hours: Float!) {\n    supplierConcentration(hours: $hours, first: 1000) {\n      supplier { ...NodeRef } harm consequence organisations { id name }\n      careServices { service { id name organisationName } capability harm consequence }\n    }\n  }\n"): typeof import('./graphql').SupplierConcentrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SinglePointsOfFailure($s: ID!) { singlePointsOfFailure(service: $s) { ...NodeRef } }"): typeof import('./graphql').SinglePointsOfFailureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeRef on Node {\n    id name label\n    ... on System { organisation organisationName }\n    ... on DataStore { organisation organisationName }\n    ... on CareService { organisation organisationName }\n  }\n"): typeof import('./graphql').NodeRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchNodes($text: String!) { searchNodes(text: $text, first: 10) { ...NodeRef } }"): typeof import('./graphql').SearchNodesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
