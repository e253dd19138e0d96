import type { Scope } from "../base/scope.js";

export const ROLES = ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "graph:read",
  "graph:write",
  "register:read",
  "register:write",
  "risk:accept",
  "audit:read",
  "tokens:admin",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Roles are sets of permissions (API contract, "People, organisations and sign-in"). */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: PERMISSIONS,
  RISK_MANAGER: ["graph:read", "graph:write", "register:read", "register:write"],
  AUDITOR: ["graph:read", "register:read", "audit:read"],
  BOARD: ["graph:read", "register:read", "risk:accept"],
};

/** Who is asking: a token's holder or a signed-in person, with the role's permissions and the organisations it holds them for. */
export interface Viewer {
  /** The token's id, or the browser session's id. */
  tokenId: string;
  /** The name shown. */
  name: string;
  role: Role;
  /** The role's permissions, and any the sign-in mapping adds (risk:accept for named people). */
  permissions: ReadonlySet<Permission>;
  scope: Scope;
  /** The identity provider and its subject, for a person signed in; null for a token. */
  issuer: string | null;
  subject: string | null;
  /** The token's name, for a token; null for a person signed in. */
  token: string | null;
  /** An ADMIN token made on the command line with no scope: its every use is marked. */
  breakGlass: boolean;
}

export const can = (role: Role, permission: Permission): boolean => ROLE_PERMISSIONS[role].includes(permission);

export function permissionsOf(role: Role, extra: readonly Permission[] = []): ReadonlySet<Permission> {
  return new Set([...PERMISSIONS.filter((p) => can(role, p)), ...extra]);
}
