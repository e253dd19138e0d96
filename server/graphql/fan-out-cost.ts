import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type FieldNode,
} from "graphql";

/**
 * A list whose `first` is left out and has no default (an analysis list answered whole) is
 * counted as this many items before it runs; once it has run, every item past these is charged
 * at its real cost (whole-lists.ts), so a long list is paid for by its real size.
 */
export const UNBOUNDED_LIST = 10;
/** Fields that cost a round trip to Neo4j each time they resolve, weighed as this many items. */
const ROUND_TRIP: ReadonlySet<string> = new Set(["neighbours"]);
const ROUND_TRIP_WEIGHT = 10;
/**
 * Most selections one costing may visit. Each fragment is costed once per type and paging, so
 * this is reached only by a document far past the token limit; such a cost is not known cheaply.
 */
const MAX_VISITS = 100_000;

/**
 * Counts the work a document asks for, with its variables known: every object it will resolve,
 * each list at its real fan-out (the `first` given, else the field's default), multiplied
 * through the levels above it, and a round trip to the database weighed more. Scalars ride with
 * their object; introspection is not counted. A cost is linear in how many times its selection
 * runs, so a fragment is costed once per (type, paging) and scaled: fragments spread twice at
 * each of forty levels cost forty visits, not 2^40.
 */
export class CostCounter {
  private readonly memo = new Map<string, number>();
  private readonly open = new Set<string>();
  /** Selections visited so far: the costing's own work, linear in the document's size. */
  visits = 0;
  /**
   * The lists left open (counted as UNBOUNDED_LIST items), each with what one of its items
   * costs: once such a list has run, its items past those are charged (whole-lists.ts).
   */
  readonly whole = new Map<FieldNode, number>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** The cost of a selection resolved `times` over on `parent`; `paged` sizes a connection's edges. */
  selection(set: SelectionSetNode, parent: GraphQLCompositeType, times: number, paged: number | null): number {
    let cost = 0;
    for (const s of set.selections) {
      if (++this.visits > MAX_VISITS) throw uncostable();
      if (s.kind === Kind.FIELD) cost += this.field(s, parent, times, paged);
      else if (s.kind === Kind.INLINE_FRAGMENT)
        cost += this.selection(s.selectionSet, this.typeOf(s.typeCondition?.name.value, parent), times, paged);
      else cost += times * this.fragmentOnce(s.name.value, parent, paged);
    }
    return cost;
  }

  private fragmentOnce(name: string, parent: GraphQLCompositeType, paged: number | null): number {
    const fragment = this.fragments.get(name);
    if (!fragment) return 0;
    const key = `${name}\u0000${parent.name}\u0000${paged ?? ""}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    // Validation refuses fragment cycles; a document that reaches here with one is refused too.
    if (this.open.has(key)) throw uncostable();
    this.open.add(key);
    const cost = this.selection(fragment.selectionSet, this.typeOf(fragment.typeCondition.name.value, parent), 1, paged);
    this.open.delete(key);
    this.memo.set(key, cost);
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, times: number, paged: number | null): number {
    if (node.name.value.startsWith("__") || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const def = parent.getFields()[node.name.value];
    if (!def) return 0;
    const list = isListType(getNullableType(def.type));
    const first = firstOf(def, node, this.variables);
    const items = list ? times * (first ?? paged ?? UNBOUNDED_LIST) : times;
    const own = ROUND_TRIP.has(def.name) ? times * ROUND_TRIP_WEIGHT : 0;
    if (!node.selectionSet) return own;
    const beneath = this.selection(node.selectionSet, getNamedType(def.type) as GraphQLCompositeType, items, list ? null : first);
    // Costs are linear in `items`, so one item's share is exact whatever the levels above.
    if (list && first === null && paged === null && items > 0)
      this.whole.set(node, Math.max(this.whole.get(node) ?? 0, 1 + beneath / items));
    return own + items + beneath;
  }

  private typeOf(name: string | undefined, parent: GraphQLCompositeType): GraphQLCompositeType {
    return ((name && this.schema.getType(name)) || parent) as GraphQLCompositeType;
  }
}

/** The fragments of a document by name. */
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

export interface Costing {
  cost: number;
  /** Each list left open, with the cost of one of its items. */
  whole: ReadonlyMap<FieldNode, number>;
}

/** The cost of the operation a request runs (see CostCounter). */
export function fanOutCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): Costing {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const root =
    operation?.kind !== Kind.OPERATION_DEFINITION
      ? null
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getQueryType();
  if (operation?.kind !== Kind.OPERATION_DEFINITION || !root) return { cost: 0, whole: new Map() };
  const counter = new CostCounter(schema, fragmentsOf(document), variables);
  return { cost: counter.selection(operation.selectionSet, root, 1, null), whole: counter.whole };
}

/** A field's `first` as asked, else its default; null when it has none or it is left open. */
function firstOf(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | null {
  const arg = def.args.find((a) => a.name === "first");
  if (!arg) return null;
  const given = node.arguments?.find((a) => a.name.value === "first");
  const value = given ? valueFromAST(given.value, arg.type, variables) : undefined;
  if (typeof value === "number") return Math.max(value, 0);
  return typeof arg.defaultValue === "number" ? arg.defaultValue : null;
}

export function tooCostly(cost: number, limit: number): GraphQLError {
  return new GraphQLError(
    `The query would cost ${cost}, over the limit of ${limit}: ask for fewer items (a smaller first) or fewer levels.`,
    {
      extensions: { code: "BAD_USER_INPUT", cost, limit },
    },
  );
}

function uncostable(): GraphQLError {
  return new GraphQLError("The query's cost cannot be counted within bounds: use fewer fragments or fewer levels.", {
    extensions: { code: "BAD_USER_INPUT" },
  });
}
