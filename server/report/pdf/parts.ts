import type { Content } from "pdfmake/interfaces";

/**
 * A section: its heading, then its body, kept on one page (no line or table row left alone on
 * the next); the heading never ends a page alone even where the section is longer than a page.
 */
export const section = (title: string, ...body: Content[]): Content => ({
  stack: [{ text: title, style: "h2", headlineLevel: 1 }, ...body],
  unbreakable: true,
});

/** A section that may run over pages (a long list): only its heading is kept with what follows. */
export const longSection = (title: string, ...body: Content[]): Content => ({
  stack: [{ text: title, style: "h2", headlineLevel: 1 }, ...body],
});

/** A short note in grey. */
export const note = (text: string): Content => ({ text, style: "muted" });

/** A table with a header row repeated on each page, rows never split across pages. */
export const table = (widths: Array<number | "*" | "auto">, head: string[], rows: Content[][]): Content => ({
  table: { widths, headerRows: 1, dontBreakRows: true, body: [head.map((h) => ({ text: h, bold: true, fontSize: 8 })), ...rows] },
  layout: "lightHorizontalLines",
  fontSize: 8,
  margin: [0, 2, 0, 4],
});
