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
  /**
   * The share of an accepted risk's judged harm by which its harm may rise before the
   * acceptance lapses (model section 12): 0.25 rises by more than 25 %.
   */
  lapseHarmShare: number;
}

export const DEFAULT_PROFILE: ScoringProfile = {
  name: "default",
  severityWeights: [1, 2, 4, 8, 16],
  tierWeights: [1, 3, 8, 15],
  recordFactor: 0.001,
  escalation: true,
  lapseHarmShare: 0.25,
};

/** A custom profile is named by its content, so equal settings share one cache entry and one name. */
export function customProfile(given: Omit<ScoringProfile, "name">): ScoringProfile {
  const settings = {
    severityWeights: given.severityWeights,
    tierWeights: given.tierWeights,
    recordFactor: given.recordFactor,
    escalation: given.escalation,
  };
  const lapseHarmShare = given.lapseHarmShare;
  if (sameSettings({ ...settings, lapseHarmShare }, DEFAULT_PROFILE)) return DEFAULT_PROFILE;
  // The lapse share joins the digest only when it is not the default: a profile named before it existed keeps its name.
  const named = lapseHarmShare === DEFAULT_PROFILE.lapseHarmShare ? settings : { ...settings, lapseHarmShare };
  const digest = createHash("sha256").update(JSON.stringify(named)).digest("hex").slice(0, 12);
  return { ...settings, lapseHarmShare, name: `custom-${digest}` };
}

function sameSettings(a: Omit<ScoringProfile, "name">, b: Omit<ScoringProfile, "name">): boolean {
  return (
    a.recordFactor === b.recordFactor &&
    a.escalation === b.escalation &&
    a.lapseHarmShare === b.lapseHarmShare &&
    a.severityWeights.every((w, i) => w === b.severityWeights[i]) &&
    a.tierWeights.every((w, i) => w === b.tierWeights[i])
  );
}
