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
    "\n  query Trail($action: String, $actor: String, $target: String, $before: Int, $first: Int!) {\n    auditTrail(newestFirst: true, action: $action, actor: $actor, targetContains: $target, beforeSeq: $before, first: $first) {\n      events { seq at actor actorRole actorIssuer actorSubject actorToken actorScope breakGlass action target summary prevHash hash } nextBeforeSeq\n    }\n  }\n": typeof types.TrailDocument,
    "query EventStates($after: Int!) { auditTrail(afterSeq: $after, first: 1) { events { seq before after } } }": typeof types.EventStatesDocument,
    "\n  query VerifyChain($known: ChainHeadInput) {\n    verifyAuditChain(knownHead: $known) { ok events firstBroken { seq reason } head { seq hash } containsKnownHead }\n  }\n": typeof types.VerifyChainDocument,
    "\n  query AsAt($t: DateTime!) {\n    protectFirst(asOf: $t, first: 20) { totalCount edges { node { rank score asset { id name label } } } }\n    risks(asOf: $t, first: 1000) { id title owner status inherentRating residualRating }\n  }\n": typeof types.AsAtDocument,
    "\n  query ChangesBetween($from: DateTime!, $to: DateTime) {\n    changesBetween(from: $from, to: $to) {\n      from to events { seq at actor action summary }\n      nodesAdded nodesRemoved nodesChanged dependenciesAdded dependenciesRemoved dependenciesChanged\n      rankMoves(first: 20) { asset name fromRank toRank }\n      riskChanges { id title fromRating toRating fromResidualRating toResidualRating }\n    }\n  }\n": typeof types.ChangesBetweenDocument,
    "query SavedQueries { savedQueries { id name description document author createdAt } }": typeof types.SavedQueriesDocument,
    "query RunSavedQuery($id: ID!) { runSavedQuery(id: $id) }": typeof types.RunSavedQueryDocument,
    "mutation SaveQuery($name: String!, $description: String, $document: String!) { saveQuery(name: $name, description: $description, document: $document) { id } }": typeof types.SaveQueryDocument,
    "query Me { me { name role organisations } }": typeof types.MeDocument,
    "fragment Affected on AffectedNode { node { ...NodeRef } capability status }": typeof types.AffectedFragmentDoc,
    "fragment Group on AffectedGroup { organisation organisationName region label count failed }": typeof types.GroupFragmentDoc,
    "fragment Store on DataStore { id name label organisation organisationName sensitivity records }": typeof types.StoreFragmentDoc,
    "\n  query BlastRadius(\n    $lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $curve: [Float!],\n    $affectedFirst: Int!, $groupFirst: Int!, $serviceFirst: Int!, $exposedFirst: Int!\n  ) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {\n      hours affectedCount careServiceCount exposedCount\n      affected(first: $affectedFirst, complete: true) { ...Affected }\n      affectedGroups(first: $groupFirst, complete: true) { ...Group }\n      regionGroups: affectedGroups(by: REGION) { ...Group }\n      careServices(first: $serviceFirst) {\n        service { id name label organisation organisationName severity impactToleranceHours }\n        capability status harm consequence evidence { ...Affected } recoveredAt edges { implied }\n      }\n      exposedDataStores(first: $exposedFirst) { id name label }\n      exposurePaths(first: $exposedFirst) { store { ...Store } path { ...NodeRef } viaAccess harm }\n      availabilityHarm confidentialityHarm totalHarm consequence profile\n      patientsDisruptedPerDay servicesStopped servicesDegraded recordsExposed\n      impactOverTime(hours: $curve) { hours harm consequence }\n      recovery { ...RecoveryCurvePoint }\n    }\n  }\n": typeof types.BlastRadiusDocument,
    "\n  query GroupMembers($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $labels: [NodeLabel!], $org: ID, $region: String, $first: Int!) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {\n      affected(first: $first, labels: $labels, organisation: $org, region: $region) { ...Affected }\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  query RegionGroups($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $region: String!, $labels: [NodeLabel!], $first: Int!) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) { affectedGroups(region: $region, labels: $labels, first: $first) { ...Group } }\n  }\n": typeof types.RegionGroupsDocument,
    "\n  query AllServices($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {\n      careServices { service { id name label organisation organisationName } capability status harm consequence recoveredAt evidence { node { id } } }\n    }\n  }\n": typeof types.AllServicesDocument,
    "\n  query AllExposed($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) { exposurePaths { store { ...Store } path { id } viaAccess harm } }\n  }\n": typeof types.AllExposedDocument,
    "query NodeById($id: ID!) { node(id: $id) { ...NodeRef } }": typeof types.NodeByIdDocument,
    "\n  query ChosenNode($id: ID!) {\n    node(id: $id) {\n      ...NodeRef\n      ... on CareService { severity patientsPerDay impactToleranceHours owner }\n      ... on System { kind supplier hosting internetFacing owner }\n      ... on DataStore { sensitivity records owner }\n      neighbours(first: 60) { relationship direction effect capacity group share node { ...NodeRef } }\n    }\n  }\n": typeof types.ChosenNodeDocument,
    "\n  query SearchModel($text: String!) {\n    searchNodes(text: $text, first: 20) { id name label ... on CareService { organisationName } ... on System { organisationName } ... on DataStore { organisationName } }\n  }\n": typeof types.SearchModelDocument,
    "\n  fragment ModelChange on ModelChangeResult {\n    applied graphVersion\n    changes {\n      counts { nodesAdded nodesChanged nodesRemoved relationshipsAdded relationshipsChanged relationshipsRemoved }\n      nodesAdded(first: 50) { id label } nodesChanged(first: 50) { id label } nodesRemoved(first: 50) { id label }\n      relationshipsAdded(first: 50) { type from to } relationshipsChanged(first: 50) { type from to } relationshipsRemoved(first: 50) { type from to }\n    }\n    effect {\n      rankingBefore { rank score asset { id name } } rankingAfter { rank score asset { id name } }\n      spofChanges { service { name } added { name } removed { name } } riskMoves { title from to }\n    }\n  }\n": typeof types.ModelChangeFragmentDoc,
    "\n  mutation ImportModel($f: [ImportFileInput!]!, $mode: ModelImportMode, $org: ID, $preview: Boolean) {\n    importModel(files: $f, mode: $mode, organisation: $org, preview: $preview) { ...ModelChange }\n  }\n": typeof types.ImportModelDocument,
    "query Organisations { nodes(label: Organisation, first: 500) { edges { node { id name } } } }": typeof types.OrganisationsDocument,
    "\n  query Browse($org: ID, $label: NodeLabel, $kind: SystemKind, $after: String, $first: Int!) {\n    nodes(organisation: $org, label: $label, kind: $kind, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id name label ... on System { kind organisationName } ... on CareService { organisationName } ... on DataStore { organisationName } } }\n    }\n  }\n": typeof types.BrowseDocument,
    "\n  query DataQuality($org: ID) {\n    dataQuality(organisation: $org, first: 25) { findings { issue count nodes { id name label } } shortGroups { node group shares } }\n  }\n": typeof types.DataQualityDocument,
    "\n  query Dependencies($id: ID!) {\n    node(id: $id) {\n      id name label\n      out: neighbours(direction: OUTGOING, first: 1000) { relationship effect capacity group share node { id name label } }\n      in: neighbours(direction: INCOMING, first: 1000) { relationship effect capacity group share node { id name label } }\n    }\n  }\n": typeof types.DependenciesDocument,
    "mutation SetDependency($d: DependencyInput!, $preview: Boolean) { setDependency(dependency: $d, preview: $preview) { ...ModelChange } }": typeof types.SetDependencyDocument,
    "mutation RemoveDependency($from: ID!, $to: ID!, $preview: Boolean) { removeDependency(from: $from, to: $to, preview: $preview) { ...ModelChange } }": typeof types.RemoveDependencyDocument,
    "mutation ApplyModelChanges($c: [ModelChangeInput!]!, $preview: Boolean) { applyModelChanges(changes: $c, preview: $preview) { ...ModelChange } }": typeof types.ApplyModelChangesDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id name label\n      ... on Organisation { type region }\n      ... on CareService { organisation severity patientsPerDay impactToleranceHours workaround { capacity sustainableHours } owner }\n      ... on System { organisation kind supplier hosting internetFacing owner recoveryHours }\n      ... on DataStore { organisation records sensitivity owner recoveryHours }\n      ... on Supplier { certifications recoveryHours }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "mutation CreateNode($node: NodeInput!, $preview: Boolean) { createNode(node: $node, preview: $preview) { ...ModelChange } }": typeof types.CreateNodeDocument,
    "mutation UpdateNode($node: NodeInput!, $preview: Boolean) { updateNode(node: $node, preview: $preview) { ...ModelChange } }": typeof types.UpdateNodeDocument,
    "mutation DeleteNode($id: ID!, $cascade: Boolean, $preview: Boolean) { deleteNode(id: $id, cascade: $cascade, preview: $preview) { ...ModelChange } }": typeof types.DeleteNodeDocument,
    "\n  query Ranking($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String, $first: Int!) {\n    protectFirst(hours: $hours, first: $first, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) {\n      totalCount profile pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank overallRank score availabilityHarm confidentialityHarm asset { ...NodeRef } } }\n    }\n  }\n": typeof types.RankingDocument,
    "\n  query Explanation($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {\n    protectFirst(hours: $hours, first: 1, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) { edges { node {\n      patientsDisruptedPerDay servicesStopped servicesDegraded recordsExposed\n      careServices { service { name organisationName } harm consequence path { name } edges { implied } }\n      exposurePaths { store { name organisationName sensitivity records } path { name } edges { implied } harm }\n    } } }\n  }\n": typeof types.ExplanationDocument,
    "\n  query ToleranceBreaches($org: ID, $first: Int!) {\n    toleranceBreaches(organisation: $org, first: $first) {\n      service { id name organisation organisationName } through { id name label } recoveryHours toleranceHours reason\n    }\n    toleranceBreachCount(organisation: $org)\n  }\n": typeof types.ToleranceBreachesDocument,
    "\n  query RecoveryPlan($lost: [ID!]!, $teams: Int!, $hours: Float!) {\n    recoveryPlan(lost: $lost, teams: $teams, hours: $hours) {\n      steps { node { id name label } start end } harm shortestFirstHarm exact teams hours\n      curve { ...RecoveryCurvePoint }\n    }\n  }\n": typeof types.RecoveryPlanDocument,
    "\n  query RiskAcceptances($id: ID!) {\n    risk(id: $id) {\n      id title residualRating scenario { lost compromised hours }\n      acceptances { id state justification expires proposedBy proposedAt decidedBy decidedAt note reason lapsedAtGraphVersion snapshot { rating consequence harm graphVersion profile } }\n    }\n  }\n": typeof types.RiskAcceptancesDocument,
    "mutation ProposeAcceptance($risk: ID!, $j: String!, $e: String!) { proposeAcceptance(risk: $risk, justification: $j, expires: $e) { id state expires } }": typeof types.ProposeAcceptanceDocument,
    "mutation DecideAcceptance($id: ID!, $accept: Boolean!, $note: String!) { decideAcceptance(id: $id, accept: $accept, note: $note) { id state } }": typeof types.DecideAcceptanceDocument,
    "mutation RevokeAcceptance($id: ID!, $note: String!) { revokeAcceptance(id: $id, note: $note) { id state } }": typeof types.RevokeAcceptanceDocument,
    "query ReviewsDue { reviewsDue(within: 14) { id title owner organisation nextReviewDate overdue acceptance { state expires } } }": typeof types.ReviewsDueDocument,
    "mutation CreateReviewFeed { createReviewFeed { path } }": typeof types.CreateReviewFeedDocument,
    "mutation RevokeReviewFeeds { revokeReviewFeeds }": typeof types.RevokeReviewFeedsDocument,
    "\n  query Register($status: RiskStatus, $min: Int, $residual: Boolean) {\n    risks(status: $status, minRating: $min, first: 1000) {\n      id title owner threat likelihood consequence inherentRating residualRating status nextReviewDate overdue ratingMoves { at fromRating toRating }\n    }\n    riskHeatMap(residual: $residual) { likelihood consequence count }\n  }\n": typeof types.RegisterDocument,
    "mutation CreateRisk($i: RiskInput!) { createRisk(input: $i) { id title inherentRating residualRating consequence } }": typeof types.CreateRiskDocument,
    "mutation ReviewRisk($id: ID!, $note: String!, $next: String!) { reviewRisk(id: $id, note: $note, nextReviewDate: $next) { id } }": typeof types.ReviewRiskDocument,
    "mutation DeleteRisk($id: ID!) { deleteRisk(id: $id) }": typeof types.DeleteRiskDocument,
    "\n  query RiskDetail($id: ID!) {\n    risk(id: $id) {\n      title description threat scenario { lost compromised hours } likelihood owner organisation treatment\n      controls { kind name levels from to service capacity sustainableHours } status nextReviewDate\n      computedConsequence consequence override { consequence justification by }\n      inherentRating residualLikelihood residualConsequence residualRating\n    }\n  }\n": typeof types.RiskDetailDocument,
    "mutation UpdateRisk($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }": typeof types.UpdateRiskDocument,
    "mutation OverrideConsequence($id: ID!, $c: Severity, $j: String!) { overrideConsequence(id: $id, consequence: $c, justification: $j) { id } }": typeof types.OverrideConsequenceDocument,
    "\n  query RiskHistory($id: ID!) {\n    risk(id: $id) {\n      title description reviews { at by note } ratingMoves { at fromRating toRating fromConsequence toConsequence } override { consequence justification by }\n    }\n  }\n": typeof types.RiskHistoryDocument,
    "query RiskEvents($id: String!) { auditTrail(target: $id, first: 200) { events { seq at actor action summary } } }": typeof types.RiskEventsDocument,
    "\n  query RiskScenario($id: ID!) {\n    risk(id: $id) { id scenario { lost compromised hours } harm residualHarm consequence computedConsequence override { consequence by } }\n  }\n": typeof types.RiskScenarioDocument,
    "query ScenarioNode($id: ID!) { node(id: $id) { ...NodeRef } }": typeof types.ScenarioNodeDocument,
    "\n  query SupplierConcentration($hours: Float!) {\n    supplierConcentration(hours: $hours, first: 1000) {\n      supplier { ...NodeRef } harm availabilityHarm confidentialityHarm recordsExposed consequence organisations { id name }\n      careServices { service { id name organisationName } capability harm consequence }\n      exposedDataStores(first: 20) { id name organisationName sensitivity records }\n    }\n  }\n": typeof types.SupplierConcentrationDocument,
    "query SinglePointsOfFailure($s: ID!) { singlePointsOfFailure(service: $s) { ...NodeRef } }": typeof types.SinglePointsOfFailureDocument,
    "\n  fragment NodeRef on Node {\n    id name label\n    ... on System { organisation organisationName }\n    ... on DataStore { organisation organisationName }\n    ... on CareService { organisation organisationName }\n  }\n": typeof types.NodeRefFragmentDoc,
    "query SearchNodes($text: String!) { searchNodes(text: $text, first: 10) { ...NodeRef } }": typeof types.SearchNodesDocument,
};
const documents: Documents = {
    "fragment RecoveryCurvePoint on RecoveryPoint { hours restored { id name } capability harm }": types.RecoveryCurvePointFragmentDoc,
    "\n  query Trail($action: String, $actor: String, $target: String, $before: Int, $first: Int!) {\n    auditTrail(newestFirst: true, action: $action, actor: $actor, targetContains: $target, beforeSeq: $before, first: $first) {\n      events { seq at actor actorRole actorIssuer actorSubject actorToken actorScope breakGlass action target summary prevHash hash } nextBeforeSeq\n    }\n  }\n": types.TrailDocument,
    "query EventStates($after: Int!) { auditTrail(afterSeq: $after, first: 1) { events { seq before after } } }": types.EventStatesDocument,
    "\n  query VerifyChain($known: ChainHeadInput) {\n    verifyAuditChain(knownHead: $known) { ok events firstBroken { seq reason } head { seq hash } containsKnownHead }\n  }\n": types.VerifyChainDocument,
    "\n  query AsAt($t: DateTime!) {\n    protectFirst(asOf: $t, first: 20) { totalCount edges { node { rank score asset { id name label } } } }\n    risks(asOf: $t, first: 1000) { id title owner status inherentRating residualRating }\n  }\n": types.AsAtDocument,
    "\n  query ChangesBetween($from: DateTime!, $to: DateTime) {\n    changesBetween(from: $from, to: $to) {\n      from to events { seq at actor action summary }\n      nodesAdded nodesRemoved nodesChanged dependenciesAdded dependenciesRemoved dependenciesChanged\n      rankMoves(first: 20) { asset name fromRank toRank }\n      riskChanges { id title fromRating toRating fromResidualRating toResidualRating }\n    }\n  }\n": types.ChangesBetweenDocument,
    "query SavedQueries { savedQueries { id name description document author createdAt } }": types.SavedQueriesDocument,
    "query RunSavedQuery($id: ID!) { runSavedQuery(id: $id) }": types.RunSavedQueryDocument,
    "mutation SaveQuery($name: String!, $description: String, $document: String!) { saveQuery(name: $name, description: $description, document: $document) { id } }": types.SaveQueryDocument,
    "query Me { me { name role organisations } }": types.MeDocument,
    "fragment Affected on AffectedNode { node { ...NodeRef } capability status }": types.AffectedFragmentDoc,
    "fragment Group on AffectedGroup { organisation organisationName region label count failed }": types.GroupFragmentDoc,
    "fragment Store on DataStore { id name label organisation organisationName sensitivity records }": types.StoreFragmentDoc,
    "\n  query BlastRadius(\n    $lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $curve: [Float!],\n    $affectedFirst: Int!, $groupFirst: Int!, $serviceFirst: Int!, $exposedFirst: Int!\n  ) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {\n      hours affectedCount careServiceCount exposedCount\n      affected(first: $affectedFirst, complete: true) { ...Affected }\n      affectedGroups(first: $groupFirst, complete: true) { ...Group }\n      regionGroups: affectedGroups(by: REGION) { ...Group }\n      careServices(first: $serviceFirst) {\n        service { id name label organisation organisationName severity impactToleranceHours }\n        capability status harm consequence evidence { ...Affected } recoveredAt edges { implied }\n      }\n      exposedDataStores(first: $exposedFirst) { id name label }\n      exposurePaths(first: $exposedFirst) { store { ...Store } path { ...NodeRef } viaAccess harm }\n      availabilityHarm confidentialityHarm totalHarm consequence profile\n      patientsDisruptedPerDay servicesStopped servicesDegraded recordsExposed\n      impactOverTime(hours: $curve) { hours harm consequence }\n      recovery { ...RecoveryCurvePoint }\n    }\n  }\n": types.BlastRadiusDocument,
    "\n  query GroupMembers($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $labels: [NodeLabel!], $org: ID, $region: String, $first: Int!) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {\n      affected(first: $first, labels: $labels, organisation: $org, region: $region) { ...Affected }\n    }\n  }\n": types.GroupMembersDocument,
    "\n  query RegionGroups($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $region: String!, $labels: [NodeLabel!], $first: Int!) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) { affectedGroups(region: $region, labels: $labels, first: $first) { ...Group } }\n  }\n": types.RegionGroupsDocument,
    "\n  query AllServices($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {\n      careServices { service { id name label organisation organisationName } capability status harm consequence recoveredAt evidence { node { id } } }\n    }\n  }\n": types.AllServicesDocument,
    "\n  query AllExposed($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) { exposurePaths { store { ...Store } path { id } viaAccess harm } }\n  }\n": types.AllExposedDocument,
    "query NodeById($id: ID!) { node(id: $id) { ...NodeRef } }": types.NodeByIdDocument,
    "\n  query ChosenNode($id: ID!) {\n    node(id: $id) {\n      ...NodeRef\n      ... on CareService { severity patientsPerDay impactToleranceHours owner }\n      ... on System { kind supplier hosting internetFacing owner }\n      ... on DataStore { sensitivity records owner }\n      neighbours(first: 60) { relationship direction effect capacity group share node { ...NodeRef } }\n    }\n  }\n": types.ChosenNodeDocument,
    "\n  query SearchModel($text: String!) {\n    searchNodes(text: $text, first: 20) { id name label ... on CareService { organisationName } ... on System { organisationName } ... on DataStore { organisationName } }\n  }\n": types.SearchModelDocument,
    "\n  fragment ModelChange on ModelChangeResult {\n    applied graphVersion\n    changes {\n      counts { nodesAdded nodesChanged nodesRemoved relationshipsAdded relationshipsChanged relationshipsRemoved }\n      nodesAdded(first: 50) { id label } nodesChanged(first: 50) { id label } nodesRemoved(first: 50) { id label }\n      relationshipsAdded(first: 50) { type from to } relationshipsChanged(first: 50) { type from to } relationshipsRemoved(first: 50) { type from to }\n    }\n    effect {\n      rankingBefore { rank score asset { id name } } rankingAfter { rank score asset { id name } }\n      spofChanges { service { name } added { name } removed { name } } riskMoves { title from to }\n    }\n  }\n": types.ModelChangeFragmentDoc,
    "\n  mutation ImportModel($f: [ImportFileInput!]!, $mode: ModelImportMode, $org: ID, $preview: Boolean) {\n    importModel(files: $f, mode: $mode, organisation: $org, preview: $preview) { ...ModelChange }\n  }\n": types.ImportModelDocument,
    "query Organisations { nodes(label: Organisation, first: 500) { edges { node { id name } } } }": types.OrganisationsDocument,
    "\n  query Browse($org: ID, $label: NodeLabel, $kind: SystemKind, $after: String, $first: Int!) {\n    nodes(organisation: $org, label: $label, kind: $kind, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id name label ... on System { kind organisationName } ... on CareService { organisationName } ... on DataStore { organisationName } } }\n    }\n  }\n": types.BrowseDocument,
    "\n  query DataQuality($org: ID) {\n    dataQuality(organisation: $org, first: 25) { findings { issue count nodes { id name label } } shortGroups { node group shares } }\n  }\n": types.DataQualityDocument,
    "\n  query Dependencies($id: ID!) {\n    node(id: $id) {\n      id name label\n      out: neighbours(direction: OUTGOING, first: 1000) { relationship effect capacity group share node { id name label } }\n      in: neighbours(direction: INCOMING, first: 1000) { relationship effect capacity group share node { id name label } }\n    }\n  }\n": types.DependenciesDocument,
    "mutation SetDependency($d: DependencyInput!, $preview: Boolean) { setDependency(dependency: $d, preview: $preview) { ...ModelChange } }": types.SetDependencyDocument,
    "mutation RemoveDependency($from: ID!, $to: ID!, $preview: Boolean) { removeDependency(from: $from, to: $to, preview: $preview) { ...ModelChange } }": types.RemoveDependencyDocument,
    "mutation ApplyModelChanges($c: [ModelChangeInput!]!, $preview: Boolean) { applyModelChanges(changes: $c, preview: $preview) { ...ModelChange } }": types.ApplyModelChangesDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id name label\n      ... on Organisation { type region }\n      ... on CareService { organisation severity patientsPerDay impactToleranceHours workaround { capacity sustainableHours } owner }\n      ... on System { organisation kind supplier hosting internetFacing owner recoveryHours }\n      ... on DataStore { organisation records sensitivity owner recoveryHours }\n      ... on Supplier { certifications recoveryHours }\n    }\n  }\n": types.NodeDetailsDocument,
    "mutation CreateNode($node: NodeInput!, $preview: Boolean) { createNode(node: $node, preview: $preview) { ...ModelChange } }": types.CreateNodeDocument,
    "mutation UpdateNode($node: NodeInput!, $preview: Boolean) { updateNode(node: $node, preview: $preview) { ...ModelChange } }": types.UpdateNodeDocument,
    "mutation DeleteNode($id: ID!, $cascade: Boolean, $preview: Boolean) { deleteNode(id: $id, cascade: $cascade, preview: $preview) { ...ModelChange } }": types.DeleteNodeDocument,
    "\n  query Ranking($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String, $first: Int!) {\n    protectFirst(hours: $hours, first: $first, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) {\n      totalCount profile pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank overallRank score availabilityHarm confidentialityHarm asset { ...NodeRef } } }\n    }\n  }\n": types.RankingDocument,
    "\n  query Explanation($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {\n    protectFirst(hours: $hours, first: 1, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) { edges { node {\n      patientsDisruptedPerDay servicesStopped servicesDegraded recordsExposed\n      careServices { service { name organisationName } harm consequence path { name } edges { implied } }\n      exposurePaths { store { name organisationName sensitivity records } path { name } edges { implied } harm }\n    } } }\n  }\n": types.ExplanationDocument,
    "\n  query ToleranceBreaches($org: ID, $first: Int!) {\n    toleranceBreaches(organisation: $org, first: $first) {\n      service { id name organisation organisationName } through { id name label } recoveryHours toleranceHours reason\n    }\n    toleranceBreachCount(organisation: $org)\n  }\n": types.ToleranceBreachesDocument,
    "\n  query RecoveryPlan($lost: [ID!]!, $teams: Int!, $hours: Float!) {\n    recoveryPlan(lost: $lost, teams: $teams, hours: $hours) {\n      steps { node { id name label } start end } harm shortestFirstHarm exact teams hours\n      curve { ...RecoveryCurvePoint }\n    }\n  }\n": types.RecoveryPlanDocument,
    "\n  query RiskAcceptances($id: ID!) {\n    risk(id: $id) {\n      id title residualRating scenario { lost compromised hours }\n      acceptances { id state justification expires proposedBy proposedAt decidedBy decidedAt note reason lapsedAtGraphVersion snapshot { rating consequence harm graphVersion profile } }\n    }\n  }\n": types.RiskAcceptancesDocument,
    "mutation ProposeAcceptance($risk: ID!, $j: String!, $e: String!) { proposeAcceptance(risk: $risk, justification: $j, expires: $e) { id state expires } }": types.ProposeAcceptanceDocument,
    "mutation DecideAcceptance($id: ID!, $accept: Boolean!, $note: String!) { decideAcceptance(id: $id, accept: $accept, note: $note) { id state } }": types.DecideAcceptanceDocument,
    "mutation RevokeAcceptance($id: ID!, $note: String!) { revokeAcceptance(id: $id, note: $note) { id state } }": types.RevokeAcceptanceDocument,
    "query ReviewsDue { reviewsDue(within: 14) { id title owner organisation nextReviewDate overdue acceptance { state expires } } }": types.ReviewsDueDocument,
    "mutation CreateReviewFeed { createReviewFeed { path } }": types.CreateReviewFeedDocument,
    "mutation RevokeReviewFeeds { revokeReviewFeeds }": types.RevokeReviewFeedsDocument,
    "\n  query Register($status: RiskStatus, $min: Int, $residual: Boolean) {\n    risks(status: $status, minRating: $min, first: 1000) {\n      id title owner threat likelihood consequence inherentRating residualRating status nextReviewDate overdue ratingMoves { at fromRating toRating }\n    }\n    riskHeatMap(residual: $residual) { likelihood consequence count }\n  }\n": types.RegisterDocument,
    "mutation CreateRisk($i: RiskInput!) { createRisk(input: $i) { id title inherentRating residualRating consequence } }": types.CreateRiskDocument,
    "mutation ReviewRisk($id: ID!, $note: String!, $next: String!) { reviewRisk(id: $id, note: $note, nextReviewDate: $next) { id } }": types.ReviewRiskDocument,
    "mutation DeleteRisk($id: ID!) { deleteRisk(id: $id) }": types.DeleteRiskDocument,
    "\n  query RiskDetail($id: ID!) {\n    risk(id: $id) {\n      title description threat scenario { lost compromised hours } likelihood owner organisation treatment\n      controls { kind name levels from to service capacity sustainableHours } status nextReviewDate\n      computedConsequence consequence override { consequence justification by }\n      inherentRating residualLikelihood residualConsequence residualRating\n    }\n  }\n": types.RiskDetailDocument,
    "mutation UpdateRisk($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }": types.UpdateRiskDocument,
    "mutation OverrideConsequence($id: ID!, $c: Severity, $j: String!) { overrideConsequence(id: $id, consequence: $c, justification: $j) { id } }": types.OverrideConsequenceDocument,
    "\n  query RiskHistory($id: ID!) {\n    risk(id: $id) {\n      title description reviews { at by note } ratingMoves { at fromRating toRating fromConsequence toConsequence } override { consequence justification by }\n    }\n  }\n": types.RiskHistoryDocument,
    "query RiskEvents($id: String!) { auditTrail(target: $id, first: 200) { events { seq at actor action summary } } }": types.RiskEventsDocument,
    "\n  query RiskScenario($id: ID!) {\n    risk(id: $id) { id scenario { lost compromised hours } harm residualHarm consequence computedConsequence override { consequence by } }\n  }\n": types.RiskScenarioDocument,
    "query ScenarioNode($id: ID!) { node(id: $id) { ...NodeRef } }": types.ScenarioNodeDocument,
    "\n  query SupplierConcentration($hours: Float!) {\n    supplierConcentration(hours: $hours, first: 1000) {\n      supplier { ...NodeRef } harm availabilityHarm confidentialityHarm recordsExposed consequence organisations { id name }\n      careServices { service { id name organisationName } capability harm consequence }\n      exposedDataStores(first: 20) { id name organisationName sensitivity records }\n    }\n  }\n": types.SupplierConcentrationDocument,
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
export function graphql(source: "\n  query Trail($action: String, $actor: String, $target: String, $before: Int, $first: Int!) {\n    auditTrail(newestFirst: true, action: $action, actor: $actor, targetContains: $target, beforeSeq: $before, first: $first) {\n      events { seq at actor actorRole actorIssuer actorSubject actorToken actorScope breakGlass action target summary prevHash hash } nextBeforeSeq\n    }\n  }\n"): typeof import('./graphql').TrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventStates($after: Int!) { auditTrail(afterSeq: $after, first: 1) { events { seq before after } } }"): typeof import('./graphql').EventStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyChain($known: ChainHeadInput) {\n    verifyAuditChain(knownHead: $known) { ok events firstBroken { seq reason } head { seq hash } containsKnownHead }\n  }\n"): typeof import('./graphql').VerifyChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AsAt($t: DateTime!) {\n    protectFirst(asOf: $t, first: 20) { totalCount edges { node { rank score asset { id name label } } } }\n    risks(asOf: $t, first: 1000) { id title owner status inherentRating residualRating }\n  }\n"): typeof import('./graphql').AsAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesBetween($from: DateTime!, $to: DateTime) {\n    changesBetween(from: $from, to: $to) {\n      from to events { seq at actor action summary }\n      nodesAdded nodesRemoved nodesChanged dependenciesAdded dependenciesRemoved dependenciesChanged\n      rankMoves(first: 20) { asset name fromRank toRank }\n      riskChanges { id title fromRating toRating fromResidualRating toResidualRating }\n    }\n  }\n"): typeof import('./graphql').ChangesBetweenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavedQueries { savedQueries { id name description document author createdAt } }"): typeof import('./graphql').SavedQueriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunSavedQuery($id: ID!) { runSavedQuery(id: $id) }"): typeof import('./graphql').RunSavedQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveQuery($name: String!, $description: String, $document: String!) { saveQuery(name: $name, description: $description, document: $document) { id } }"): typeof import('./graphql').SaveQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { name role organisations } }"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Affected on AffectedNode { node { ...NodeRef } capability status }"): typeof import('./graphql').AffectedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Group on AffectedGroup { organisation organisationName region label count failed }"): typeof import('./graphql').GroupFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Store on DataStore { id name label organisation organisationName sensitivity records }"): typeof import('./graphql').StoreFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlastRadius(\n    $lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $curve: [Float!],\n    $affectedFirst: Int!, $groupFirst: Int!, $serviceFirst: Int!, $exposedFirst: Int!\n  ) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {\n      hours affectedCount careServiceCount exposedCount\n      affected(first: $affectedFirst, complete: true) { ...Affected }\n      affectedGroups(first: $groupFirst, complete: true) { ...Group }\n      regionGroups: affectedGroups(by: REGION) { ...Group }\n      careServices(first: $serviceFirst) {\n        service { id name label organisation organisationName severity impactToleranceHours }\n        capability status harm consequence evidence { ...Affected } recoveredAt edges { implied }\n      }\n      exposedDataStores(first: $exposedFirst) { id name label }\n      exposurePaths(first: $exposedFirst) { store { ...Store } path { ...NodeRef } viaAccess harm }\n      availabilityHarm confidentialityHarm totalHarm consequence profile\n      patientsDisruptedPerDay servicesStopped servicesDegraded recordsExposed\n      impactOverTime(hours: $curve) { hours harm consequence }\n      recovery { ...RecoveryCurvePoint }\n    }\n  }\n"): typeof import('./graphql').BlastRadiusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $labels: [NodeLabel!], $org: ID, $region: String, $first: Int!) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {\n      affected(first: $first, labels: $labels, organisation: $org, region: $region) { ...Affected }\n    }\n  }\n"): typeof import('./graphql').GroupMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionGroups($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $region: String!, $labels: [NodeLabel!], $first: Int!) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) { affectedGroups(region: $region, labels: $labels, first: $first) { ...Group } }\n  }\n"): typeof import('./graphql').RegionGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllServices($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {\n      careServices { service { id name label organisation organisationName } capability status harm consequence recoveredAt evidence { node { id } } }\n    }\n  }\n"): typeof import('./graphql').AllServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllExposed($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {\n    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) { exposurePaths { store { ...Store } path { id } viaAccess harm } }\n  }\n"): typeof import('./graphql').AllExposedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeById($id: ID!) { node(id: $id) { ...NodeRef } }"): typeof import('./graphql').NodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChosenNode($id: ID!) {\n    node(id: $id) {\n      ...NodeRef\n      ... on CareService { severity patientsPerDay impactToleranceHours owner }\n      ... on System { kind supplier hosting internetFacing owner }\n      ... on DataStore { sensitivity records owner }\n      neighbours(first: 60) { relationship direction effect capacity group share node { ...NodeRef } }\n    }\n  }\n"): typeof import('./graphql').ChosenNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchModel($text: String!) {\n    searchNodes(text: $text, first: 20) { id name label ... on CareService { organisationName } ... on System { organisationName } ... on DataStore { organisationName } }\n  }\n"): typeof import('./graphql').SearchModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelChange on ModelChangeResult {\n    applied graphVersion\n    changes {\n      counts { nodesAdded nodesChanged nodesRemoved relationshipsAdded relationshipsChanged relationshipsRemoved }\n      nodesAdded(first: 50) { id label } nodesChanged(first: 50) { id label } nodesRemoved(first: 50) { id label }\n      relationshipsAdded(first: 50) { type from to } relationshipsChanged(first: 50) { type from to } relationshipsRemoved(first: 50) { type from to }\n    }\n    effect {\n      rankingBefore { rank score asset { id name } } rankingAfter { rank score asset { id name } }\n      spofChanges { service { name } added { name } removed { name } } riskMoves { title from to }\n    }\n  }\n"): typeof import('./graphql').ModelChangeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportModel($f: [ImportFileInput!]!, $mode: ModelImportMode, $org: ID, $preview: Boolean) {\n    importModel(files: $f, mode: $mode, organisation: $org, preview: $preview) { ...ModelChange }\n  }\n"): typeof import('./graphql').ImportModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisations { nodes(label: Organisation, first: 500) { edges { node { id name } } } }"): typeof import('./graphql').OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Browse($org: ID, $label: NodeLabel, $kind: SystemKind, $after: String, $first: Int!) {\n    nodes(organisation: $org, label: $label, kind: $kind, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id name label ... on System { kind organisationName } ... on CareService { organisationName } ... on DataStore { organisationName } } }\n    }\n  }\n"): typeof import('./graphql').BrowseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataQuality($org: ID) {\n    dataQuality(organisation: $org, first: 25) { findings { issue count nodes { id name label } } shortGroups { node group shares } }\n  }\n"): typeof import('./graphql').DataQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dependencies($id: ID!) {\n    node(id: $id) {\n      id name label\n      out: neighbours(direction: OUTGOING, first: 1000) { relationship effect capacity group share node { id name label } }\n      in: neighbours(direction: INCOMING, first: 1000) { relationship effect capacity group share node { id name label } }\n    }\n  }\n"): typeof import('./graphql').DependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDependency($d: DependencyInput!, $preview: Boolean) { setDependency(dependency: $d, preview: $preview) { ...ModelChange } }"): typeof import('./graphql').SetDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveDependency($from: ID!, $to: ID!, $preview: Boolean) { removeDependency(from: $from, to: $to, preview: $preview) { ...ModelChange } }"): typeof import('./graphql').RemoveDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyModelChanges($c: [ModelChangeInput!]!, $preview: Boolean) { applyModelChanges(changes: $c, preview: $preview) { ...ModelChange } }"): typeof import('./graphql').ApplyModelChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id name label\n      ... on Organisation { type region }\n      ... on CareService { organisation severity patientsPerDay impactToleranceHours workaround { capacity sustainableHours } owner }\n      ... on System { organisation kind supplier hosting internetFacing owner recoveryHours }\n      ... on DataStore { organisation records sensitivity owner recoveryHours }\n      ... on Supplier { certifications recoveryHours }\n    }\n  }\n"): typeof import('./graphql').NodeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateNode($node: NodeInput!, $preview: Boolean) { createNode(node: $node, preview: $preview) { ...ModelChange } }"): typeof import('./graphql').CreateNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNode($node: NodeInput!, $preview: Boolean) { updateNode(node: $node, preview: $preview) { ...ModelChange } }"): typeof import('./graphql').UpdateNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteNode($id: ID!, $cascade: Boolean, $preview: Boolean) { deleteNode(id: $id, cascade: $cascade, preview: $preview) { ...ModelChange } }"): typeof import('./graphql').DeleteNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ranking($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String, $first: Int!) {\n    protectFirst(hours: $hours, first: $first, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) {\n      totalCount profile pageInfo { hasNextPage endCursor }\n      edges { cursor node { rank overallRank score availabilityHarm confidentialityHarm asset { ...NodeRef } } }\n    }\n  }\n"): typeof import('./graphql').RankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Explanation($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {\n    protectFirst(hours: $hours, first: 1, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) { edges { node {\n      patientsDisruptedPerDay servicesStopped servicesDegraded recordsExposed\n      careServices { service { name organisationName } harm consequence path { name } edges { implied } }\n      exposurePaths { store { name organisationName sensitivity records } path { name } edges { implied } harm }\n    } } }\n  }\n"): typeof import('./graphql').ExplanationDocument;
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
export function graphql(source: "\n  query RiskAcceptances($id: ID!) {\n    risk(id: $id) {\n      id title residualRating scenario { lost compromised hours }\n      acceptances { id state justification expires proposedBy proposedAt decidedBy decidedAt note reason lapsedAtGraphVersion snapshot { rating consequence harm graphVersion profile } }\n    }\n  }\n"): typeof import('./graphql').RiskAcceptancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeAcceptance($risk: ID!, $j: String!, $e: String!) { proposeAcceptance(risk: $risk, justification: $j, expires: $e) { id state expires } }"): typeof import('./graphql').ProposeAcceptanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideAcceptance($id: ID!, $accept: Boolean!, $note: String!) { decideAcceptance(id: $id, accept: $accept, note: $note) { id state } }"): typeof import('./graphql').DecideAcceptanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeAcceptance($id: ID!, $note: String!) { revokeAcceptance(id: $id, note: $note) { id state } }"): typeof import('./graphql').RevokeAcceptanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewsDue { reviewsDue(within: 14) { id title owner organisation nextReviewDate overdue acceptance { state expires } } }"): typeof import('./graphql').ReviewsDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateReviewFeed { createReviewFeed { path } }"): typeof import('./graphql').CreateReviewFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeReviewFeeds { revokeReviewFeeds }"): typeof import('./graphql').RevokeReviewFeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Register($status: RiskStatus, $min: Int, $residual: Boolean) {\n    risks(status: $status, minRating: $min, first: 1000) {\n      id title owner threat likelihood consequence inherentRating residualRating status nextReviewDate overdue ratingMoves { at fromRating toRating }\n    }\n    riskHeatMap(residual: $residual) { likelihood consequence count }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRisk($i: RiskInput!) { createRisk(input: $i) { id title inherentRating residualRating consequence } }"): typeof import('./graphql').CreateRiskDocument;
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
export function graphql(source: "\n  query RiskScenario($id: ID!) {\n    risk(id: $id) { id scenario { lost compromised hours } harm residualHarm consequence computedConsequence override { consequence by } }\n  }\n"): typeof import('./graphql').RiskScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScenarioNode($id: ID!) { node(id: $id) { ...NodeRef } }"): typeof import('./graphql').ScenarioNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierConcentration($hours: Float!) {\n    supplierConcentration(hours: $hours, first: 1000) {\n      supplier { ...NodeRef } harm availabilityHarm confidentialityHarm recordsExposed consequence organisations { id name }\n      careServices { service { id name organisationName } capability harm consequence }\n      exposedDataStores(first: 20) { id name organisationName sensitivity records }\n    }\n  }\n"): typeof import('./graphql').SupplierConcentrationDocument;
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
