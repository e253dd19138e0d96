import { GraphQLError } from "graphql";
import { httpStatus } from "../errors.js";

export const ROLES = ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  tokenId: string;
  name: string;
  role: Role;
}

/** What each role may do: ADMIN everything; AUDITOR reads all and writes nothing; BOARD reads rankings and reports. */
const GRANTS = {
  "graph:read": ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"],
  "graph:export": ["ADMIN", "RISK_MANAGER", "AUDITOR"],
  "graph:write": ["ADMIN", "RISK_MANAGER"],
  "ranking:read": ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"],
  "audit:read": ["ADMIN", "AUDITOR"],
  "register:read": ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"],
  "register:write": ["ADMIN", "RISK_MANAGER"],
  "query:save": ["ADMIN", "RISK_MANAGER", "AUDITOR"],
  "tokens:admin": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof GRANTS;

export function can(role: Role, action: Action): boolean {
  return (GRANTS[action] as readonly Role[]).includes(role);
}

/** Throws UNAUTHENTICATED without a valid token, FORBIDDEN when the role may not do `action`. */
export function authorize(viewer: Viewer | null, action: Action): Viewer {
  if (!viewer) {
    throw new GraphQLError("A valid token is required: send Authorization: Bearer <token>.", {
      extensions: { code: "UNAUTHENTICATED", http: { status: httpStatus("UNAUTHENTICATED") } },
    });
  }
  if (!can(viewer.role, action)) {
    throw new GraphQLError(`The ${viewer.role} role may not do this (${action}).`, { extensions: { code: "FORBIDDEN" } });
  }
  return viewer;
}
