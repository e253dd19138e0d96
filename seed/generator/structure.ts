import type { IcsContext, OrgTask } from "./context.js";
import type { Scale } from "./generate.js";
import { REGIONS } from "./names.js";
import { apportion, createRng, mixSeed, type Rng } from "./rng.js";
import { suppliers } from "./suppliers.js";

/**
 * The shape of each scale as a lazy sequence of organisations to build, in an order where
 * everything an organisation refers to comes before it: national services, then per region
 * its ambulance trusts and its integrated care systems (trusts, the ICB, practices, care homes).
 */
const ENGLAND = { population: 56_500_000, acute: 126, mentalHealth: 50, community: 14, practices: 6_300, careHomes: 14_000 };

interface Composition {
  population: number;
  acute: number;
  mentalHealth: number;
  community: number;
  practices: number;
  careHomes: number;
}

class Codes {
  private serial = 0;
  private trusts = 0;
  private icbs = 0;
  private practices = 0;
  private careHomes = 0;
  next(kind: "trust" | "icb" | "practice" | "care-home"): { code: string; serial: number } {
    const serial = ++this.serial;
    if (kind === "trust") return { serial, code: `t${String(++this.trusts).padStart(4, "0")}` };
    if (kind === "icb") return { serial, code: `i${String(++this.icbs).padStart(2, "0")}` };
    if (kind === "practice") return { serial, code: `g${String(++this.practices).padStart(5, "0")}` };
    return { serial, code: `c${String(++this.careHomes).padStart(5, "0")}` };
  }
}

function newIcs(rng: Rng, region: string): IcsContext {
  return { region, pathology: suppliers.pick("pathology", rng), feeds: [], practiceAppointments: [] };
}

function* icsTasks(rng: Rng, codes: Codes, region: string, c: Composition): Generator<OrgTask> {
  const ics = newIcs(rng, region);
  // The largest acute trust comes first: it hosts the system's shared laboratory.
  const shares = Array.from({ length: c.acute }, () => rng.range(0.7, 1.3)).sort((a, b) => b - a);
  const total = shares.reduce((a, b) => a + b, 0);
  for (const share of shares) yield { kind: "acute", ...codes.next("trust"), population: Math.round((c.population * share) / total), ics };
  for (let i = 0; i < c.mentalHealth; i++)
    yield { kind: "mental-health", ...codes.next("trust"), population: Math.round(c.population / c.mentalHealth), ics };
  for (let i = 0; i < c.community; i++)
    yield { kind: "community", ...codes.next("trust"), population: Math.round((c.population * 0.8) / c.community), ics };
  yield { kind: "icb", ...codes.next("icb"), population: c.population, ics };
  for (let i = 0; i < c.practices; i++) yield { kind: "practice", ...codes.next("practice"), ics };
  for (let i = 0; i < c.careHomes; i++) yield { kind: "care-home", ...codes.next("care-home"), ics };
}

function* nationalTasks(rng: Rng, codes: Codes): Generator<OrgTask> {
  const icsCount = REGIONS.reduce((n, r) => n + r.icbs, 0);
  const weights = Array.from({ length: icsCount }, () => rng.range(0.5, 2));
  const population = apportion(ENGLAND.population, weights);
  const acute = apportion(ENGLAND.acute, weights, 1);
  const mentalHealth = apportion(ENGLAND.mentalHealth, weights, 1);
  const community = apportion(ENGLAND.community, weights);
  const practices = apportion(ENGLAND.practices, weights);
  const careHomes = apportion(ENGLAND.careHomes, weights);
  let next = 0;
  for (const region of REGIONS) {
    const first = next;
    next += region.icbs;
    const regionPopulation = population.slice(first, next).reduce((a, b) => a + b, 0);
    for (const area of region.ambulance) {
      yield {
        kind: "ambulance",
        ...codes.next("trust"),
        population: Math.round(regionPopulation / region.ambulance.length),
        region: region.name,
        area,
      };
    }
    for (let i = first; i < next; i++) {
      yield* icsTasks(rng, codes, region.name, {
        population: population[i] ?? 0,
        acute: acute[i] ?? 1,
        mentalHealth: mentalHealth[i] ?? 1,
        community: community[i] ?? 0,
        practices: practices[i] ?? 0,
        careHomes: careHomes[i] ?? 0,
      });
    }
  }
}

export function* orgTasks(scale: Scale, seed: number): Generator<OrgTask> {
  const rng = createRng(mixSeed(seed, 0x53545255));
  const codes = new Codes();
  yield { kind: "national" };
  if (scale === "national") {
    yield* nationalTasks(rng, codes);
    return;
  }
  const region = rng.pick(REGIONS);
  if (scale === "trust") {
    // One large acute trust (about 15,000 endpoints) and the national services it relies on.
    const population = rng.int(640_000, 690_000);
    yield { kind: "acute", ...codes.next("trust"), population, ics: newIcs(rng, region.name) };
    return;
  }
  const population = rng.int(1_200_000, 1_400_000);
  // The region's ambulance trust, sized to this system and part of its neighbours.
  yield { kind: "ambulance", ...codes.next("trust"), population: population * 2, region: region.name, area: region.ambulance[0] };
  yield* icsTasks(rng, codes, region.name, {
    population,
    acute: 3,
    mentalHealth: 1,
    community: 1,
    practices: rng.int(140, 160),
    careHomes: rng.int(310, 350),
  });
}
