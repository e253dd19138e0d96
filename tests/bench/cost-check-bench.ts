import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type SelectionSetNode,
} from "graphql";
import { fanOutCost } from "../../server/graphql/fan-out-cost.js";
import { summarise, type Summary } from "./stats.js";

export interface CostCheckFigures {
  /** The product's check of forty levels of fragments, each spreading the one below twice. */
  memoised40: Summary;
  /** The same check, and a check that expands every spread where it stands, at `levels`. */
  memoised: Summary;
  expanded: Summary;
  levels: number;
}

/** Fragments on Query, each spreading the one below it twice. */
function doubling(levels: number): DocumentNode {
  const lines = ['fragment E0 on Query { searchNodes(text: "a", first: 1) { id } }'];
  for (let i = 1; i <= levels; i++) lines.push(`fragment E${i} on Query { ...E${i - 1} ...E${i - 1} }`);
  return parse(`{ ...E${levels} }\n${lines.join("\n")}`);
}

/** The way the cost was counted before: each spread expanded again wherever it appears. */
function expandedCost(doc: DocumentNode, parent: GraphQLObjectType): number {
  const fragments = new Map(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const walk = (set: SelectionSetNode, on: GraphQLObjectType, times: number): number => {
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FRAGMENT_SPREAD) cost += walk(fragments.get(s.name.value)!.selectionSet, on, times);
      else if (s.kind === Kind.FIELD && s.selectionSet) {
        // Every list in these documents asks for one item, so a field resolves as often as its parent.
        const def = on.getFields()[s.name.value]!;
        cost += times + walk(s.selectionSet, getNamedType(def.type) as GraphQLObjectType, times);
      }
    }
    return cost;
  };
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return walk(op.selectionSet, parent, 1);
}

function timed(runs: number, work: () => number): Summary {
  // The first runs compile the code; a server has long done so before a hostile request arrives.
  for (let i = 0; i < 3; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

/**
 * The cost check's own time on the document that once held the server for minutes (forty
 * levels), and, as the baseline in the same run, the old expanding count beside the product's
 * at a depth the old one can still finish.
 */
export function costCheckBench(log: (l: string) => void, levels = 20): CostCheckFigures {
  const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
  const forty = doubling(40);
  const memoised40 = timed(200, () => fanOutCost(schema, forty, null, {}).cost);
  const doc = doubling(levels);
  const memoised = timed(200, () => fanOutCost(schema, doc, null, {}).cost);
  const expanded = timed(5, () => expandedCost(doc, schema.getQueryType()!));
  log(
    `cost check, 40 levels: median ${memoised40.median.toFixed(3)} ms, max ${memoised40.max.toFixed(3)} ms; at ${levels} levels ${memoised.median.toFixed(3)} ms against ${expanded.median.toFixed(0)} ms expanding every spread`,
  );
  return { memoised40, memoised, expanded, levels };
}
