import { authHeaders } from "./auth-headers.js";

/** Hands a file to the browser to save. */
export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Asks the server for a file it makes for the signed-in user (a report, an export), with the
 * session's credentials; a refusal throws the server's words: "`what` could not be made: …".
 */
export async function fetchFile(path: string, what: string, signal?: AbortSignal): Promise<Response> {
  const r = await fetch(path, { headers: authHeaders(), signal }).catch((e: unknown) => {
    throw (e as Error).name === "AbortError" ? e : new Error("The server could not be reached.");
  });
  if (!r.ok) {
    const body = (await r.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
    throw new Error(`${what} could not be made: ${body?.errors?.[0]?.message ?? `the server answered ${r.status}`}`);
  }
  return r;
}

/** Fetches a file the server makes for the signed-in user and saves it; the server's words on failure. */
export async function downloadFrom(path: string, name: string, what = name): Promise<void> {
  const r = await fetchFile(path, what);
  download(name, await r.blob());
}
