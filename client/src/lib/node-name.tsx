import { skipToken } from "@tanstack/react-query";
import { graphql } from "../gql/gql.js";
import { useGraphQL } from "./query.js";

const NAME = graphql(`
  query NodeName($id: ID!) {
    node(id: $id) {
      id
      name
    }
  }
`);

/** A node's name by its id (the id itself while read, or where the model does not hold it). */
export function useNodeName(id: string, enabled = true): string {
  const named = useGraphQL(NAME, id && enabled ? { id } : skipToken);
  return named.data?.node?.name ?? id;
}

/** A node named where only its id is known (a system's supplier, a relationship's end). */
export function NodeName({ id }: { id: string }) {
  return <>{useNodeName(id)}</>;
}
