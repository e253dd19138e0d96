import { stateOn } from "../register/acceptance-model.js";
import { acceptancesOf } from "../register/acceptance-rules.js";
import type { Risk } from "../register/risk-model.js";
import { dateEnGb } from "../model/plain-words.js";

/** One thing the board must decide or see decided, with the risk's owner who will act on it. */
export interface BoardDecision {
  kind: "WAITING" | "LAPSED" | "EXPIRED" | "EXPIRING" | "OVERDUE";
  title: string;
  owner: string;
  /** A sentence with its dates in en-GB form. */
  detail: string;
}

/** Acceptances expiring within this many days are listed, so the board decides before they lapse. */
const EXPIRING_DAYS = 30;
const ORDER: Record<BoardDecision["kind"], number> = { WAITING: 0, LAPSED: 1, EXPIRED: 2, EXPIRING: 3, OVERDUE: 4 };

const en = dateEnGb;

/**
 * Decisions for the board: acceptances waiting for a decision, lapsed or expired ones that need
 * a new one, those expiring soon, and overdue reviews, of the open risks given (those in scope).
 */
export function boardDecisions(risks: readonly Risk[], today: string): BoardDecision[] {
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + EXPIRING_DAYS * 86_400_000).toISOString().slice(0, 10);
  const out: BoardDecision[] = [];
  for (const risk of risks) {
    const a = acceptancesOf(risk).at(-1);
    const at = { title: risk.title, owner: risk.owner };
    const state = a ? stateOn(a, today) : null;
    if (a && state === "PROPOSED")
      out.push({
        kind: "WAITING",
        ...at,
        detail: `Acceptance proposed by ${a.proposedBy} on ${en(a.proposedAt)}, until ${en(a.expires)}: waiting for a decision.`,
      });
    if (a && state === "LAPSED")
      out.push({
        kind: "LAPSED",
        ...at,
        detail: `Acceptance lapsed on ${en(a.lapsedAt ?? a.proposedAt)}: ${a.reason ?? "the graph moved"}. It needs a new decision.`,
      });
    if (a && state === "EXPIRED")
      out.push({ kind: "EXPIRED", ...at, detail: `Acceptance expired on ${en(a.expires)}. It needs a new decision.` });
    if (a && state === "ACCEPTED" && a.expires <= soon)
      out.push({ kind: "EXPIRING", ...at, detail: `Acceptance by ${a.decidedBy ?? ""} expires on ${en(a.expires)}.` });
    if (risk.nextReviewDate < today) out.push({ kind: "OVERDUE", ...at, detail: `Review overdue since ${en(risk.nextReviewDate)}.` });
  }
  return out.sort((x, y) => ORDER[x.kind] - ORDER[y.kind] || x.title.localeCompare(y.title));
}
