import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import streamObject from "stream-json/streamers/stream-object.js";
import { badInput } from "../base/errors.js";

/**
 * Reads a JSON object from a file of any size: the text is parsed as it streams in and only
 * the values are held, one top-level entry assembled at a time, never the text as one string
 * (Node cannot hold a string past 512 MiB; a national estate's document is larger).
 * `progress` is told how many bytes have been read.
 */
export async function readJsonObjectFile(path: string, progress?: (bytes: number) => void): Promise<Record<string, unknown>> {
  const document: Record<string, unknown> = {};
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  if (progress) file.on("data", () => progress(file.bytesRead));
  try {
    await pipeline(file, streamObject.withParserAsStream(), async (items: AsyncIterable<{ key: string; value: unknown }>) => {
      for await (const { key, value } of items) document[key] = value;
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if ((e as NodeJS.ErrnoException).code) throw new Error(`Cannot read ${path}: ${message}`);
    throw badInput(`${path} is not a JSON object: ${message}`, [{ path: "$", message: "not JSON" }]);
  }
  return document;
}
