import { pathWords, plainText } from "../../../server/model/plain-words.js";

/** One reason the API refused something, at its path (and file, row and column for an import). */
export interface Problem {
  path: string;
  message: string;
  file?: string;
  row?: number;
  column?: string;
}

/** An API message in words: "1 problem(s)" as English, raw enum values in words. */
export const tidy = (message: string): string =>
  plainText(message).replace(/(\d+) problem\(s\)/g, (_m, n: string) => `${n} problem${n === "1" ? "" : "s"}`);

/** Where the problem is, in words: "systems › #1 › organisation", or the file, row and column. */
export function whereWords(p: Problem): string {
  if (p.file) return [p.file, p.row ? `row ${p.row}` : "", p.column ? `column ${p.column}` : ""].filter(Boolean).join(", ");
  return pathWords(p.path.replace(/^\$\.?/, "")) || "the whole change";
}

export const problemWords = (p: Problem): string => tidy(p.message);

/** A refusal in one line: the message, then each problem with where it is. */
export const refusalLine = (message: string, problems: readonly Problem[]): string =>
  [tidy(message), ...problems.map((p) => `${whereWords(p)}: ${problemWords(p)}.`)].join(" ");
