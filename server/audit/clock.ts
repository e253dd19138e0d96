/**
 * The audit trail's clock: when events happen and heads are recorded. The product reads the
 * system clock; tests set one they move themselves, so that "before" and "after" a change are
 * distinct instants without waiting for real time to pass.
 */
export type Clock = () => Date;

const systemClock: Clock = () => new Date();
let current: Clock = systemClock;

export const auditNow = (): Date => current();

/** Replaces the audit clock (null: the system clock again). */
export function setAuditClock(clock: Clock | null): void {
  current = clock ?? systemClock;
}
