import { DEFAULT_PROFILE } from "../../engine/profile.js";
import { getNodes } from "../../graph/nodes.js";
import type { PeopleFigures } from "../../model/people-words.js";
import { LABEL_WORDS } from "../../model/vocabulary.js";
import { peopleOfAssets } from "../people-headline.js";
import { nameOf, type SectionInput } from "./input.js";

export interface TopAsset {
  rank: number;
  name: string;
  kind: string;
  organisation: string;
  /** Who the model names as its owner; null where it names none (suppliers have none). */
  owner: string | null;
  /** The open risk on the register of its loss or compromise with the highest residual rating; null: no risk held. */
  risk: { title: string; residualRating: number; owner: string } | null;
  score: number;
  availabilityHarm: number;
  confidentialityHarm: number;
  /** Its loss and compromise in people: patients a day whose care is lost, services stopped and degraded, records exposed. */
  people: PeopleFigures;
}

/**
 * The ten assets to protect first (of the organisation's own, for an organisation's report),
 * each with its owner and the open risk the register holds on it, if any.
 */
export async function topAssets(input: SectionInput): Promise<TopAsset[]> {
  const ranking = await input.analysis.ranking(input.graph, 24, DEFAULT_PROFILE);
  const top = ranking.page({ organisation: input.organisation, start: 0, first: 10 }).rows;
  const ids = top.map((t) => t.asset);
  const nodes = await getNodes(input.db, ids);
  const orgs = await getNodes(input.db, [...new Set([...nodes.values()].map((n) => String(n.props.organisation ?? "")).filter(Boolean))]);
  const people = await peopleOfAssets(input.analysis, input.graph, ids);
  return top.map((a) => {
    const n = nodes.get(a.asset);
    const org = n?.props.organisation;
    // Risks come highest residual rating first: the first naming the asset is its worst.
    const held = input.readable.find(({ risk }) => risk.scenario.lost.includes(a.asset) || risk.scenario.compromised.includes(a.asset));
    return {
      rank: a.rank,
      name: nameOf(nodes, a.asset),
      kind: n ? LABEL_WORDS[n.label] : "",
      organisation: typeof org === "string" && org ? nameOf(orgs, org) : "",
      owner: typeof n?.props.owner === "string" ? n.props.owner : null,
      risk: held ? { title: held.risk.title, residualRating: held.assessment.residualRating, owner: held.risk.owner } : null,
      score: a.score,
      availabilityHarm: a.availabilityHarm,
      confidentialityHarm: a.confidentialityHarm,
      people: people.get(a.asset)!,
    };
  });
}
