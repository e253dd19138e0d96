/** Numbers as a person reads them in a report: whole weighted patients, grouped by thousands. */
export const whole = (n: number): string => n.toLocaleString("en-GB", { maximumFractionDigits: 0 });
export const percent = (c: number): string => `${Math.round(c * 100)}%`;
/** An enum value as it reads in a sentence: VERY_HIGH is "very high". */
export const words = (s: string): string => s.replace(/_/g, " ").toLowerCase();

/** A date (YYYY-MM-DD, or an ISO time) as people here read it: 7 December 2026. */
export const dateEnGb = (iso: string): string =>
  new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
