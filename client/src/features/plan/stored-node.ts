import { skipToken } from "@tanstack/react-query";
import { NODE_DETAILS } from "../../lib/node-details.js";
import type { NodeInput } from "../../gql/graphql.js";
import { useGraphQL } from "../../lib/query.js";

/** Where each label's entry goes in NodeInput. */
const INPUT_KEY = { CareService: "careService", System: "system", DataStore: "dataStore", Supplier: "supplier" } as const;
export type ChangeableLabel = keyof typeof INPUT_KEY;

export interface StoredNode {
  label: ChangeableLabel;
  name: string;
  /** The node's entry as stored, as an update takes it whole: fields without a value left out. */
  entry: Record<string, unknown>;
}

/** A node as stored, for a candidate to change some of its values and keep the rest. */
export function useStoredNode(id: string | null): StoredNode | null | undefined {
  const read = useGraphQL(NODE_DETAILS, id ? { id } : skipToken);
  const node = read.data?.node;
  if (!node) return node;
  if (!(node.label in INPUT_KEY)) return null;
  const entry = Object.fromEntries(Object.entries(node).filter(([k, v]) => k !== "label" && k !== "__typename" && v !== null));
  return { label: node.label as ChangeableLabel, name: node.name, entry };
}

/** The change as applyModelChanges takes it. */
export const nodeInput = (label: ChangeableLabel, entry: Record<string, unknown>): NodeInput =>
  ({ [INPUT_KEY[label]]: entry }) as NodeInput;
