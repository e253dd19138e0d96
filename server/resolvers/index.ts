import { JSONResolver, DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "./generated.js";
import { graphResolvers } from "./graph-resolvers.js";
import { nodeTypeResolvers } from "./node-types.js";
import { analysisResolvers } from "./analysis-resolvers.js";
import { rankedAssetResolvers } from "./ranked-asset.js";
import { auditResolvers } from "./audit-resolvers.js";
import { registerResolvers } from "./register-resolvers.js";
import { acceptanceResolvers } from "./acceptance-resolvers.js";
import { reviewResolvers } from "./review-resolvers.js";
import { historyResolvers } from "./history-resolvers.js";
import { savedQueryResolvers } from "./saved-query-resolvers.js";
import { recoveryResolvers } from "./recovery-resolvers.js";
import { exposureResolvers } from "./exposure-resolvers.js";
import { modelResolvers } from "./model-resolvers.js";
import { browseResolvers } from "./browse-resolvers.js";
import { signInResolvers } from "./sign-in-resolvers.js";
import { planResolvers } from "./plan-resolvers.js";

export const resolvers: Resolvers[] = [
  { JSON: JSONResolver, DateTime: DateTimeResolver },
  graphResolvers,
  nodeTypeResolvers,
  analysisResolvers,
  rankedAssetResolvers,
  auditResolvers,
  registerResolvers,
  acceptanceResolvers,
  reviewResolvers,
  historyResolvers,
  savedQueryResolvers,
  recoveryResolvers,
  exposureResolvers,
  modelResolvers,
  browseResolvers,
  signInResolvers,
  planResolvers,
];
