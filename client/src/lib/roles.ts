import type { Person } from "./session.js";
import { ROLE_PERMISSIONS, type Permission } from "../../../server/auth/roles.js";

type Role = Person["role"];

/**
 * Whether the signed-in person holds `permission`: as the server listed it at sign-in
 * (Viewer.permissions: the role's, and any the sign-in mapping adds, such as risk:accept for
 * named people), or, for a session kept before the list was, as the role gives it.
 */
const holds = (p: Pick<Person, "role" | "permissions">, permission: Permission): boolean =>
  (p.permissions ?? ROLE_PERMISSIONS[p.role]).includes(permission);

/** The audit trail, its verification and the past (audit:read): administrators and auditors only (docs/api.md). */
export const mayReadAudit = (role: Role): boolean => role === "ADMIN" || role === "AUDITOR";

/** Saving a query (query:save): every role but the board. */
export const maySaveQueries = (role: Role): boolean => role !== "BOARD";

/** Changing the model, and applying a candidate: administrators and risk managers. */
export const mayEdit = (role: Role): boolean => role === "ADMIN" || role === "RISK_MANAGER";

/** Writing the register (register:write): raising, changing and proposing to accept risks. */
export const mayWriteRegister = (p: Pick<Person, "role" | "permissions">): boolean => holds(p, "register:write");

/** Deciding on a risk's acceptance and revoking one (risk:accept): by role, or granted by the sign-in mapping. */
export const mayDecide = (p: Pick<Person, "role" | "permissions">): boolean => holds(p, "risk:accept");
