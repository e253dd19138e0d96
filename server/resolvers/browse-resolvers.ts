import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { badInput } from "../base/errors.js";
import { browseNodes } from "../graph/browse-nodes.js";
import { NODE_LABELS, SystemKind } from "../model/enums.js";
import type { Resolvers } from "./generated.js";

const NodeId = z.string().min(1).max(128);
const BrowseArgs = z
  .object({
    organisation: NodeId.nullish(),
    label: z.enum(NODE_LABELS).nullish(),
    kind: SystemKind.nullish(),
    first: z.number().int().min(1, "first must be at least 1").max(500, "first must be at most 500").nullish(),
    after: z.string().max(400).nullish(),
  })
  .refine((a) => !a.kind || !a.label || a.label === "System", {
    path: ["kind"],
    message: "kind is a system's: ask for label System, or no label",
  });

// The cursor is the last id of the page: paging by id stays in place while the graph changes.
const encode = (id: string): string => Buffer.from(`n:${id}`).toString("base64url");
function decode(cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString();
  if (!text.startsWith("n:") || text.length < 3) throw badInput("after is not a cursor from nodes.");
  return text.slice(2);
}

export const browseResolvers: Resolvers = {
  Query: {
    nodes: async (_p, args, ctx) => {
      const a = parseArgs(BrowseArgs, args);
      const first = a.first ?? 50;
      const filter = { organisation: a.organisation ?? null, label: a.label ?? null, kind: a.kind ?? null };
      const page = await browseNodes(ctx.db, filter, a.after ? decode(a.after) : null, first);
      if (!page.organisationFound) throw badInput(`'${filter.organisation}' is not an organisation in the graph.`);
      const edges = page.nodes.map((node) => ({ cursor: encode(String(node.props.id)), node }));
      return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
};
