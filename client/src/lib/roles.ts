import type { Person } from "./session.js";

type Role = Person["role"];

/** The audit trail, its verification and the past (audit:read): administrators and auditors only (docs/api.md). */
export const mayReadAudit = (role: Role): boolean => role === "ADMIN" || role === "AUDITOR";

/** Saving a query (query:save): every role but the board. */
export const maySaveQueries = (role: Role): boolean => role !== "BOARD";

/** Changing the model and the register, and applying a candidate: administrators and risk managers. */
export const mayEdit = (role: Role): boolean => role === "ADMIN" || role === "RISK_MANAGER";

/** Deciding on a risk's acceptance: administrators and the board. */
export const mayDecide = (role: Role): boolean => role === "ADMIN" || role === "BOARD";
