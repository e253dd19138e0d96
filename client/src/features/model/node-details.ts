import type { NodeLabel } from "../../../../server/model/vocabulary.js";
import { request } from "../../lib/graphql.js";
import { toFormValues, type FormValues } from "./node-fields.js";

const NODE = `query($id: ID!) { node(id: $id) { id name label
  ... on Organisation { type region }
  ... on CareService { organisation severity patientsPerDay impactToleranceHours workaround { capacity sustainableHours } owner }
  ... on System { organisation kind supplier internetFacing owner recoveryHours }
  ... on DataStore { organisation records sensitivity owner recoveryHours }
  ... on Supplier { certifications recoveryHours } } }`;

/** A stored node's label and its values for the form; null where the model does not hold it. */
export async function loadNode(id: string, token: string, signal?: AbortSignal): Promise<{ label: NodeLabel; values: FormValues } | null> {
  const r = await request<{ node: (Record<string, unknown> & { label: NodeLabel }) | null }>(NODE, { id }, token, signal);
  return r.node ? { label: r.node.label, values: toFormValues(r.node.label, r.node) } : null;
}
