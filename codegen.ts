import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types are generated from schema.graphql, the contract, before the typecheck: the server's
 * resolver types, and the client's typed documents from every `graphql(...)` call in client/src.
 */
const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    // Documents as typed strings (no GraphQL AST in the bundle): lib/graphql.ts posts them as
    // they are. Fragments are not masked: a component reads what its query selected.
    "client/src/gql/": {
      documents: ["client/src/**/*.{ts,tsx}", "!client/src/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        onlyOperationTypes: true,
        enumsAsTypes: true,
        skipTypename: true,
        // A nullable field of an answer is there, null or not; variables may be left out.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { JSON: "unknown", DateTime: "string" },
      },
    },
    "server/resolvers/generated.ts": {
      plugins: [
        { add: { content: "/* Generated from schema.graphql by `npm run codegen`. Do not edit. */" } },
        "typescript",
        "typescript-resolvers",
      ],
      config: {
        contextType: "../graphql/context.js#Context",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: "unknown", DateTime: "Date" },
        mappers: {
          Node: "../graph/nodes.js#NodeRecord",
          Organisation: "../graph/nodes.js#NodeRecord",
          CareService: "../graph/nodes.js#NodeRecord",
          System: "../graph/nodes.js#NodeRecord",
          DataStore: "../graph/nodes.js#NodeRecord",
          Supplier: "../graph/nodes.js#NodeRecord",
          Neighbour: "../graph/nodes.js#NeighbourRecord",
          BlastRadius: "../analysis/blast-radius.js#BlastRadiusAnswer",
          AffectedNode: "../analysis/models.js#AffectedNodeModel",
          ServiceImpact: "../analysis/models.js#ServiceImpactModel",
          RankedAsset: "../analysis/models.js#RankedAssetModel",
          SupplierConcentration: "../analysis/models.js#SupplierConcentrationModel",
          ImpactPoint: "../analysis/models.js#ImpactPointModel",
          ToleranceBreach: "../analysis/recovery-models.js#ToleranceBreachModel",
          RecoveryPlan: "../analysis/recovery-models.js#RecoveryPlanModel",
          RecoveryStep: "../analysis/recovery-models.js#RecoveryStepModel",
          RecoveryPoint: "../analysis/recovery-models.js#RecoveryPointModel",
          ExposurePath: "../analysis/models.js#ExposurePathModel",
          ExplanationEdge: "../analysis/explanation-edges.js#ExplanationEdgeModel",
          AuditEvent: "../audit/audit-log.js#AuditEventRecord",
          Risk: "../register/register.js#AssessedRisk",
          RiskAcceptance: "../register/acceptance-view.js#AcceptanceView",
          HistoryDiff: "../analysis/history-diff.js#HistoryDiffModel",
          ModelChangeResult: "../model-change/run-change.js#ChangeOutcome",
          ChangeSet: "../model-change/change-set.js#ChangeSetModel",
          ChangeEffect: "../model-change/effect.js#ChangeEffectModel",
          NodeChange: "../model-change/change-set.js#NodeDelta",
          RelationshipChange: "../model-change/change-set.js#RelDelta",
          Candidate: "../planning/candidate-model.js#CandidateView",
          CandidateBenefit: "../planning/explain.js#CandidateBenefitModel",
          Investment: "../planning/investment.js#InvestmentModel",
        },
      },
    },
  },
};
export default config;
