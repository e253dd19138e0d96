import { bestInvestment } from "../../planning/investment.js";
import type { SectionInput } from "./input.js";

/** The board's years: annual costs are counted over three, as the report page's section says. */
const YEARS = 3;

export interface BudgetSection {
  budget: number;
  years: number;
  /** The chosen candidates, by name, each with its cost over the years. */
  chosen: Array<{ name: string; cost: number }>;
  cost: number;
  expectedHarmBefore: number;
  expectedHarmAfter: number;
  /** Patients a day who lose their care, expected (each risk by its likelihood); null over an estate without a register. */
  patientsBefore: number | null;
  patientsAfter: number | null;
  exact: boolean;
  /** Candidates left out as stale, by name. */
  leftOut: string[];
}

/**
 * "What the budget buys" (model section 13): the set of candidate changes the budget given on the
 * report page buys over three years, worked out over the register's open risks the reader may
 * read, as the Plan page works it out.
 */
export async function budgetSection(input: SectionInput, budget: number): Promise<BudgetSection> {
  const i = await bestInvestment(input.db, input.analysis, input.scope, {
    budget,
    years: YEARS,
    objective: "REGISTER",
    candidateIds: null,
  });
  return {
    budget,
    years: YEARS,
    chosen: i.chosen.map((c) => ({ name: c.candidate.name, cost: c.cost })),
    cost: i.cost,
    expectedHarmBefore: i.expectedHarmBefore,
    expectedHarmAfter: i.expectedHarmAfter,
    patientsBefore: i.peopleBefore?.patientsDisruptedPerDay ?? null,
    patientsAfter: i.peopleAfter?.patientsDisruptedPerDay ?? null,
    exact: i.exact,
    leftOut: i.leftOut.map((c) => c.name),
  };
}
