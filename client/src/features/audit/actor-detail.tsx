import type { AuditEvent } from "./api.js";
import { IdsNamed } from "../../components/ids-named.js";

/** Who made the change beyond the name: the person's identity provider and subject, or the token, and the scope it was made under. */
export function ActorDetail({ event }: { event: AuditEvent }) {
  const who = event.actorIssuer
    ? `Signed in through ${event.actorIssuer} as subject ${event.actorSubject ?? "unknown"}`
    : event.actorToken
      ? `With the token “${event.actorToken}”`
      : "On the command line or by the product itself";
  const scope = event.actorScope ? `for ${event.actorScope.join(", ")}` : "for all organisations";
  return (
    <dl className="actor-detail">
      <dt>Who</dt>
      <dd>{who}</dd>
      <dt>Scope</dt>
      <dd>
        <IdsNamed text={scope} />
      </dd>
      {event.breakGlass && (
        <>
          <dt>Break-glass</dt>
          <dd>Made with the command line&apos;s ADMIN token for all organisations</dd>
        </>
      )}
    </dl>
  );
}
