import { createHash } from "node:crypto";

/**
 * The scoring profile: how harm is weighed. The defaults are the model's (section 4 and 3);
 * every result names the profile that made it.
 */
export interface ScoringProfile {
  name: string;
  /** W(v) for severity levels 1..5. */
  severityWeights: readonly [number, number, number, number, number];
  /** Weight of data tiers T1..T4. */
  tierWeights: readonly [number, number, number, number];
  recordFactor: number;
  /** Whether severity rises one level per full impact tolerance elapsed. */
  escalation: boolean;
}

export const DEFAULT_PROFILE: ScoringProfile = {
  name: "default",
  severityWeights: [1, 2, 4, 8, 16],
  tierWeights: [1, 3, 8, 15],
  recordFactor: 0.001,
  escalation: true,
};

/** A custom profile is named by its content, so equal settings share one cache entry and one name. */
export function customProfile(given: Omit<ScoringProfile, "name">): ScoringProfile {
  const settings = {
    severityWeights: given.severityWeights,
    tierWeights: given.tierWeights,
    recordFactor: given.recordFactor,
    escalation: given.escalation,
  };
  if (sameSettings(settings, DEFAULT_PROFILE)) return DEFAULT_PROFILE;
  const digest = createHash("sha256").update(JSON.stringify(settings)).digest("hex").slice(0, 12);
  return { ...settings, name: `custom-${digest}` };
}

function sameSettings(a: Omit<ScoringProfile, "name">, b: Omit<ScoringProfile, "name">): boolean {
  return (
    a.recordFactor === b.recordFactor &&
    a.escalation === b.escalation &&
    a.severityWeights.every((w, i) => w === b.severityWeights[i]) &&
    a.tierWeights.every((w, i) => w === b.tierWeights[i])
  );
}
