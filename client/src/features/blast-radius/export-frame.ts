import { LEGEND, symbolSvg } from "./legend-items.js";

/** What an exported picture says about itself: its title, the scenario and when it was made. */
export interface ExportHeading {
  title: string;
  scenario: string;
  made: string;
}

const HEAD = 70;
const LEGEND_ROW = 20;
const LEGEND_COLS = 3;
const LEGEND_COL_W = 300;

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function legendHeight(): number {
  return Math.ceil(LEGEND.length / LEGEND_COLS) * LEGEND_ROW + 30;
}

/** The heading and the key as SVG markup for a picture `width` wide whose graph is `graphH` tall. */
function frameParts(h: ExportHeading, graphH: number): { head: string; legend: string; height: number } {
  const head = `<text x="16" y="26" font-size="20" font-weight="bold" font-family="sans-serif">${esc(h.title)}</text>
<text x="16" y="46" font-size="13" font-family="sans-serif">${esc(h.scenario)}</text>
<text x="16" y="63" font-size="11" fill="#555" font-family="sans-serif">${esc(h.made)}</text>`;
  const top = HEAD + graphH + 10;
  const items = LEGEND.map((item, i) => {
    const x = 16 + (i % LEGEND_COLS) * LEGEND_COL_W;
    const y = top + 24 + Math.floor(i / LEGEND_COLS) * LEGEND_ROW;
    return `${symbolSvg(item, x, y)}<text x="${x + 26}" y="${y + 11}" font-size="12" font-family="sans-serif">${esc(item.text)}</text>`;
  }).join("\n");
  const legend = `<text x="16" y="${top + 14}" font-size="13" font-weight="bold" font-family="sans-serif">Key</text>\n${items}`;
  return { head, legend, height: HEAD + graphH + legendHeight() + 10 };
}

/** The graph's SVG inside a page with the heading above and the key below. */
export function framedSvg(graphSvg: string, h: ExportHeading): string {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(graphSvg);
  const gw = Number(size?.[1] ?? 800);
  const gh = Number(size?.[2] ?? 600);
  const width = Math.max(gw, LEGEND_COLS * LEGEND_COL_W + 32);
  const { head, legend, height } = frameParts(h, gh);
  const inner = graphSvg
    .replace(/^<\?xml[^>]*>\s*/, "")
    .replace(/^<!DOCTYPE[^>]*>\s*/, "")
    .replace(/<svg/, `<svg x="0" y="${HEAD}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="#ffffff"/>
${head}
${inner}
${legend}
</svg>`;
}

/** The graph's PNG with the heading above and the key below, drawn on a canvas. */
export async function framedPng(graphPng: Blob, h: ExportHeading): Promise<Blob> {
  const bitmap = await createImageBitmap(graphPng);
  const scale = 2;
  const gw = bitmap.width / scale;
  const gh = bitmap.height / scale;
  const width = Math.max(gw, LEGEND_COLS * LEGEND_COL_W + 32);
  const { head, legend, height } = frameParts(h, gh);
  // The heading and key are drawn from the same SVG markup as the SVG export, then the graph between them.
  const overlay = new Blob([`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${head}${legend}</svg>`], {
    type: "image/svg+xml",
  });
  const url = URL.createObjectURL(overlay);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 0, HEAD * scale);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The PNG could not be made."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
