import type { Rng } from "./rng.js";

/** Invented English place names and the organisation names built from them. */
const STARTS = [
  "Ash",
  "Bram",
  "Cold",
  "Elm",
  "Fair",
  "Hart",
  "Kings",
  "Mill",
  "North",
  "Oak",
  "Red",
  "Stan",
  "Thorn",
  "West",
  "Wood",
  "Brook",
  "Marsh",
  "Stone",
  "Lang",
  "Hazel",
  "Bex",
  "Church",
  "Dun",
  "East",
  "Gold",
  "High",
  "Long",
  "Market",
  "New",
  "Queens",
  "Salt",
  "South",
  "Upper",
  "Wick",
];
const ENDS = [
  "ford",
  "ley",
  "bury",
  "ton",
  "field",
  "wick",
  "combe",
  "worth",
  "ham",
  "dale",
  "mouth",
  "stead",
  "borough",
  "well",
  "minster",
  "bridge",
  "by",
  "holme",
  "caster",
  "port",
];
const STREETS = ["Station Road", "High Street", "Church Lane", "Park View", "Mill Lane", "The Green", "Victoria Road", "Market Square"];
const HOUSES = ["Oakwood", "Rosemount", "Beech", "Willow", "Meadow", "Hillside", "Cedar", "Lavender", "Orchard", "Riverside"];

/** The seven NHS England regions, with the number of integrated care boards in each. */
export const REGIONS = [
  { name: "North East and Yorkshire", icbs: 4, ambulance: ["North East", "Yorkshire"] },
  { name: "North West", icbs: 3, ambulance: ["North West"] },
  { name: "Midlands", icbs: 11, ambulance: ["West Midlands", "East Midlands"] },
  { name: "East of England", icbs: 6, ambulance: ["East of England"] },
  { name: "London", icbs: 5, ambulance: ["London"] },
  { name: "South East", icbs: 6, ambulance: ["South East Coast", "South Central"] },
  { name: "South West", icbs: 7, ambulance: ["South Western"] },
] as const;

export function placeName(rng: Rng): string {
  return `${rng.pick(STARTS)}${rng.pick(ENDS)}`;
}

export function trustName(rng: Rng, kind: "acute" | "mh" | "community"): string {
  const place = placeName(rng);
  if (kind === "mh") return `${place} Mental Health NHS Foundation Trust`;
  if (kind === "community") return `${place} Community Health Services NHS Trust`;
  return rng.chance(0.5) ? `${place} Hospitals NHS Foundation Trust` : `${place} and ${placeName(rng)} Hospitals NHS Trust`;
}

export function practiceName(rng: Rng): string {
  const place = placeName(rng);
  const form = rng.int(0, 3);
  if (form === 0) return `${place} Medical Centre`;
  if (form === 1) return `${rng.pick(STREETS)} Surgery, ${place}`;
  if (form === 2) return `${place} Health Centre`;
  return `The ${place} Practice`;
}

export function careHomeName(rng: Rng): string {
  return `${rng.pick(HOUSES)} ${rng.chance(0.5) ? "House" : "Lodge"} Care Home, ${placeName(rng)}`;
}
