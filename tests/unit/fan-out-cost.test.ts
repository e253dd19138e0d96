import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  isListType,
  getNullableType,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type SelectionSetNode,
} from "graphql";
import { CostCounter, fanOutCost } from "../../server/graphql/fan-out-cost.js";

const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
const query = schema.getQueryType()!;

/** Fragments on Query, each spreading the one below it `width` times: the old check's work grew as width^levels. */
function doublingFragments(levels: number, width = 2): string {
  const lines = ['fragment E0 on Query { searchNodes(text: "a", first: 1) { id } }'];
  for (let i = 1; i <= levels; i++) lines.push(`fragment E${i} on Query { ${` ...E${i - 1}`.repeat(width)} }`);
  return `{ ...E${levels} }\n${lines.join("\n")}`;
}

/** The count without memory: every spread expanded where it stands, as the cost is defined. */
function expanded(doc: DocumentNode, set: SelectionSetNode, parent: GraphQLObjectType, times: number): number {
  const fragments = new Map(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const walk = (s: SelectionSetNode, on: GraphQLObjectType, t: number): number => {
    let cost = 0;
    for (const sel of s.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) cost += walk(fragments.get(sel.name.value)!.selectionSet, on, t);
      else if (sel.kind === Kind.FIELD) {
        const def = on.getFields()[sel.name.value]!;
        const list = isListType(getNullableType(def.type));
        const first = sel.arguments?.find((a) => a.name.value === "first");
        const n = first && first.value.kind === Kind.INT ? Number(first.value.value) : 1;
        const items = list ? t * n : t;
        if (sel.selectionSet) cost += items + walk(sel.selectionSet, getNamedType(def.type) as GraphQLObjectType, items);
      }
    }
    return cost;
  };
  return walk(set, parent, times);
}

describe("the cost check's own work", () => {
  it("costs forty levels of fragments spread twice each by visiting each fragment once", () => {
    const doc = parse(doublingFragments(40));
    const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const counter = new CostCounter(
      schema,
      new Map(doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f])),
      {},
    );
    const cost = counter.selection(op.selectionSet, query, 1, null);
    // Each of the 2^40 spreads of E0 resolves a search of one node.
    expect(cost).toBe(2 ** 40);
    expect(counter.visits).toBeLessThanOrEqual(2 * 41 + 2);
    expect(fanOutCost(schema, doc, null, {}).cost).toBe(cost);
  });

  it("matches the count with every fragment expanded, doing work linear in the document's size (random documents)", () => {
    const fields = [
      'searchNodes(text: "a", first: 2) { id }',
      'node(id: "x") { id }',
      "riskRating(likelihood: LOW, consequence: MINOR)",
      'searchNodes(text: "b", first: 3) { id name }',
    ];
    const shape = fc.array(
      fc.array(
        fc.oneof(
          fc.nat({ max: fields.length - 1 }).map((f) => ({ field: f })),
          fc.nat({ max: 40 }).map((s) => ({ spread: s })),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      {
        minLength: 1,
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(shape, (frags) => {
        // Fragment i spreads only fragments below it, so the document is valid and acyclic.
        const body = (i: number): string =>
          frags[i]!.map((s) => ("field" in s ? fields[s.field]! : i === 0 ? fields[0]! : `...F${s.spread % i}`)).join(" ");
        const text = `{ ...F${frags.length - 1} }\n${frags.map((_, i) => `fragment F${i} on Query { ${body(i)} }`).join("\n")}`;
        const doc = parse(text);
        const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
        const counter = new CostCounter(
          schema,
          new Map(doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f])),
          {},
        );
        expect(counter.selection(op.selectionSet, query, 1, null)).toBe(expanded(doc, op.selectionSet, query, 1));
        // Each entry is visited once, with at most two fields beneath it, however often its fragment is spread.
        const selections = frags.reduce((n, f) => n + f.length, 1);
        expect(counter.visits).toBeLessThanOrEqual(3 * selections);
      }),
      { numRuns: 300 },
    );
  });

  it("records each list left open with the cost of one of its items", () => {
    const doc = parse(
      '{ blastRadius(lost: ["a"]) { affected { node { id neighbours(first: 3) { node { id } } } } careServices(first: 5) { harm } } }',
    );
    const { whole } = fanOutCost(schema, doc, null, {});
    // affected: the item, its node, the node's round trip (10) and three neighbours with their nodes.
    expect([...whole.values()]).toEqual([1 + 1 + 10 + 3 + 3]);
  });
});
