import type { CodegenConfig } from "@graphql-codegen/cli";

/** Resolver types are generated from schema.graphql, the contract; run before the typecheck. */
const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    "server/resolvers/generated.ts": {
      plugins: [{ add: { content: "/* Generated from schema.graphql by `npm run codegen`. Do not edit. */" } }, "typescript", "typescript-resolvers"],
      config: {
        contextType: "../context.js#Context",
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
          AuditEvent: "../audit/audit-log.js#AuditEventRecord",
          Risk: "../register/register.js#AssessedRisk",
          HistoryDiff: "../history/diff.js#HistoryDiffModel",
          ModelChangeResult: "../model-change/run-change.js#ChangeOutcome",
          ChangeSet: "../model-change/change-set.js#ChangeSetModel",
          ChangeEffect: "../model-change/effect.js#ChangeEffectModel",
          NodeChange: "../model-change/change-set.js#NodeDelta",
          RelationshipChange: "../model-change/change-set.js#RelDelta",
        },
      },
    },
  },
};
export default config;
