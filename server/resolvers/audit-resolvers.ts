import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { listEvents } from "../audit/store.js";
import { verifyChain } from "../history/verify.js";
import type { Resolvers } from "./generated.js";
import { signedIn } from "../auth/guard.js";
import { eventInScope } from "../audit/event-scope.js";
import { readActorDetail } from "../audit/actor-detail.js";

const TrailArgs = z.object({
  action: z.string().min(1).max(100).nullish(),
  target: z.string().min(1).max(200).nullish(),
  targetContains: z.string().min(1).max(200).nullish(),
  actor: z.string().min(1).max(200).nullish(),
  since: z.date().nullish(),
  until: z.date().nullish(),
  afterSeq: z.number().int().min(0).nullish(),
  beforeSeq: z.number().int().min(1).nullish(),
  newestFirst: z.boolean().nullish(),
  first: z.number().int().min(1, "first must be at least 1").max(1000, "first must be at most 1000").nullish(),
});

const VerifyArgs = z.object({
  knownHead: z
    .object({ seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/, "hash must be 64 hexadecimal digits") })
    .nullish(),
});

// An event without a before or after (an access token issued) is read back without the property.
const json = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export const auditResolvers: Resolvers = {
  Query: {
    auditTrail: async (_p, args, ctx) => {
      const a = parseArgs(TrailArgs, args);
      const limit = a.first ?? 100;
      const events = await listEvents(ctx.db, {
        action: a.action,
        target: a.target,
        targetContains: a.targetContains,
        actor: a.actor,
        since: a.since?.toISOString(),
        until: a.until?.toISOString(),
        afterSeq: a.afterSeq ?? 0,
        beforeSeq: a.beforeSeq,
        newestFirst: a.newestFirst ?? false,
        limit: limit + 1,
      });
      // The page is cut before the scope's filter, so paging stays on the chain's sequence.
      const { scope } = signedIn(ctx.viewer);
      const cut = events.slice(0, limit);
      const page = cut.filter((e) => eventInScope(scope, e));
      const next = events.length > limit ? (cut.at(-1)?.seq ?? null) : null;
      return a.newestFirst
        ? { events: page, nextAfterSeq: null, nextBeforeSeq: next }
        : { events: page, nextAfterSeq: next, nextBeforeSeq: null };
    },
    verifyAuditChain: (_p, args, ctx) => {
      const { knownHead } = parseArgs(VerifyArgs, args);
      return verifyChain(ctx.db, knownHead ?? null);
    },
  },
  AuditEvent: {
    actor: (e) => e.actorName,
    actorRole: (e) => e.actorRole,
    actorIssuer: (e) => readActorDetail(e.actorDetail).issuer,
    actorSubject: (e) => readActorDetail(e.actorDetail).subject,
    actorToken: (e) => readActorDetail(e.actorDetail).token,
    actorScope: (e) => readActorDetail(e.actorDetail).scope,
    breakGlass: (e) => readActorDetail(e.actorDetail).breakGlass,
    before: (e) => json(e.before),
    after: (e) => json(e.after),
  },
};
