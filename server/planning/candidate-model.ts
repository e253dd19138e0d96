import { z } from "zod";

const cost = (what: string) =>
  z
    .number()
    .finite(`${what} must be a number of pounds`)
    .min(0, `${what} must not be negative`)
    .max(1e12, `${what} is at most £1,000,000,000,000`);

/** A candidate as saved: a name, the model changes (as the model editor takes them) and its costs. */
export const CandidateInput = z.object({
  id: z.string().min(1).max(128).nullish(),
  name: z.string().trim().min(1, "name must not be empty").max(200),
  description: z.string().trim().max(2000, "description is at most 2,000 characters").nullish(),
  changes: z.array(z.unknown()).min(1, "a candidate needs at least one change").max(1000, "a candidate has at most 1,000 changes"),
  oneOffCost: cost("oneOffCost"),
  annualCost: cost("annualCost"),
});
export type CandidateInput = z.infer<typeof CandidateInput>;

export const InvestmentArgs = z.object({
  budget: z.number().finite("budget must be a number of pounds").min(0, "budget must not be negative").max(1e12),
  years: z.number().int().min(0, "years must not be negative").max(50, "years is at most 50").nullish(),
  objective: z.enum(["REGISTER", "ESTATE"]).nullish(),
  candidates: z.array(z.string().min(1).max(128)).max(200).nullish(),
});

/** A saved candidate, with whether it still plans against the graph. */
export interface Candidate {
  id: string;
  name: string;
  description: string;
  changes: unknown[];
  oneOffCost: number;
  annualCost: number;
  /** Organisations whose part of the graph it writes; null for all. */
  organisations: Array<string | null>;
  createdBy: string;
  updatedAt: string;
}

export interface CandidateView extends Candidate {
  /** Why it no longer applies to the graph (it names a node since deleted, say); null while it does. */
  staleReason: string | null;
}
