import { PassThrough, type Readable } from "node:stream";
import yauzl from "yauzl";
import { Unreadable } from "./tables.js";
import { LimitExceeded, type UploadLimits } from "./upload-limits.js";

/** An XLSX's zip, its entries known from the central directory, each opened on demand. */
export interface ZipEntries {
  has(name: string): boolean;
  /** The entry's bytes as they inflate; an entry that inflates past what it declared fails as damaged. */
  open(name: string): Promise<Readable>;
  close(): void;
}

const DAMAGED = "its zip is damaged or encrypted";

/**
 * Reads the zip's central directory with yauzl, inflating nothing, and refuses it past the
 * limits on entries and on the sizes they declare (together and each); yauzl then checks each
 * entry's inflated size against its declared one as it streams, so a lying header cannot
 * smuggle in more.
 */
export async function readZip(bytes: Buffer, limits: UploadLimits): Promise<ZipEntries> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw new Unreadable("it is not an XLSX workbook (not a zip file)");
  }
  if (zip.entryCount > limits.zipEntries) {
    zip.close();
    throw new LimitExceeded("zipEntries");
  }
  const entries = new Map<string, yauzl.Entry>();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("entry", (e: yauzl.Entry) => {
        total += e.uncompressedSize;
        if (entries.size >= limits.zipEntries) return reject(new LimitExceeded("zipEntries"));
        if (total > limits.unzippedBytes) return reject(new LimitExceeded("unzippedBytes"));
        entries.set(e.fileName, e);
        zip.readEntry();
      });
      zip.once("end", resolve);
      zip.once("error", () => reject(new Unreadable(DAMAGED)));
      zip.readEntry();
    });
  } catch (e) {
    zip.close();
    throw e;
  }
  return {
    has: (name) => entries.has(name),
    open: async (name) => {
      const entry = entries.get(name);
      if (!entry) throw new Unreadable(`it is not an XLSX workbook (no ${name})`);
      let raw: Readable;
      try {
        raw = await zip.openReadStreamPromise(entry);
      } catch {
        throw new Unreadable(DAMAGED);
      }
      // yauzl's own words ("too many bytes in the stream") become ours.
      const out = new PassThrough();
      raw.once("error", () => out.destroy(new Unreadable(DAMAGED)));
      return raw.pipe(out);
    },
    close: () => zip.close(),
  };
}
