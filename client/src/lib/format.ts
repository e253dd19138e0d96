/** Numbers as a person reads them in a report: whole weighted patients, grouped by thousands. */
export const whole = (n: number): string => n.toLocaleString("en-GB", { maximumFractionDigits: 0 });
export const percent = (c: number): string => `${Math.round(c * 100)}%`;
/** The one vocabulary (server/model/plain-words.ts): an enum value in words; dates in en-GB (date-words.ts). */
export { plain as words } from "../../../server/model/plain-words.js";
export { dateEnGb } from "../../../server/model/date-words.js";
