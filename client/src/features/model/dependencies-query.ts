import { useMemo } from "react";
import { graphql } from "../../gql/gql.js";
import type { DependenciesQuery } from "../../gql/graphql.js";
import { useGraphQL } from "../../lib/query.js";
import type { NodeRef } from "../../lib/node-ref.js";

const DEPENDENCIES = graphql(`
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
`);

type Answered = NonNullable<DependenciesQuery["node"]>;

/** One DEPENDS_ON edge of the open node, with the node at its other end (and its organisation). */
export type Edge = Omit<Answered["out"][number], "node"> & { node: NodeRef };

export interface Dependencies {
  node: Pick<Answered, "id" | "name" | "label">;
  /** What it depends on. */
  out: Edge[];
  /** What depends on it. */
  in: Edge[];
}

/**
 * A node's dependencies both ways (DEPENDS_ON only): undefined while read, null where the model
 * has no such node. The table and the drawing of one node share the one read.
 */
export function useDependencies(id: string): { dependencies: Dependencies | null | undefined; error: Error | null } {
  const read = useGraphQL(DEPENDENCIES, { id });
  const dependencies = useMemo(() => {
    if (!read.data) return undefined;
    if (!read.data.node) return null;
    const { out, in: incoming, ...node } = read.data.node;
    const dependsOn = (e: Edge) => e.relationship === "DEPENDS_ON";
    return { node, out: out.filter(dependsOn), in: incoming.filter(dependsOn) };
  }, [read.data]);
  return { dependencies, error: read.error };
}
