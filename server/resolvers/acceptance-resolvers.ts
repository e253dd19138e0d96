import { parseArgs } from "../analysis/args.js";
import { signedIn } from "../auth/guard.js";
import { requireScope } from "../base/scope.js";
import { notFound } from "../base/errors.js";
import type { Context } from "../graphql/context.js";
import type { Assessment } from "../analysis/assess.js";
import { DecideArgs, ProposeArgs, RevokeArgs, riskOfAcceptance, stateOn, todayUtc, type Acceptance } from "../model/acceptance-model.js";
import { acceptancesOf, decide, propose, revoke } from "../register/acceptance-rules.js";
import type { AcceptanceView } from "../register/acceptance-view.js";
import type { Risk } from "../model/risk-model.js";
import { changeRisk } from "../register/risk-store.js";
import type { Resolvers } from "./generated.js";

type Change = (before: Risk, assessment: Assessment, now: string, version: number) => Risk;

/**
 * One step of an acceptance, in the register's one transaction per change: the risk is locked,
 * read, checked for scope, assessed on the current graph and changed, and the audit event
 * written with it. A refusal throws inside the transaction, so nothing is written; two people
 * deciding at once queue on the lock, and the second finds the proposal already decided.
 */
async function step(
  ctx: Context,
  riskId: string,
  action: string,
  change: Change,
  pick: (after: Risk) => Acceptance,
): Promise<AcceptanceView> {
  const viewer = signedIn(ctx.viewer);
  const graph = await ctx.register.graph(ctx.graphVersion);
  const version = ctx.analysis.graphs.loadedVersion() ?? ctx.graphVersion;
  const after = await changeRisk(
    ctx.db,
    viewer,
    riskId,
    action,
    async (before, now) => {
      requireScope(viewer.scope, [before!.organisation], `change the acceptance of risk '${riskId}'`);
      const [one] = await ctx.register.assessAll(graph, [before!]);
      return change(before!, one!.assessment, now, version);
    },
    { ifPresent: true, summary: (r) => `${action.replace("risk.acceptance-", "acceptance ")}: ${r?.title ?? riskId}` },
  );
  if (!after) throw notFound(`Risk '${riskId}' is not in the register (it may have been deleted): choose a risk that is.`);
  const [of] = await ctx.register.assessAll(graph, [after]);
  return { acceptance: pick(after), of: of! };
}

const last = (r: Risk): Acceptance => acceptancesOf(r).at(-1)!;
const byId =
  (id: string) =>
  (r: Risk): Acceptance =>
    acceptancesOf(r).find((a) => a.id === id)!;
const date = (s: string | null): Date | null => (s ? new Date(s) : null);

export const acceptanceResolvers: Resolvers = {
  Mutation: {
    proposeAcceptance: (_p, args, ctx) => {
      const input = parseArgs(ProposeArgs, args);
      const by = signedIn(ctx.viewer);
      return step(ctx, input.risk, "risk.acceptance-proposed", (risk, a, now) => propose(risk, a, by, input, now), last);
    },
    decideAcceptance: (_p, args, ctx) => {
      const input = parseArgs(DecideArgs, args);
      const by = signedIn(ctx.viewer);
      const action = input.accept ? "risk.acceptance-accepted" : "risk.acceptance-rejected";
      const change: Change = (risk, a, now, graphVersion) =>
        decide(risk, a, { graphVersion, profile: ctx.register.profile.name }, by, input, now);
      return step(ctx, riskOfAcceptance(input.id), action, change, byId(input.id));
    },
    revokeAcceptance: (_p, args, ctx) => {
      const input = parseArgs(RevokeArgs, args);
      const by = signedIn(ctx.viewer);
      return step(
        ctx,
        riskOfAcceptance(input.id),
        "risk.acceptance-revoked",
        (risk, _a, now) => revoke(risk, by, input, now),
        byId(input.id),
      );
    },
  },
  Risk: {
    acceptance: (r) => {
      const a = acceptancesOf(r.risk).at(-1);
      return a ? { acceptance: a, of: r } : null;
    },
    acceptances: (r) => acceptancesOf(r.risk).map((acceptance) => ({ acceptance, of: r })),
  },
  RiskAcceptance: {
    id: (v) => v.acceptance.id,
    risk: (v) => v.of,
    state: (v) => stateOn(v.acceptance, todayUtc()),
    justification: (v) => v.acceptance.justification,
    expires: (v) => v.acceptance.expires,
    proposedBy: (v) => v.acceptance.proposedBy,
    proposedAt: (v) => new Date(v.acceptance.proposedAt),
    decidedBy: (v) => v.acceptance.decidedBy,
    decidedAt: (v) => date(v.acceptance.decidedAt),
    note: (v) => v.acceptance.note,
    snapshot: (v) => v.acceptance.snapshot,
    lapsedAt: (v) => date(v.acceptance.lapsedAt),
    lapsedAtGraphVersion: (v) => v.acceptance.lapsedAtGraphVersion,
    reason: (v) => v.acceptance.reason,
  },
};
