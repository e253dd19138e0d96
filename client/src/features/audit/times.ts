import { timeEnGb } from "../../../../server/model/date-words.js";

/** A moment as <input type="datetime-local" step="1"> holds it: local time to the second. */
export function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The input's local time as the API takes it (ISO 8601, UTC); null when the input is empty or not a time. */
export function fromLocalInput(value: string): string | null {
  const d = new Date(value);
  return value && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

/** A recorded time as a person reads it, to the second (the one vocabulary's time, in UTC). */
export const readable = (iso: string): string => timeEnGb(iso, { seconds: true });
