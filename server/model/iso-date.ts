import { z } from "zod";

/** A calendar date as YYYY-MM-DD that exists: zod's ISO date refuses 2025-02-31. */
export const IsoDate = z.iso.date("must be a date as YYYY-MM-DD");
