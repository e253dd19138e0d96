import type { OrganisationType } from "../../server/model/enums.js";
import { OrgBuilder } from "./core-builder.js";
import { createRng, mixSeed, type Rng } from "./rng.js";
import type { PoolName } from "./supplier-pools.js";
import { suppliers } from "./suppliers.js";

/** A builder for one organisation, with its own random stream derived from the seed and its serial. */
export function newOrg(
  seed: number,
  serial: number,
  code: string,
  type: OrganisationType,
  name: (rng: Rng) => string,
  region?: string,
): OrgBuilder {
  const rng = createRng(mixSeed(seed, serial));
  const organisation = { id: `org-${code}`, name: name(rng), type, ...(region === undefined ? {} : { region }) };
  return new OrgBuilder(rng, organisation, code);
}

/** Distinct suppliers from a pool (a trust buys its medical devices from a few makers). */
export function distinctSuppliers(rng: Rng, pool: PoolName, count: number): string[] {
  const picked = new Set<string>();
  for (let tries = 0; picked.size < count && tries < count * 10; tries++) picked.add(suppliers.pick(pool, rng));
  return [...picked];
}
