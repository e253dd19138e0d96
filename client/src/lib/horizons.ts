/** The horizons the ranking, the supplier list and a new risk are asked at: 1 hour to 30 days. */
export const HORIZONS = [1, 4, 8, 24, 72, 168, 336, 720];

/** A horizon as a sentence reads it: "4 hours", "1 day", "30 days". */
export const hoursWords = (h: number): string => (h < 24 ? `${h} hour${h === 1 ? "" : "s"}` : `${h / 24} day${h === 24 ? "" : "s"}`);
