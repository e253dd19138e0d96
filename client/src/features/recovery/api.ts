import type { RecoveryPoint } from "../../components/recovery-curve.js";
import type { NodeRef } from "../../lib/node-ref.js";

export interface Breach {
  service: { id: string; name: string; organisation: string; organisationName: string };
  through: NodeRef;
  recoveryHours: number | null;
  toleranceHours: number;
  reason: "RECOVERY_ABOVE_TOLERANCE" | "NO_RECOVERY_TIME";
}

export interface Plan {
  steps: Array<{ node: NodeRef; start: number; end: number }>;
  harm: number;
  shortestFirstHarm: number;
  exact: boolean;
  teams: number;
  hours: number;
  curve: RecoveryPoint[];
}

/** How many breaches the page lists; the rest are counted. */
export const BREACH_LIMIT = 200;

export const BREACHES = `query($org: ID) {
  toleranceBreaches(organisation: $org, first: ${BREACH_LIMIT}) {
    service { id name organisation organisationName } through { id name label } recoveryHours toleranceHours reason }
  toleranceBreachCount(organisation: $org) }`;

export const PLAN = `query($lost: [ID!]!, $teams: Int!, $hours: Float!) {
  recoveryPlan(lost: $lost, teams: $teams, hours: $hours) {
    steps { node { id name label } start end } harm shortestFirstHarm exact teams hours
    curve { hours restored { id name } capability harm } } }`;

export const hoursText = (h: number): string => (h < 48 ? `${+h.toFixed(1)} h` : `${+(h / 24).toFixed(1)} days`);
