import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Serves the built client; unknown paths fall back to index.html for client-side routes. */
export function staticFiles(root: string): (pathname: string) => Promise<Response> {
  const base = resolve(root);
  return async (pathname) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return new Response("Bad request: the path is not valid percent-encoding.", {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    const rel = normalize(decoded).replace(/^([/\\])+/, "");
    const file = join(base, rel);
    if (!file.startsWith(base + sep) && file !== base) return new Response("Not found", { status: 404 });
    const target = (await isFile(file)) ? file : join(base, "index.html");
    try {
      const body = await readFile(target);
      const immutable = target.includes(`${sep}assets${sep}`);
      return new Response(body, {
        headers: {
          "content-type": TYPES[extname(target)] ?? "application/octet-stream",
          "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
          "x-content-type-options": "nosniff",
        },
      });
    } catch {
      return new Response("The client has not been built: run npm run build:client.", { status: 404 });
    }
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
