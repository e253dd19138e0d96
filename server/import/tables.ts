export type Cell = string | number | boolean | null;

/** One CSV file or one worksheet: its rows, the first being the headings. */
export interface Table {
  /** "systems.csv", or "model.xlsx, sheet systems". */
  where: string;
  /** The file or sheet name that says what it holds. */
  name: string;
  rows: Cell[][];
}

/** A file that cannot be read as its format, said in the product's words (never a library's). */
export class Unreadable extends Error {}
