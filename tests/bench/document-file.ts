import { createWriteStream, existsSync, renameSync, statSync } from "node:fs";
import { once } from "node:events";
import type { InterchangeDocument } from "../../server/model/document.js";
import { GENERATOR_VERSION, generateScale, type Scale } from "../../seed/generator/generate.js";
import { revisedEstate, type Revision } from "./revised-estate.js";

const LISTS = [
  "organisations",
  "suppliers",
  "careServices",
  "systems",
  "dataStores",
  "dependencies",
  "accesses",
  "administers",
] as const satisfies ReadonlyArray<keyof InterchangeDocument>;

/**
 * A generated estate as one interchange JSON file (`dir/<scale>-seed<seed>-v<generator>.json`),
 * written once and reused: the national estate is larger than any string Node can hold, so it
 * is written list by list, a thousand entries at a time. `revised`: the estate as its owners
 * would send it again a year on (see revised-estate.ts).
 */
export async function documentFile(
  dir: string,
  scale: Scale,
  seed: number,
  log: (l: string) => void,
  revised = false,
): Promise<{ path: string; bytes: number }> {
  const path = `${dir}/${scale}-seed${seed}${revised ? "-revised" : ""}-v${GENERATOR_VERSION}.json`;
  if (!existsSync(path)) {
    log(`Writing the ${scale} estate of seed ${seed}${revised ? ", revised," : ""} to ${path}…`);
    const lists: Record<(typeof LISTS)[number], unknown[]> = Object.fromEntries(LISTS.map((k) => [k, []])) as never;
    const revision: Revision = { renamed: 0, removed: 0, added: 0 };
    const chunks = revised ? revisedEstate(generateScale(scale, seed), revision) : generateScale(scale, seed);
    for (const chunk of chunks) for (const key of LISTS) for (const entry of chunk[key]) lists[key].push(entry);
    if (revised)
      log(
        `Revised: ${revision.renamed.toLocaleString("en-GB")} systems renamed, ${revision.removed.toLocaleString("en-GB")} devices retired, ${revision.added.toLocaleString("en-GB")} new.`,
      );
    const out = createWriteStream(`${path}.part`);
    const write = async (text: string): Promise<void> => {
      if (!out.write(text)) await once(out, "drain");
    };
    await write("{");
    for (const [i, key] of LISTS.entries()) {
      await write(`${i ? "," : ""}\n"${key}": [`);
      const list = lists[key];
      for (let j = 0; j < list.length; j += 1000)
        await write(
          (j ? ",\n" : "\n") +
            list
              .slice(j, j + 1000)
              .map((e) => JSON.stringify(e))
              .join(",\n"),
        );
      await write("]");
    }
    await write("}\n");
    out.end();
    await once(out, "finish");
    renameSync(`${path}.part`, path);
  }
  return { path, bytes: statSync(path).size };
}
