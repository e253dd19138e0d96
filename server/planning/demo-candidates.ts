import { readFileSync } from "node:fs";
import { z } from "zod";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import type { Database } from "../graph/database.js";
import { CandidateInput } from "./candidate-model.js";
import { saveCandidate } from "./candidate-store.js";

const DemoCandidates = z.object({ candidates: z.array(CandidateInput) });

/**
 * The demo's candidate changes, saved with the demo graph into an empty database (each checked
 * by the model rules as any candidate is), so the Plan page and the board report answer on a
 * fresh start.
 */
export async function loadDemoCandidates(db: Database, file: string): Promise<number> {
  const demo = DemoCandidates.parse(JSON.parse(readFileSync(file, "utf8")));
  for (const c of demo.candidates) await saveCandidate(db, SYSTEM_ACTOR, c);
  return demo.candidates.length;
}
