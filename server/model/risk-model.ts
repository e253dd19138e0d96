import { z } from "zod";
import { Likelihood, Severity } from "./enums.js";
import { IsoDate } from "./iso-date.js";
import { THREATS, TREATMENTS } from "./vocabulary.js";
import type { Acceptance } from "./acceptance-model.js";

/** The risk register's vocabulary and its input, checked at the edge. */
export const Threat = z.enum(THREATS);
export const Treatment = z.enum(TREATMENTS);
export const RiskStatus = z.enum(["OPEN", "CLOSED"]);

const id = z.string().min(1).max(128);

export const ScenarioInput = z.object({
  lost: z.array(id).max(100).default([]),
  compromised: z.array(id).max(100).default([]),
  hours: z.number().finite().min(0, "hours must not be negative").max(8760).default(24),
});

/** What a control changes when the residual risk is assessed. */
export const ControlInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("LIKELIHOOD_DOWN"), name: z.string().min(1).max(200), levels: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal("REDUNDANCY"), name: z.string().min(1).max(200), from: id, to: id }),
  z.object({
    kind: z.literal("WORKAROUND"),
    name: z.string().min(1).max(200),
    service: id,
    capacity: z.number().min(0).max(1),
    sustainableHours: z.number().min(0).max(1e6),
  }),
]);

export const RiskInput = z
  .object({
    title: z.string().trim().min(1, "title must not be empty").max(200),
    description: z.string().max(5000).default(""),
    threat: Threat,
    scenario: ScenarioInput,
    likelihood: Likelihood,
    owner: z.string().trim().min(1, "owner must not be empty").max(200),
    organisation: id.nullish(),
    treatment: Treatment,
    controls: z.array(ControlInput).max(50).default([]),
    status: RiskStatus.default("OPEN"),
    nextReviewDate: IsoDate,
  })
  .refine((r) => r.scenario.lost.length + r.scenario.compromised.length > 0, {
    message: "the scenario must name at least one lost or compromised node",
    path: ["scenario"],
  });

export type RiskInput = z.infer<typeof RiskInput>;
export type ControlInput = z.infer<typeof ControlInput>;

export const ReviewInput = z.object({ note: z.string().trim().min(1, "a review needs a note").max(5000), nextReviewDate: IsoDate });
export const OverrideInput = z.object({
  consequence: Severity.nullish(),
  justification: z.string().trim().min(20, "a justification of at least 20 characters is required").max(5000),
});

export interface Review {
  at: string;
  by: string;
  note: string;
}
export interface ConsequenceOverride {
  consequence: z.infer<typeof Severity>;
  justification: string;
  by: string;
  at: string;
}
export interface RatingMove {
  at: string;
  graphVersion: number;
  fromRating: number;
  toRating: number;
  fromConsequence: string;
  toConsequence: string;
}

/** A risk as stored. */
export interface Risk extends RiskInput {
  id: string;
  reviews: Review[];
  override: ConsequenceOverride | null;
  moves: RatingMove[];
  createdAt: string;
  updatedAt: string;
  /** The last assessment recorded, to notice when the graph moves the rating. */
  assessedVersion: number;
  assessedRating: number;
  assessedConsequence: string;
  /** Oldest first; absent on risks recorded before acceptances existed. */
  acceptances?: Acceptance[];
}
