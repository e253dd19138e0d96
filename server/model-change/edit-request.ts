import { z } from "zod";
import { badInput } from "../base/errors.js";
import { jsonPath } from "../model/problems.js";
import type { RelType } from "./change-set.js";
import { addUpsert, emptyRequest, type ChangeRequest, type Expectation, type ListKey } from "./request.js";

/** GraphQL gives null for an omitted optional field; the document rules expect it absent. */
function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([k, x]) => [k, dropNulls(x)]),
    );
  return v;
}

const NODE_FIELDS: ReadonlyArray<[string, ListKey]> = [
  ["organisation", "organisations"],
  ["careService", "careServices"],
  ["system", "systems"],
  ["dataStore", "dataStores"],
  ["supplier", "suppliers"],
];
const REL_FIELDS: ReadonlyArray<[string, ListKey, RelType, string, string]> = [
  ["dependency", "dependencies", "DEPENDS_ON", "from", "to"],
  ["access", "accesses", "ACCESSES", "system", "dataStore"],
  ["administers", "administers", "ADMINISTERS", "from", "to"],
];

const Change = z.object({
  op: z.enum(["CREATE", "UPDATE", "UPSERT", "DELETE"]),
  node: z.record(z.string(), z.unknown()).nullish(),
  id: z.string().min(1).max(128).nullish(),
  dependency: z.record(z.string(), z.unknown()).nullish(),
  access: z.record(z.string(), z.unknown()).nullish(),
  administers: z.record(z.string(), z.unknown()).nullish(),
});
export type ChangeInput = z.input<typeof Change>;

/**
 * The mutations' changes as one request; each entry's origin is its path among the arguments
 * (`$.changes[2].node.system`), so the document rules' problems name what the caller sent.
 */
export function editRequest(changes: readonly unknown[], cascade: boolean, single = false): ChangeRequest {
  const req = emptyRequest(changes.length === 1 ? "edit" : `edit of ${changes.length} changes`);
  req.cascade = cascade;
  if (changes.length > 100_000) throw badInput("At most 100,000 changes in one batch.");
  changes.forEach((raw, i) => {
    const path = single ? "$" : `$.changes[${i}]`;
    const parsed = Change.safeParse(raw);
    if (!parsed.success) {
      req.problems.push(
        ...parsed.error.issues.map((x) => ({ path: jsonPath(single ? x.path : ["changes", i, ...x.path]), message: x.message })),
      );
      return;
    }
    const c = parsed.data;
    const given = (["node", "id", "dependency", "access", "administers"] as const).filter((k) => c[k] !== null && c[k] !== undefined);
    if (given.length !== 1) {
      req.problems.push({
        path,
        message: `give exactly one of node, id, dependency, access or administers (given: ${given.join(", ") || "none"})`,
      });
      return;
    }
    const [what] = given;
    if (what === "id") {
      if (c.op !== "DELETE") req.problems.push({ path: `${path}.op`, message: "id alone names a node to DELETE" });
      else req.removeNodes.push({ id: c.id!, origin: { path: `${path}.id` } });
    } else if (what === "node") {
      const fields = Object.entries(c.node!).filter(([, v]) => v !== null && v !== undefined);
      const match = NODE_FIELDS.find(([f]) => f === fields[0]?.[0]);
      if (fields.length !== 1 || !match)
        req.problems.push({
          path: `${path}.node`,
          message: "give exactly one of organisation, careService, system, dataStore or supplier",
        });
      else if (c.op === "DELETE") req.problems.push({ path: `${path}.op`, message: "to DELETE a node, give its id" });
      else addUpsert(req, match[1], dropNulls(fields[0]![1]), { path: `${path}.node.${match[0]}` }, c.op as Expectation);
    } else {
      const [field, list, type, a, b] = REL_FIELDS.find(([f]) => f === what)!;
      const entry = dropNulls(c[field as "dependency" | "access" | "administers"]) as Record<string, unknown>;
      if (c.op === "DELETE")
        req.removeRelationships.push({ type, from: String(entry[a]), to: String(entry[b]), origin: { path: `${path}.${field}` } });
      else addUpsert(req, list, entry, { path: `${path}.${field}` }, c.op as Expectation);
    }
  });
  return req;
}
