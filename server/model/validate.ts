import { z } from "zod";
import { InterchangeDocument } from "./document.js";
import { checkDocumentRules, type GraphFacts, NO_FACTS, NODE_LISTS } from "./document-rules.js";
import type { NodeLabel } from "./enums.js";
import { jsonPath, ProblemList, type Problem } from "./problems.js";

/**
 * `problems` holds the first MAX_PROBLEMS problems and `total` counts those found; once
 * MAX_PROBLEMS are found checking stops, and `unchecked` counts the entries left unread.
 */
export type Validation = { ok: true; document: InterchangeDocument } | { ok: false; problems: Problem[]; total: number; unchecked: number };

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
 * returns its problems, stopping at MAX_PROBLEMS so that a document of millions of broken
 * entries costs no more time or memory than one of a thousand. Entries are parsed one by one so that a malformed entry does not
 * hide a broken reference elsewhere; entries that fail their shape leave holes in the lists
 * the rules see (forEach skips holes), and their ids still count as declared.
 */
export function validateDocument(raw: unknown, facts: GraphFacts = NO_FACTS): Validation {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) {
    const problems = new ProblemList();
    problems.push(...issuesToProblems(envelope.error.issues, []));
    return { ok: false, problems: problems.items, total: problems.total, unchecked: 0 };
  }

  const problems = new ProblemList();
  const malformed = new Map<string, NodeLabel>();
  const sparse: Record<string, unknown[]> = {};
  let unchecked = 0;
  for (const key of LISTS) {
    const item = InterchangeDocument.shape[key].unwrap().element;
    const list = envelope.data[key];
    const out: unknown[] = new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) {
      if (problems.full) {
        unchecked += list.length - i;
        break;
      }
      const parsed = item.safeParse(list[i]);
      if (parsed.success) out[i] = parsed.data;
      else {
        problems.push(...issuesToProblems(parsed.error.issues, [key, i]));
        const label = LABEL_OF_LIST[key];
        const id = (list[i] as { id?: unknown } | null)?.id;
        if (label && typeof id === "string") malformed.set(id, label);
      }
    }
    sparse[key] = out;
  }
  if (unchecked) return { ok: false, problems: problems.items, total: problems.total, unchecked };
  const doc = sparse as unknown as InterchangeDocument;
  const withMalformed: GraphFacts = {
    labelOf: (id) => facts.labelOf(id) ?? malformed.get(id),
    groupsOf: facts.groupsOf,
  };
  checkDocumentRules(doc, withMalformed, problems);
  return problems.total ? { ok: false, problems: problems.items, total: problems.total, unchecked: 0 } : { ok: true, document: doc };
}

/** What a refusal leaves unsaid, as the last line of its problems; null when nothing is. */
export function untold(v: Extract<Validation, { ok: false }>): string | null {
  const n = (x: number): string => x.toLocaleString("en-GB");
  if (v.unchecked) return `… and ${n(v.unchecked)} more entries, not checked: checking stops at ${n(v.problems.length)} problems`;
  if (v.total > v.problems.length) return `… and ${n(v.total - v.problems.length)} more problems`;
  return null;
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
