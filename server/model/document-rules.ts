import type { InterchangeDocument } from "./document.js";
import type { NodeLabel } from "./enums.js";
import { checkGroups, type GroupMember, type GroupsOf } from "./group-rules.js";
import type { Problem } from "./problems.js";

/** Where problems go: an array, or a ProblemList that keeps only the first few. */
export interface ProblemSink {
  push(...problems: Problem[]): number;
}

/** What the graph already holds, for the references a document makes but does not declare. */
export interface GraphFacts {
  labelOf(id: string): NodeLabel | undefined;
  /** The grouped dependencies node `from` already has, by group. */
  groupsOf: GroupsOf;
}

const NO_GROUPS: ReadonlyMap<string, readonly GroupMember[]> = new Map<string, readonly GroupMember[]>();
export const NO_FACTS: GraphFacts = { labelOf: () => undefined, groupsOf: () => NO_GROUPS };

const DEPENDENT: ReadonlySet<NodeLabel> = new Set(["CareService", "System", "DataStore"]);
const PROVIDER: ReadonlySet<NodeLabel> = new Set(["CareService", "System", "DataStore", "Supplier"]);
const ADMINISTRATOR: ReadonlySet<NodeLabel> = new Set(["System", "Supplier"]);

/** Each node list of the document and the label its entries get. */
export const NODE_LISTS: ReadonlyArray<[keyof InterchangeDocument, NodeLabel]> = [
  ["organisations", "Organisation"],
  ["careServices", "CareService"],
  ["systems", "System"],
  ["dataStores", "DataStore"],
  ["suppliers", "Supplier"],
];

/**
 * The rules between entries of a parsed document (model section 7): unique ids, references
 * that resolve to an allowed label, consistent redundancy groups. Returns every problem.
 */
export function checkDocumentRules(doc: InterchangeDocument, facts: GraphFacts = NO_FACTS, sink?: ProblemSink): Problem[] {
  const found: Problem[] = [];
  const problems: ProblemSink = sink ?? found;
  const declared = new Map<string, { label: NodeLabel; path: string }>();

  for (const [key, label] of NODE_LISTS) {
    (doc[key] as ReadonlyArray<{ id: string }>).forEach((node, i) => {
      const path = `$.${key}[${i}].id`;
      const first = declared.get(node.id);
      if (first) problems.push({ path, message: `duplicate id '${node.id}' (first at ${first.path})` });
      else declared.set(node.id, { label, path });
      const existing = facts.labelOf(node.id);
      if (existing && existing !== label) {
        problems.push({ path, message: `id '${node.id}' is already a ${existing} in the graph` });
      }
    });
  }

  const labelOf = (id: string): NodeLabel | undefined => declared.get(id)?.label ?? facts.labelOf(id);
  const expect = (id: string, allowed: ReadonlySet<NodeLabel>, path: string, what: string): void => {
    const label = labelOf(id);
    if (!label) problems.push({ path, message: `unknown reference '${id}'` });
    else if (!allowed.has(label)) {
      problems.push({ path, message: `${what} must be a ${[...allowed].join(" or ")}, but '${id}' is a ${label}` });
    }
  };
  const ORG: ReadonlySet<NodeLabel> = new Set(["Organisation"]);
  const SUP: ReadonlySet<NodeLabel> = new Set(["Supplier"]);

  doc.careServices.forEach((s, i) => expect(s.organisation, ORG, `$.careServices[${i}].organisation`, "organisation"));
  doc.dataStores.forEach((d, i) => expect(d.organisation, ORG, `$.dataStores[${i}].organisation`, "organisation"));
  doc.systems.forEach((s, i) => {
    expect(s.organisation, ORG, `$.systems[${i}].organisation`, "organisation");
    if (s.supplier !== undefined) expect(s.supplier, SUP, `$.systems[${i}].supplier`, "supplier");
  });

  checkDependencies(doc, expect, problems);
  problems.push(...checkGroups(doc, facts.groupsOf));
  checkPairs(
    doc.accesses.map((a) => [a.system, a.dataStore] as const),
    "accesses",
    ["system", "dataStore"],
    problems,
    (from, to, i) => {
      expect(from, new Set(["System"]), `$.accesses[${i}].system`, "system");
      expect(to, new Set(["DataStore"]), `$.accesses[${i}].dataStore`, "dataStore");
    },
  );
  checkPairs(
    doc.administers.map((a) => [a.from, a.to] as const),
    "administers",
    ["from", "to"],
    problems,
    (from, to, i) => {
      expect(from, ADMINISTRATOR, `$.administers[${i}].from`, "administers.from");
      expect(to, new Set(["System"]), `$.administers[${i}].to`, "administers.to");
    },
  );
  return found;
}

type Expect = (id: string, allowed: ReadonlySet<NodeLabel>, path: string, what: string) => void;

function checkDependencies(doc: InterchangeDocument, expect: Expect, problems: ProblemSink): void {
  const seen = new Map<string, number>();
  doc.dependencies.forEach((d, i) => {
    const at = `$.dependencies[${i}]`;
    expect(d.from, DEPENDENT, `${at}.from`, "dependency source");
    expect(d.to, PROVIDER, `${at}.to`, "dependency target");
    if (d.from === d.to) problems.push({ path: `${at}.to`, message: `'${d.from}' cannot depend on itself` });
    const key = `${d.from}\u0000${d.to}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ path: at, message: `duplicate dependency ${d.from} -> ${d.to} (first at $.dependencies[${first}])` });
    } else seen.set(key, i);

    if (d.effect === "DEGRADES" && d.capacity === undefined) {
      problems.push({ path: `${at}.capacity`, message: "DEGRADES needs a capacity between 0 and 1" });
    }
    if (d.effect === "FAILS" && d.capacity !== undefined) {
      problems.push({ path: `${at}.capacity`, message: "capacity applies only to DEGRADES" });
    }
    if (d.group === undefined && d.share !== undefined) {
      problems.push({ path: `${at}.share`, message: "share applies only to a member of a group" });
    }
  });
}

function checkPairs(
  pairs: ReadonlyArray<readonly [string, string]>,
  key: string,
  fields: readonly [string, string],
  problems: ProblemSink,
  each: (from: string, to: string, i: number) => void,
): void {
  const seen = new Map<string, number>();
  pairs.forEach(([from, to], i) => {
    each(from, to, i);
    if (from === to) problems.push({ path: `$.${key}[${i}].${fields[1]}`, message: `'${from}' cannot point to itself` });
    const k = `${from}\u0000${to}`;
    const first = seen.get(k);
    if (first !== undefined) problems.push({ path: `$.${key}[${i}]`, message: `listed twice (first at $.${key}[${first}])` });
    else seen.set(k, i);
  });
}
