import { z } from "zod";
import { scopeList } from "../base/scope.js";
import type { Actor } from "./audit-log.js";

/** Who made a change beyond the name shown and the role, as each audit event records it. */
const ActorDetail = z.object({
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
  token: z.string().nullable(),
  /** The organisations the change was made under; null: all. */
  scope: z.array(z.string()).nullable(),
  breakGlass: z.boolean(),
});
export type ActorDetail = z.infer<typeof ActorDetail>;

/** The detail as the event stores and hashes it: JSON text with its keys in a fixed order. */
export function actorDetail(a: Actor): string {
  const d: ActorDetail = {
    issuer: a.issuer ?? null,
    subject: a.subject ?? null,
    token: a.token ?? null,
    scope: a.scope ? (scopeList(a.scope)?.slice() ?? null) : null,
    breakGlass: a.breakGlass ?? false,
  };
  return JSON.stringify(d);
}

const NONE: ActorDetail = { issuer: null, subject: null, token: null, scope: null, breakGlass: false };

/** The stored detail read back; an event recorded before details were kept has none. */
export function readActorDetail(text: string | null | undefined): ActorDetail {
  if (!text) return NONE;
  const parsed = ActorDetail.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : NONE;
}
