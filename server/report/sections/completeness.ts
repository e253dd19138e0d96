import { readGaps } from "../store.js";
import type { SectionInput } from "./input.js";

export interface CompletenessRow {
  /** What is missing, in words. */
  what: string;
  count: number;
  /** How many could have it: the share's denominator. */
  of: number;
}

const WHAT: Record<string, string> = {
  owner: "Care services, systems and data stores without an owner",
  hosting: "Systems with a supplier but no hosting (who runs them is unknown, so the supplier's loss counts for nothing)",
  tolerance: "Care services without an impact tolerance (no breach can be found for them)",
};

/** How complete the model is where the figures come from: each gap a count with its share. */
export async function completeness(input: SectionInput): Promise<CompletenessRow[]> {
  const found = await readGaps(input.db, input.organisation);
  return Object.keys(WHAT).map((gap) => ({ what: WHAT[gap]!, count: found.get(gap)?.count ?? 0, of: found.get(gap)?.of ?? 0 }));
}
