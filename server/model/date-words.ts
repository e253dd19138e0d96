/**
 * Dates and times as people here read them: "15 January 2027", "7 December 2026, 08:15 UTC",
 * and ISO values inside a text put in those words. Every page, the PDF and the exports use these.
 */

/** A date (YYYY-MM-DD, or an ISO time) as people here read it: 15 January 2027. */
export const dateEnGb = (iso: string): string =>
  new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/**
 * A moment as people here read it, always in UTC and saying so: "7 December 2026, 08:15 UTC"
 * ("08:15:30 UTC" with seconds). The one time helper every page, the PDF and the exports use.
 */
export const timeEnGb = (iso: string, o: { seconds?: boolean } = {}): string => {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const clock = at.toLocaleTimeString("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    ...(o.seconds ? { second: "2-digit" } : {}),
    timeZone: "UTC",
  });
  return `${dateEnGb(at.toISOString())}, ${clock} UTC`;
};

/** An ISO date or time inside a value ("createdAt": "2026-12-07T22:11:05.123Z"): in words; anything else as it is. */
const ISO = /(?<![\w-])(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])/g;

/** Every ISO date or time in a text in words: dates as dateEnGb, times as timeEnGb. */
export function datesInWords(text: string): string {
  return text.replace(ISO, (m, y: string, mo: string, d: string, time: string | undefined) => {
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return m;
    if (!time) return dateEnGb(`${y}-${mo}-${d}`);
    // Fractions finer than milliseconds (Neo4j keeps nanoseconds) and a missing zone (UTC) made readable to Date.
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(time) ? time : `${time}Z`;
    return timeEnGb(`${y}-${mo}-${d}${zoned.replace(/(\.\d{3})\d+/, "$1")}`);
  });
}
