import { skipToken } from "@tanstack/react-query";
import type { NodeLabel } from "../../../../server/model/vocabulary.js";
import { NODE_DETAILS } from "../../lib/node-details.js";
import { useGraphQL } from "../../lib/query.js";
import { toFormValues, type FormValues } from "./node-fields.js";

/**
 * The open node's label and its values for the form: undefined while read (or with none open),
 * null where the model does not hold it.
 */
export function useNode(id: string | null) {
  const read = useGraphQL(NODE_DETAILS, id ? { id } : skipToken);
  const node = read.data?.node;
  const form: { label: NodeLabel; values: FormValues } | null | undefined = node
    ? { label: node.label, values: toFormValues(node.label, node) }
    : node;
  return { form, error: read.error };
}
