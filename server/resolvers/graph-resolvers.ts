import { shortGroupsOf } from "../analysis/graphs.js";
import { z } from "zod";
import { signedIn } from "../auth/guard.js";
import { scopeList } from "../base/scope.js";
import { badInput } from "../base/errors.js";
import { exportGraph } from "../graph/export-graph.js";
import { importGraph } from "../import/import-graph.js";
import { dataQuality } from "../graph/data-quality.js";
import { getNode, getSummary, searchNodes } from "../graph/nodes.js";
import { parseArgs } from "../analysis/args.js";
import { organisationOf } from "../engine/query.js";
import type { Resolvers } from "./generated.js";

const NodeId = z.string().min(1).max(128);

export const graphResolvers: Resolvers = {
  Query: {
    me: (_p, _a, ctx) => {
      const v = signedIn(ctx.viewer);
      return {
        name: v.name,
        role: v.role,
        organisations: scopeList(v.scope)?.slice() ?? null,
        permissions: [...v.permissions],
        breakGlass: v.breakGlass,
      };
    },
    node: async (_p, args, ctx) => {
      const id = NodeId.safeParse(args.id);
      if (!id.success) throw badInput("id must be 1 to 128 characters");
      return getNode(ctx.db, id.data);
    },
    searchNodes: async (_p, args, ctx) => {
      const a = parseArgs(
        z.object({
          text: z.string().trim().min(1, "type at least one character").max(100),
          first: z.number().int().min(1).max(50).nullish(),
        }),
        args,
      );
      return searchNodes(ctx.db, a.text, a.first ?? 10);
    },
    graphSummary: async (_p, _a, ctx) => {
      const s = await getSummary(ctx.db);
      const graph = await ctx.analysis.graphs.live(s.version);
      return { version: s.version, nodes: s.counts, relationships: s.relationships, shortGroups: shortGroupsOf(graph.projection) };
    },
    dataQuality: async (_p, args, ctx) => {
      const a = parseArgs(z.object({ organisation: NodeId.nullish(), first: z.number().int().min(0).max(500).nullish() }), args);
      const organisation = a.organisation ?? null;
      const [findings, graph] = await Promise.all([dataQuality(ctx.db, organisation, a.first ?? 25), ctx.graph()]);
      const p = graph.projection;
      const org = organisation === null ? null : p.indexOf.get(organisation);
      if (org === undefined) throw badInput(`'${organisation}' is not an organisation in the graph.`);
      const shortGroups = shortGroupsOf(p).filter((g) => org === null || organisationOf(p, p.indexOf.get(g.node)!) === org);
      return { findings, shortGroups };
    },
    exportGraph: async (_p, args, ctx) => {
      return args.asOf ? (await ctx.graph(args.asOf)).past!.document : exportGraph(ctx.db);
    },
  },
  Mutation: {
    importGraph: (_p, args, ctx) => {
      const viewer = signedIn(ctx.viewer);
      return importGraph(ctx.db, args.document, args.mode, viewer, { confirmRemoval: args.confirmRemoval });
    },
  },
};
