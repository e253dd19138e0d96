/** A date (YYYY-MM-DD, or an ISO time) as people here read it: 7 December 2026 (date-words.ts's). */
export { dateEnGb as enGb } from "../model/date-words.js";

/** Hours as a person reads them: "4 hours", "1 day 6 hours", "3 days". */
export function hoursWords(h: number): string {
  const n = (x: number, one: string): string => `${+x.toFixed(1)} ${one}${x === 1 ? "" : "s"}`;
  if (h < 24) return n(h, "hour");
  const days = Math.floor(h / 24);
  const rest = h - days * 24;
  return rest ? `${n(days, "day")} ${n(rest, "hour")}` : n(days, "day");
}

/** "1 service", "3 services". */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** Pounds as a board reads them: £40,000. */
export const pounds = (n: number): string => n.toLocaleString("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
