import {
  defaultFieldResolver,
  type GraphQLError,
  getNullableType,
  isListType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
} from "graphql";
import { tooCostly, UNBOUNDED_LIST, type Costing } from "./fan-out-cost.js";

/** What is left of one request's cost limit once its operation was costed before running. */
export interface CostBudget {
  left: number;
  readonly limit: number;
  readonly whole: Costing["whole"];
  /** Told once the limit is spent, so that the request's work still pending stops at once. */
  readonly spent: (error: GraphQLError) => void;
}

export function costBudget(limit: number, costing: Costing, spent: CostBudget["spent"] = () => {}): CostBudget {
  return { left: limit - costing.cost, limit, whole: costing.whole, spent };
}

/** A list field that may be answered whole: it has no `first`, or a `first` without a default. */
function mayBeWhole(field: GraphQLField<unknown, unknown>): boolean {
  if (!isListType(getNullableType(field.type))) return false;
  const first = field.args.find((a) => a.name === "first");
  return !first || typeof first.defaultValue !== "number";
}

/**
 * Wraps every list that may be answered whole so that, once it has resolved, each item past
 * the UNBOUNDED_LIST the cost check assumed is charged at the cost of its selection, and the
 * request is refused (that field errs, nothing beneath it runs) when its limit is spent. Ten
 * large blast radii whose affected nodes each ask for their neighbours are paid for by the
 * nodes actually affected, not by ten each.
 */
export function chargeWholeLists(schema: GraphQLSchema, budgetOf: (context: unknown) => CostBudget | undefined): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!mayBeWhole(field)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const budget = budgetOf(context);
        if (!budget) return resolve(source, args, context, info);
        const answer = resolve(source, args, context, info) as unknown;
        return answer instanceof Promise
          ? answer.then((list) => charge(list, budget, info.fieldNodes))
          : charge(answer, budget, info.fieldNodes);
      };
    }
  }
}

function charge<T>(list: T, budget: CostBudget, nodes: readonly FieldNode[]): T {
  if (!Array.isArray(list) || list.length <= UNBOUNDED_LIST) return list;
  let perItem = 0;
  for (const n of nodes) perItem += budget.whole.get(n) ?? 0;
  if (perItem === 0) return list;
  budget.left -= (list.length - UNBOUNDED_LIST) * perItem;
  if (budget.left >= 0) return list;
  const error = tooCostly(Math.ceil(budget.limit - budget.left), budget.limit);
  budget.spent(error);
  throw error;
}
