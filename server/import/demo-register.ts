import { readFileSync } from "node:fs";
import { z } from "zod";
import type { AnalysisService } from "../analysis/analysis.js";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import type { Database } from "../graph/database.js";
import { importGraph } from "./import-graph.js";
import { DEFAULT_PROFILE } from "../engine/profile.js";
import type { InterchangeDocument } from "../model/document.js";
import { acceptanceId, type Acceptance } from "../model/acceptance-model.js";
import { RiskInput, type Risk } from "../model/risk-model.js";
import { changeRisk, newRisk } from "../register/risk-store.js";

const DemoAcceptance = z.object({
  state: z.enum(["ACCEPTED", "PROPOSED"]),
  proposedBy: z.string(),
  decidedBy: z.string().optional(),
  justification: z.string(),
  note: z.string().optional(),
  expiresInDays: z.number().int().min(1).max(365),
  /** A model change made after the decision, which raises the risk's harm so the acceptance lapses. */
  lapseAfter: z.object({ service: z.string(), factor: z.number().min(1), why: z.string() }).optional(),
});
const DemoRisk = z.object({ id: z.string(), reviewInDays: z.number().int(), acceptance: DemoAcceptance.optional() }).passthrough();
const DemoRegister = z.object({ risks: z.array(DemoRisk) });

const dayFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo's register, loaded with the demo graph into an empty database, so the register, the
 * board report and the heat map show something on a fresh start. Dates are relative to today;
 * accepted risks are judged on the graph as loaded, and a later model change (a service's
 * patients recounted) raises one's harm, so the lapse check lapses it as it would any other.
 */
export async function loadDemoRegister(
  db: Database,
  analysis: AnalysisService,
  file: string,
  demoGraph: InterchangeDocument,
  settle: () => Promise<void>,
): Promise<number> {
  const demo = DemoRegister.parse(JSON.parse(readFileSync(file, "utf8")));
  const graph = await analysis.graphs.live();
  const version = analysis.graphs.loadedVersion() ?? 0;
  for (const e of demo.risks) {
    const input = RiskInput.parse({ ...e, nextReviewDate: dayFromNow(e.reviewInDays) });
    await changeRisk(db, SYSTEM_ACTOR, null, "risk.create", async (_b, now) => {
      const fresh: Risk = { ...newRisk(input, now), id: e.id };
      const [judged] = await analysis.assess(graph, [fresh]);
      // Stamped with the graph it was rated on, so the register records no move from nothing.
      const risk: Risk = {
        ...fresh,
        assessedVersion: version,
        assessedRating: judged!.inherentRating,
        assessedConsequence: judged!.consequence,
      };
      const a = e.acceptance;
      if (!a) return risk;
      const accepted = a.state === "ACCEPTED";
      const acceptance: Acceptance = {
        id: acceptanceId(risk.id, 1),
        state: a.state,
        justification: a.justification,
        expires: dayFromNow(a.expiresInDays),
        proposedBy: a.proposedBy,
        proposerKey: `name|${a.proposedBy}`,
        proposedAt: now,
        decidedBy: accepted ? (a.decidedBy ?? null) : null,
        decidedAt: accepted ? now : null,
        note: accepted ? (a.note ?? null) : null,
        snapshot: accepted
          ? {
              rating: judged!.residualRating,
              consequence: judged!.residualConsequence,
              harm: judged!.residualHarm,
              graphVersion: version,
              profile: DEFAULT_PROFILE.name,
            }
          : null,
        lapsedAt: null,
        lapsedAtGraphVersion: null,
        reason: null,
      };
      return { ...risk, acceptances: [acceptance] };
    });
  }
  for (const change of demo.risks.flatMap((e) => (e.acceptance?.lapseAfter ? [e.acceptance.lapseAfter] : []))) {
    const service = demoGraph.careServices?.find((s) => s.id === change.service);
    if (!service) continue;
    const doc = {
      careServices: [{ ...service, patientsPerDay: service.patientsPerDay * change.factor }],
    } as unknown as InterchangeDocument;
    await importGraph(db, doc, "MERGE", { ...SYSTEM_ACTOR, name: `demo: ${change.why}` });
  }
  await settle();
  return demo.risks.length;
}
