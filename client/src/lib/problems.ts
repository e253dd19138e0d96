import { ApiError, type Problem } from "./graphql.js";
import { problemWords, tidy } from "./problem-words.js";

/** A refusal as the person reads it: the API's message in words, and every problem it listed. */
export interface Refusal {
  summary: string;
  problems: Problem[];
}

export function refusalOf(e: unknown, fallback = "Something went wrong."): Refusal {
  if (!(e instanceof ApiError)) return { summary: fallback, problems: [] };
  return { summary: tidy(e.message), problems: e.problems };
}

/** The form field a problem names (the last part of its path that is a field), if any. */
export function fieldOf(p: Problem, keys: readonly string[]): string | null {
  const parts = p.path.split(/[.[\]$"]+/).filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    const key = parts[i - 1] === "workaround" ? `workaround${part === "capacity" ? "Capacity" : "Hours"}` : part;
    if (keys.includes(key)) return key;
  }
  return null;
}

/** Each field's problems, by field key; what names no field is left for the list. */
export function byField(problems: readonly Problem[], keys: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const key = fieldOf(p, keys);
    if (key) out.set(key, [...(out.get(key) ?? []), problemWords(p)]);
  }
  return out;
}
