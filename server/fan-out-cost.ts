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
 * counted as this many items: such lists are in memory already, and their size is unknown
 * until the engine has run.
 */
const UNBOUNDED_LIST = 10;
/** Fields that cost a round trip to Neo4j each time they resolve, weighed as this many items. */
const ROUND_TRIP: ReadonlySet<string> = new Set(["neighbours"]);
const ROUND_TRIP_WEIGHT = 10;

/**
 * The work an operation asks for, counted before it runs with its variables known: every
 * object it will resolve, each list counted at its real fan-out (the `first` given, else the
 * field's default), multiplied through the levels above it, and a round trip to the database
 * weighed more. Scalars ride with their object. Introspection is not counted.
 */
export function fanOutCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation = null;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName)) operation ??= d;
  }
  const root = operation?.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  if (!operation || !root) return 0;

  // `paged`: the `first` of an enclosing connection (protectFirst's), which sizes its edges.
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, times: number, paged: number | null): number => {
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) cost += field(s, parent, times, paged);
      else {
        const fragment = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value) : s;
        if (!fragment) continue;
        const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        cost += walk(fragment.selectionSet, (on ?? parent) as GraphQLCompositeType, times, paged);
      }
    }
    return cost;
  };
  const field = (node: FieldNode, parent: GraphQLCompositeType, times: number, paged: number | null): number => {
    if (node.name.value.startsWith("__") || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const def = parent.getFields()[node.name.value];
    if (!def) return 0;
    const list = isListType(getNullableType(def.type));
    const first = firstOf(def, node, variables);
    const items = list ? times * (first ?? paged ?? UNBOUNDED_LIST) : times;
    const own = ROUND_TRIP.has(def.name) ? times * ROUND_TRIP_WEIGHT : 0;
    if (!node.selectionSet) return own;
    return own + items + walk(node.selectionSet, getNamedType(def.type) as GraphQLCompositeType, items, list ? null : first);
  };
  return walk(operation.selectionSet, root, 1, null);
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
  return new GraphQLError(`The query would cost ${cost}, over the limit of ${limit}: ask for fewer items (a smaller first) or fewer levels.`, {
    extensions: { code: "BAD_USER_INPUT", cost, limit },
  });
}
