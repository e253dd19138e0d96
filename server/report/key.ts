/**
 * The board report's key, one home for the PDF and the web page: the DCB0160 bands' colours and
 * names, the two parts of harm and what their unit means. Free of imports beyond the matrix, so
 * the client bundles it as it is.
 */
import { riskRating } from "../engine/risk-matrix.js";
import type { Likelihood, Severity } from "../model/vocabulary.js";

/** Pale fills read with dark text, on paper and on screen; index = rating − 1. */
const BAND_FILLS = ["#aed581", "#aed581", "#fff176", "#ffb74d", "#e57373"] as const;
/** What each rating asks of the organisation (DCB0160); index = rating − 1. */
const BAND_NAMES = ["acceptable", "acceptable", "undesirable", "must be controlled", "unacceptable"] as const;

export interface Band {
  rating: number;
  name: string;
  fill: string;
}

/** A cell of the matrix: its rating, the band's name and its colour. */
export function band(likelihood: Likelihood, consequence: Severity): Band {
  const rating = riskRating(likelihood, consequence);
  return { rating, name: BAND_NAMES[rating - 1]!, fill: BAND_FILLS[rating - 1]! };
}

/** The key under the matrix, from the most severe band down, with the colour each is drawn in. */
export const BAND_KEY: ReadonlyArray<{ ratings: string; name: string; colour: string; fill: string }> = [
  { ratings: "5", name: BAND_NAMES[4], colour: "red", fill: BAND_FILLS[4] },
  { ratings: "4", name: BAND_NAMES[3], colour: "amber", fill: BAND_FILLS[3] },
  { ratings: "3", name: BAND_NAMES[2], colour: "yellow", fill: BAND_FILLS[2] },
  { ratings: "1 and 2", name: BAND_NAMES[0], colour: "green", fill: BAND_FILLS[0] },
];

/** The two parts of an asset's harm, as the bars draw them. */
export const CARE_COLOUR = "#b71c1c";
export const DATA_COLOUR = "#6a1b9a";

export const WEIGHTED_PATIENTS =
  "Harm is counted in weighted patients: the patients a day whose care is lost over the period, weighted by how badly they are harmed (DCB0160 consequence), plus the records exposed weighted by their sensitivity.";
