import { z } from "zod";
import { InterchangeDocument } from "./document.js";
import { checkDocumentRules, type GraphFacts, NO_FACTS, NODE_LISTS } from "./document-rules.js";
import type { NodeLabel } from "./enums.js";
import { jsonPath, type Problem } from "./problems.js";

export type Validation = { ok: true; document: InterchangeDocument } | { ok: false; problems: Problem[] };

type ListKey = keyof InterchangeDocument;
const LISTS = Object.keys(InterchangeDocument.shape) as ListKey[];
const LABEL_OF_LIST: Partial<Record<ListKey, NodeLabel>> = Object.fromEntries(NODE_LISTS);
const Envelope = z.strictObject(
  Object.fromEntries(LISTS.map((k) => [k, z.array(z.unknown()).max(5_000_000).default([])])) as Record<
    ListKey,
    z.ZodDefault<z.ZodArray<z.ZodUnknown>>
  >,
);

/**
 * Checks a whole document, shape and rules, against what the graph already holds, and
 * returns every problem. Entries are parsed one by one so that a malformed entry does not
 * hide a broken reference elsewhere; entries that fail their shape leave holes in the lists
 * the rules see (forEach skips holes), and their ids still count as declared.
 */
export function validateDocument(raw: unknown, facts: GraphFacts = NO_FACTS): Validation {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { ok: false, problems: issuesToProblems(envelope.error.issues, []) };

  const problems: Problem[] = [];
  const malformed = new Map<string, NodeLabel>();
  const sparse: Record<string, unknown[]> = {};
  for (const key of LISTS) {
    const item = InterchangeDocument.shape[key].unwrap().element;
    const out: unknown[] = new Array<unknown>(envelope.data[key].length);
    envelope.data[key].forEach((entry, i) => {
      const parsed = item.safeParse(entry);
      if (parsed.success) out[i] = parsed.data;
      else {
        problems.push(...issuesToProblems(parsed.error.issues, [key, i]));
        const label = LABEL_OF_LIST[key];
        const id = (entry as { id?: unknown } | null)?.id;
        if (label && typeof id === "string") malformed.set(id, label);
      }
    });
    sparse[key] = out;
  }
  const doc = sparse as unknown as InterchangeDocument;
  const withMalformed: GraphFacts = {
    labelOf: (id) => facts.labelOf(id) ?? malformed.get(id),
    groupsOf: facts.groupsOf,
  };
  problems.push(...checkDocumentRules(doc, withMalformed));
  return problems.length ? { ok: false, problems } : { ok: true, document: doc };
}

/** Whether the document is an object of lists at all, before anything is read for it. */
export function checkEnvelope(raw: unknown): Problem[] {
  const envelope = Envelope.safeParse(raw);
  return envelope.success ? [] : issuesToProblems(envelope.error.issues, []);
}

function issuesToProblems(issues: ReadonlyArray<z.core.$ZodIssue>, prefix: PropertyKey[]): Problem[] {
  return issues.map((i) => ({ path: jsonPath([...prefix, ...i.path]), message: plain(i.message) }));
}

/** zod says "expected string, received undefined" where a person would say "is required". */
function plain(message: string): string {
  return message.endsWith("received undefined") ? "is required" : message;
}
