import ical from "ical-generator";
import { covers, type Scope } from "../base/scope.js";
import { stateOn } from "../model/acceptance-model.js";
import { acceptancesOf } from "../register/acceptance-rules.js";
import type { Risk } from "../model/risk-model.js";
import { dateEnGb } from "../model/date-words.js";

/** A day as an all-day event's start: the calendar shows it on that date wherever it is read. */
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const en = dateEnGb;

/**
 * The calendar of one person: every open risk's next review (marked when overdue) and every
 * standing acceptance's expiry, of the risks within their scope and no others.
 */
export function reviewCalendar(name: string, scope: Scope, risks: readonly Risk[], today: string): string {
  const cal = ical({
    name: `Risk reviews for ${name}`,
    prodId: { company: "health-impact-map", product: "review-calendar", language: "EN" },
  });
  for (const risk of risks) {
    if (risk.status !== "OPEN" || !covers(scope, risk.organisation)) continue;
    const where = `Risk ${risk.id}, owner ${risk.owner}${risk.organisation ? `, ${risk.organisation}` : ""}.`;
    const overdue = risk.nextReviewDate < today;
    cal.createEvent({
      id: `${risk.id}-review@health-impact-map`,
      start: day(risk.nextReviewDate),
      allDay: true,
      summary: `${overdue ? "Overdue review" : "Review"}: ${risk.title}`,
      description: `${where} Review ${overdue ? "was due" : "due"} on ${en(risk.nextReviewDate)}.`,
    });
    for (const a of acceptancesOf(risk)) {
      if (stateOn(a, today) !== "ACCEPTED") continue;
      cal.createEvent({
        id: `${a.id}-expiry@health-impact-map`,
        start: day(a.expires),
        allDay: true,
        summary: `Acceptance expires: ${risk.title}`,
        description: `${where} Accepted by ${a.decidedBy ?? ""} until ${en(a.expires)}.`,
      });
    }
  }
  return cal.toString();
}
