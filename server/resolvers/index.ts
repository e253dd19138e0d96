import { JSONResolver, DateTimeResolver } from "graphql-scalars";
import type { Resolvers } from "./generated.js";
import { graphResolvers } from "./graph-resolvers.js";
import { nodeTypeResolvers } from "./node-types.js";

export const resolvers: Resolvers[] = [
  { JSON: JSONResolver, DateTime: DateTimeResolver },
  graphResolvers,
  nodeTypeResolvers,
];
