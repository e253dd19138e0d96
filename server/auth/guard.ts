import { defaultFieldResolver, GraphQLError, type GraphQLSchema } from "graphql";
import { httpStatus } from "../base/error-codes.js";
import { FIELD_PERMISSIONS, ROUTE_PERMISSIONS, type Requirement, type Route } from "./permission-table.js";
import type { Permission, Viewer } from "./roles.js";

const TABLE: Readonly<Record<string, Requirement>> = FIELD_PERMISSIONS;

function holds(viewer: Viewer, r: Requirement): boolean {
  const has = (p: Permission): boolean => viewer.permissions.has(p);
  if (typeof r === "string") return has(r);
  return "allOf" in r ? r.allOf.every(has) : r.anyOf.some(has);
}

const describe = (r: Requirement): string => (typeof r === "string" ? r : "allOf" in r ? r.allOf.join(" and ") : r.anyOf.join(" or "));

/** The one check: UNAUTHENTICATED without a viewer, FORBIDDEN when the viewer lacks what `r` needs. */
export function requirePermission(viewer: Viewer | null, r: Requirement): Viewer {
  if (!viewer) {
    throw new GraphQLError("A valid token is required: send Authorization: Bearer <token>.", {
      extensions: { code: "UNAUTHENTICATED", http: { status: httpStatus("UNAUTHENTICATED") } },
    });
  }
  if (!holds(viewer, r)) {
    throw new GraphQLError(`The ${viewer.role} role may not do this (${describe(r)}).`, { extensions: { code: "FORBIDDEN" } });
  }
  return viewer;
}

/** The check for an HTTP route, from the same table's routes. */
export const requireRoute = (viewer: Viewer | null, route: Route): Viewer => requirePermission(viewer, ROUTE_PERMISSIONS[route]);

/** Root fields of the schema as the table names them: "Query.me", "Mutation.createRisk". */
export function rootFields(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((t) =>
    t ? Object.keys(t.getFields()).map((f) => `${t.name}.${f}`) : [],
  );
}

/**
 * Wraps every root field's resolver with the table's check, so no resolver runs for a caller
 * the table refuses, whether the field is asked for directly or by a saved query. A field the
 * table does not name stops the server: nothing is open by omission.
 */
export function guardSchema<T extends GraphQLSchema>(schema: T): T {
  const missing = rootFields(schema).filter((f) => !(f in TABLE));
  if (missing.length) throw new Error(`No permission is named for ${missing.join(", ")} (server/auth/permission-table.ts).`);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const need = TABLE[`${type!.name}.${field.name}`]!;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: { viewer: Viewer | null }, info) => {
        requirePermission(ctx.viewer, need);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

/** The viewer of a field the guard has let through: never null there. */
export const signedIn = (viewer: Viewer | null): Viewer => requirePermission(viewer, { allOf: [] });
