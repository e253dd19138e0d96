import type { Refusal } from "../../lib/problems.js";
import { byField } from "../../lib/problems.js";

/** The new risk form's fields that a problem can be shown beside. */
export type RiskField = "title" | "owner" | "scenario" | "next";

/** The API's names for the form's fields (the risk input's keys), each to the field it is shown beside. */
const API_FIELDS: Record<string, RiskField> = {
  title: "title",
  owner: "owner",
  scenario: "scenario",
  lost: "scenario",
  compromised: "scenario",
  hours: "scenario",
  nextReviewDate: "next",
};

/**
 * The problems of a refused create beside the fields they name; every problem is also in the
 * refusal's list below the form, so what names no field here is still shown.
 */
export function riskFieldProblems(refusal: Refusal | null): Partial<Record<RiskField, string>> {
  const out: Partial<Record<RiskField, string>> = {};
  for (const [key, words] of byField(refusal?.problems ?? [], Object.keys(API_FIELDS))) {
    const field = API_FIELDS[key]!;
    out[field] = [out[field], ...words].filter(Boolean).join(" ");
  }
  return out;
}
