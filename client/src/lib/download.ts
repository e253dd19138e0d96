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

/** Fetches a file the server makes for the signed-in user and saves it; the server's words on failure. */
export async function downloadFrom(path: string, token: string, name: string): Promise<void> {
  const r = await fetch(path, { headers: authHeaders(token) }).catch(() => null);
  if (!r) throw new Error("The server could not be reached.");
  if (!r.ok) {
    const body = (await r.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
    throw new Error(`${name} could not be made: ${body?.errors?.[0]?.message ?? `the server answered ${r.status}`}`);
  }
  download(name, await r.blob());
}
