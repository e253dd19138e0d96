import { readFileSync } from "node:fs";
import { z } from "zod";
import { ConfigError } from "../../base/config.js";
import { ROLES, type Permission, type Role } from "../roles.js";
import { ALL, type Scope } from "../../base/scope.js";

/** A claim and the value it must hold (a string, or one of a list of strings: groups, roles). */
const When = z.object({ claim: z.string().min(1).max(100), value: z.string().min(1).max(500) }).strict();

/**
 * One line of the mapping file (JSON Lines; blank lines and lines starting with # are skipped).
 * A role line gives a role for fixed organisations, for all ("ALL"), or for those the person's
 * `organisation` claim names ("FROM_CLAIM"); a grant line gives risk:accept to people of another role.
 */
const RoleLine = z
  .object({
    when: When,
    role: z.enum(ROLES),
    organisations: z.union([z.literal("ALL"), z.literal("FROM_CLAIM"), z.array(z.string().min(1).max(128)).min(1)]),
  })
  .strict();
const GrantLine = z.object({ when: When, grant: z.literal("risk:accept") }).strict();
type Line = z.infer<typeof RoleLine> | z.infer<typeof GrantLine>;
// A line is a grant when it says so; every other line is read as a role line, so its problems are named field by field.
const lineSchema = (json: unknown) => (json && typeof json === "object" && "grant" in json ? GrantLine : RoleLine);

export interface Mapping {
  lines: Line[];
}

/** A bad mapping file stops start-up as a bad variable does. */
export class MappingError extends ConfigError {}

/** Reads and checks the file; a bad line stops start-up, naming the file, the line and what is wrong. */
export function loadMapping(path: string): Mapping {
  return parseMapping(readFileSync(path, "utf8"), path);
}

export function parseMapping(text: string, name = "mapping"): Mapping {
  const lines: Line[] = [];
  text.split("\n").forEach((raw, i) => {
    const t = raw.trim();
    if (!t || t.startsWith("#")) return;
    let json: unknown;
    try {
      json = JSON.parse(t);
    } catch (e) {
      throw new MappingError(`${name}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    const parsed = lineSchema(json).safeParse(json);
    if (!parsed.success)
      throw new MappingError(
        `${name}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".") || "line"}: ${x.message}`).join("; ")}`,
      );
    lines.push(parsed.data);
  });
  if (!lines.some((l) => "role" in l)) throw new MappingError(`${name}: no line gives a role: nobody could sign in`);
  return { lines };
}

const values = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
const matches = (claims: Record<string, unknown>, w: z.infer<typeof When>): boolean => values(claims[w.claim]).includes(w.value);

export type Mapped = { ok: true; role: Role; scope: Scope; extra: Permission[] } | { ok: false; reason: string };

/**
 * What a person's claims give: the first role line that matches (the file's order is its
 * priority), and risk:accept from any grant line. Claims that match no role line give nothing:
 * the person is refused with the reason, never let in with a default role.
 */
export function mapClaims(m: Mapping, claims: Record<string, unknown>): Mapped {
  const extra: Permission[] = m.lines.some((l) => "grant" in l && matches(claims, l.when)) ? ["risk:accept"] : [];
  const line = m.lines.find((l): l is Extract<Line, { role: Role }> => "role" in l && matches(claims, l.when));
  const claimed = [...new Set(m.lines.map((l) => l.when.claim))].map((c) => `${c}: ${values(claims[c]).join(", ") || "none"}`).join("; ");
  if (!line)
    return {
      ok: false,
      reason: `Your account's claims (${claimed}) give no role in this product. Ask your administrator to add you to the mapping.`,
    };
  if (line.organisations === "ALL") return { ok: true, role: line.role, scope: ALL, extra };
  if (line.organisations !== "FROM_CLAIM") return { ok: true, role: line.role, scope: line.organisations, extra };
  const orgs = values(claims.organisation);
  if (!orgs.length)
    return { ok: false, reason: `Your account gives the ${line.role} role but names no organisation (the organisation claim is empty).` };
  return { ok: true, role: line.role, scope: orgs, extra };
}
