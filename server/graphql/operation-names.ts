import { Kind, type DocumentNode, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { withOperation } from "../graph/database.js";

/**
 * Every transaction a GraphQL request starts carries its operation in Neo4j's metadata: the
 * operation's name, or else its top-level fields ("query blastRadius"), so a slow or stuck
 * transaction in SHOW TRANSACTIONS or the query log says which request it serves.
 */
export function operationNames<T extends Record<string, unknown>>(): Plugin<T> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const document = args.document as DocumentNode;
      const op = document.definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
      );
      const name = operationName(op);
      setExecuteFn((a) => withOperation(name, () => executeFn(a)));
    },
  };
}

function operationName(op: OperationDefinitionNode | undefined): string {
  if (!op) return "graphql";
  const fields = op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return `${op.operation} ${op.name?.value ?? fields.join(",")}`;
}
