import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { guardSchema, rootFields } from "../../server/auth/guard.js";
import { FIELD_PERMISSIONS, ROUTE_PERMISSIONS } from "../../server/auth/permission-table.js";
import { PERMISSIONS, ROLE_PERMISSIONS } from "../../server/auth/roles.js";

const schema = () => buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

describe("the permission table", () => {
  it("names every query and mutation of the schema, and nothing else", () => {
    const fields = rootFields(schema());
    expect(fields.length).toBeGreaterThan(30);
    expect(fields.filter((f) => !(f in FIELD_PERMISSIONS))).toEqual([]);
    expect(Object.keys(FIELD_PERMISSIONS).filter((f) => !fields.includes(f))).toEqual([]);
  });

  it("names only the seven permissions", () => {
    const named = [...Object.values(FIELD_PERMISSIONS), ...Object.values(ROUTE_PERMISSIONS)].flatMap((r) =>
      typeof r === "string" ? [r] : "allOf" in r ? r.allOf : r.anyOf,
    );
    expect(named.filter((p) => !(PERMISSIONS as readonly string[]).includes(p))).toEqual([]);
  });

  it("makes each role the set of permissions the contract gives it", () => {
    expect(ROLE_PERMISSIONS.ADMIN).toEqual(PERMISSIONS);
    expect([...ROLE_PERMISSIONS.RISK_MANAGER].sort()).toEqual(["graph:read", "graph:write", "register:read", "register:write"]);
    expect([...ROLE_PERMISSIONS.AUDITOR].sort()).toEqual(["audit:read", "graph:read", "register:read"]);
    expect([...ROLE_PERMISSIONS.BOARD].sort()).toEqual(["graph:read", "register:read", "risk:accept"]);
  });

  it("stops a schema with a root field it does not name from being served", () => {
    const s = buildSchema("type Query { me: String unlisted: Int }");
    expect(() => guardSchema(s)).toThrow(/Query\.unlisted/);
  });
});
