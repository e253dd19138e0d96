import { readFileSync } from "node:fs";
import { z } from "zod";
import type { AnalysisService } from "../analysis/analysis.js";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import type { Database } from "../graph/database.js";
import { importGraph } from "./import-graph.js";
import type { ScoringProfile } from "../engine/profile.js";
import type { Assessment } from "../analysis/assess.js";
import { permissionsOf, type Role, type Viewer } from "../auth/roles.js";
import { ALL } from "../base/scope.js";
import type { InterchangeDocument } from "../model/document.js";
import { acceptanceId } from "../model/acceptance-model.js";
import { decide, propose } from "../register/acceptance-rules.js";
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

/** One of the demo's people, as the register's rules see who proposes and who decides. */
const demoPerson = (name: string, role: Role): Viewer => ({
  tokenId: "demo",
  name,
  role,
  permissions: permissionsOf(role),
  scope: ALL,
  issuer: null,
  subject: null,
  token: null,
  breakGlass: false,
});

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
  /** The register's scoring profile, whose name the decisions' snapshots keep. */
  profile: ScoringProfile,
): Promise<number> {
  const demo = DemoRegister.parse(JSON.parse(readFileSync(file, "utf8")));
  const graph = await analysis.graphs.live();
  const version = analysis.graphs.loadedVersion() ?? 0;
  const assess = async (risk: Risk) => (await analysis.assess(graph, [risk]))[0]!;
  for (const e of demo.risks) {
    const input = RiskInput.parse({ ...e, nextReviewDate: dayFromNow(e.reviewInDays) });
    await changeRisk(db, SYSTEM_ACTOR, null, "risk.create", async (_b, now) => {
      const fresh: Risk = { ...newRisk(input, now), id: e.id };
      const judged = await assess(fresh);
      // Stamped with the graph it was rated on, so the register records no move from nothing.
      return { ...fresh, assessedVersion: version, assessedRating: judged.inherentRating, assessedConsequence: judged.consequence };
    });
    const a = e.acceptance;
    if (!a) continue;
    // Proposed and decided by the demo's people through the register's own rules, each step with its audit event.
    const proposer = demoPerson(a.proposedBy, "RISK_MANAGER");
    const step = (action: string, by: Viewer, change: (risk: Risk, judged: Assessment, now: string) => Risk) =>
      changeRisk(
        db,
        { ...SYSTEM_ACTOR, name: `demo: ${by.name}` },
        e.id,
        action,
        async (risk, now) => change(risk!, await assess(risk!), now),
        {
          summary: (r) => `${action.replace("risk.acceptance-", "acceptance ")}: ${r?.title ?? e.id}`,
        },
      );
    const terms = { justification: a.justification, expires: dayFromNow(a.expiresInDays) };
    await step("risk.acceptance-proposed", proposer, (risk, judged, now) => propose(risk, judged, proposer, terms, now));
    if (a.state !== "ACCEPTED") continue;
    const decider = demoPerson(a.decidedBy ?? "Board member", "BOARD");
    const decision = { id: acceptanceId(e.id, 1), accept: true, note: a.note ?? "Accepted." };
    const on = { graphVersion: version, profile: profile.name };
    await step("risk.acceptance-accepted", decider, (risk, judged, now) => decide(risk, judged, on, decider, decision, now));
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
