import type { Viewer } from "../auth/roles.js";
import { badInput } from "../base/errors.js";
import type { Assessment } from "../analysis/assess.js";
import { acceptanceId, stateOn, twelveMonthsOn, type Acceptance, type AcceptanceSnapshot } from "../model/acceptance-model.js";
import type { Risk } from "../model/risk-model.js";
import { plain } from "../model/plain-words.js";
import { dateEnGb } from "../model/date-words.js";
import { judgedHarm } from "./lapse-rule.js";

/** The person behind a token or a session: two tokens of one named person are one proposer. */
export const personKey = (v: Viewer): string => (v.subject ? `${v.issuer ?? ""}|${v.subject}` : `name|${v.name}`);

export const acceptancesOf = (risk: Risk): Acceptance[] => risk.acceptances ?? [];

/** Refused as BAD_USER_INPUT with the field to change; nothing is written. */
const refuse = (path: string, message: string): Error => badInput(message, [{ path, message }]);

/** A rating of 5 is unacceptable (DCB0160): it can be proposed and accepted by no one. */
function requireAcceptable(risk: Risk, a: Assessment): void {
  if (a.residualRating >= 5) {
    throw refuse(
      "$.risk",
      `The risk “${risk.title}” has a residual rating of 5 (unacceptable) and cannot be accepted: add controls that lower its likelihood or consequence, then propose again.`,
    );
  }
}

export function propose(risk: Risk, a: Assessment, by: Viewer, input: { justification: string; expires: string }, now: string): Risk {
  const day = now.slice(0, 10);
  if (risk.status !== "OPEN") throw refuse("$.risk", `The risk “${risk.title}” is closed: reopen it before proposing to accept it.`);
  requireAcceptable(risk, a);
  if (input.expires <= day)
    throw refuse("$.expires", `The expiry, ${dateEnGb(input.expires)}, is not in the future: choose a date after ${dateEnGb(day)}.`);
  const latest = twelveMonthsOn(day);
  if (input.expires > latest)
    throw refuse(
      "$.expires",
      `The expiry, ${dateEnGb(input.expires)}, is more than 12 months on: choose a date no later than ${dateEnGb(latest)}.`,
    );
  const list = acceptancesOf(risk);
  const pending = list.find((x) => x.state === "PROPOSED");
  if (pending)
    throw refuse(
      "$.risk",
      `The risk “${risk.title}” already has an acceptance waiting for a decision (${pending.id}): decide that one first.`,
    );
  const proposal: Acceptance = {
    id: acceptanceId(risk.id, list.length + 1),
    state: "PROPOSED",
    justification: input.justification,
    expires: input.expires,
    proposedBy: by.name,
    proposerKey: personKey(by),
    proposedAt: now,
    decidedBy: null,
    decidedAt: null,
    note: null,
    snapshot: null,
    lapsedAt: null,
    lapsedAtGraphVersion: null,
    reason: null,
  };
  return { ...risk, acceptances: [...list, proposal], updatedAt: now };
}

function find(risk: Risk, id: string): Acceptance {
  const found = acceptancesOf(risk).find((x) => x.id === id);
  if (!found) throw refuse("$.id", `The risk “${risk.title}” has no acceptance '${id}': check the acceptance id.`);
  return found;
}

const replace = (risk: Risk, next: Acceptance, now: string): Risk => ({
  ...risk,
  acceptances: acceptancesOf(risk).map((x) => (x.id === next.id ? next : x)),
  updatedAt: now,
});

export function decide(
  risk: Risk,
  a: Assessment,
  snapshot: Omit<AcceptanceSnapshot, "rating" | "consequence" | "harm">,
  by: Viewer,
  input: { id: string; accept: boolean; note: string },
  now: string,
): Risk {
  const current = find(risk, input.id);
  const state = stateOn(current, now.slice(0, 10));
  if (state !== "PROPOSED")
    throw refuse(
      "$.id",
      `Acceptance '${current.id}' is ${plain(state)}, not waiting for a decision: only a proposal waiting for a decision can be decided; propose again.`,
    );
  if (current.proposerKey === personKey(by))
    throw refuse("$.id", `${by.name} proposed acceptance '${current.id}' and cannot decide it: another person who may accept risks must.`);
  if (input.accept) {
    requireAcceptable(risk, a);
    if (current.expires <= now.slice(0, 10))
      throw refuse(
        "$.id",
        `Acceptance '${current.id}' would expire on ${dateEnGb(current.expires)}, which has passed: reject it and propose again with a later expiry.`,
      );
  }
  return replace(
    risk,
    {
      ...current,
      state: input.accept ? "ACCEPTED" : "REJECTED",
      decidedBy: by.name,
      decidedAt: now,
      note: input.note,
      snapshot: judged(a, snapshot),
    },
    now,
  );
}

/** What a decision keeps: the residual rating and consequence, the scenario's harm, and the graph version and profile. */
const judged = (a: Assessment, on: Omit<AcceptanceSnapshot, "rating" | "consequence" | "harm">): AcceptanceSnapshot => ({
  rating: a.residualRating,
  consequence: a.residualConsequence,
  harm: judgedHarm(a),
  ...on,
});

export function revoke(risk: Risk, by: Viewer, input: { id: string; note: string }, now: string): Risk {
  const current = find(risk, input.id);
  const state = stateOn(current, now.slice(0, 10));
  if (state !== "ACCEPTED")
    throw refuse("$.id", `Acceptance '${current.id}' is ${plain(state)}, not standing: only a standing acceptance can be revoked.`);
  return replace(risk, { ...current, state: "REVOKED", reason: `Revoked by ${by.name}: ${input.note}` }, now);
}

/** Lapses the current acceptance, if it is still the one judged and still standing. */
export function lapse(risk: Risk, id: string, graphVersion: number, reason: string, now: string): Risk {
  const current = acceptancesOf(risk).find((x) => x.id === id);
  if (!current || stateOn(current, now.slice(0, 10)) !== "ACCEPTED") return risk;
  return replace(risk, { ...current, state: "LAPSED", lapsedAt: now, lapsedAtGraphVersion: graphVersion, reason }, now);
}
