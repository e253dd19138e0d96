import { z } from "zod";
import type { Severity } from "./enums.js";
import { IsoDate } from "./iso-date.js";

/**
 * A risk's acceptance (model section 12): proposed with a justification and an expiry, decided
 * by someone else holding risk:accept, and kept with what was judged, so a later graph can be
 * compared with it. Acceptances are kept on their risk, oldest first: the last is the current one.
 */
export const ACCEPTANCE_STATES = ["PROPOSED", "ACCEPTED", "REJECTED", "EXPIRED", "REVOKED", "LAPSED"] as const;
export type AcceptanceState = (typeof ACCEPTANCE_STATES)[number];

/** What the decision judged: the residual rating and harm on one graph version and profile. */
export interface AcceptanceSnapshot {
  rating: number;
  consequence: Severity;
  harm: number;
  graphVersion: number;
  profile: string;
}

export interface Acceptance {
  id: string;
  /** Stored state; EXPIRED is never stored but read from the expiry (stateOn). */
  state: Exclude<AcceptanceState, "EXPIRED">;
  justification: string;
  expires: string;
  proposedBy: string;
  /** Who proposed, as a person is known across tokens: issuer and subject, or the name. */
  proposerKey: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
  snapshot: AcceptanceSnapshot | null;
  lapsedAt: string | null;
  lapsedAtGraphVersion: number | null;
  /** What moved when it lapsed, or why it was revoked. */
  reason: string | null;
}

const Justification = z.string().trim().min(10, "a justification of at least 10 characters is required").max(5000);
const Note = z.string().trim().min(1, "a note is required").max(5000);
const AcceptanceId = z.string().min(1).max(200);

export const ProposeArgs = z.object({ risk: z.string().min(1).max(128), justification: Justification, expires: IsoDate });
export const DecideArgs = z.object({ id: AcceptanceId, accept: z.boolean(), note: Note });
export const RevokeArgs = z.object({ id: AcceptanceId, note: Note });

/** An acceptance id names its risk, so the risk is found (and locked) from the id alone. */
export const acceptanceId = (riskId: string, n: number): string => `${riskId}~a${n}`;
export function riskOfAcceptance(id: string): string {
  const at = id.lastIndexOf("~a");
  return at > 0 ? id.slice(0, at) : id;
}

/** The state as of `day`: an acceptance past its expiry has expired, whatever is stored. */
export function stateOn(a: Acceptance, day: string): AcceptanceState {
  return a.state === "ACCEPTED" && a.expires < day ? "EXPIRED" : a.state;
}

/** Twelve months on from `day` (YYYY-MM-DD), the latest expiry allowed; 29 February runs to 28 February. */
export function twelveMonthsOn(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Every audit action that changes an acceptance: each carries the whole risk before and after. */
export const ACCEPTANCE_ACTIONS = [
  "risk.acceptance-proposed",
  "risk.acceptance-accepted",
  "risk.acceptance-rejected",
  "risk.acceptance-revoked",
  "risk.acceptance-lapsed",
] as const;
