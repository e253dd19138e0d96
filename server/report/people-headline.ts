import type { AnalysisService } from "../analysis/analysis.js";
import type { GraphSnapshot } from "../analysis/snapshot.js";
import { DEFAULT_PROFILE } from "../engine/profile.js";
import { peopleWords, type PeopleFigures } from "../model/people-words.js";

/** Each asset's loss and compromise in people (the same scenario its score came from), by id. */
export async function peopleOfAssets(
  analysis: AnalysisService,
  graph: GraphSnapshot,
  assets: readonly string[],
): Promise<Map<string, PeopleFigures>> {
  const answers = await Promise.all(
    assets.map((id) => analysis.blastRadius(graph, { lost: [id], compromised: [id], hours: 24, profile: DEFAULT_PROFILE })),
  );
  return new Map(assets.map((id, k) => [id, answers[k]!.people]));
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The board's first sentences, people before weights (docs/model.md section 14): what the top
 * asset's loss or compromise does to people, then, where another of the top assets disrupts
 * more care, that one too, so a headline made of exposed records never hides lost care.
 */
export function peopleHeadline(
  assets: ReadonlyArray<{ name: string; score: number; people: PeopleFigures }>,
  whole: (n: number) => string,
): string {
  const [top] = assets;
  if (!top) return "";
  const first = `If ${top.name} were lost or compromised: ${lower(peopleWords(top.people))} It would harm most of any system, data store or supplier: ${whole(top.score)} weighted patients over 24 hours, the ranking's unit.`;
  const care = assets.reduce((best, a) => (a.people.patientsDisruptedPerDay > best.people.patientsDisruptedPerDay ? a : best), top);
  if (care === top || care.people.patientsDisruptedPerDay <= 0) return first;
  return `${first} Of the ten assets to protect first, losing ${care.name} disrupts most care: ${lower(peopleWords(care.people))}`;
}
