import type { Session } from "./session.js";

/** The audit trail, its verification and the past (audit:read): administrators and auditors only (docs/api.md). */
export const mayReadAudit = (role: Session["role"]): boolean => role === "ADMIN" || role === "AUDITOR";

/** Saving a query (query:save): every role but the board. */
export const maySaveQueries = (role: Session["role"]): boolean => role !== "BOARD";
