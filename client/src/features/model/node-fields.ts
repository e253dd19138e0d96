import {
  HOSTINGS,
  ORGANISATION_TYPES,
  SENSITIVITIES,
  SEVERITIES,
  SYSTEM_KINDS,
  type NodeLabel,
} from "../../../../server/model/vocabulary.js";
import type { NodeInput } from "../../gql/graphql.js";

/** One input of the node form; `key` is the field's name in the API's input (workaround ones are nested). */
export interface FieldSpec {
  key: string;
  label: string;
  type: "text" | "number" | "select" | "checkbox" | "list" | "pick";
  /** For a pick: the kind of node chosen by name. */
  picks?: "Organisation" | "Supplier";
  required?: boolean;
  options?: readonly string[];
  /** What the field means, shown under it. */
  hint?: string;
}

const ID: FieldSpec = { key: "id", label: "Id", type: "text", required: true, hint: "Unique across the model; letters, digits and dashes" };
const NAME: FieldSpec = { key: "name", label: "Name", type: "text", required: true };
const ORG: FieldSpec = {
  key: "organisation",
  label: "Organisation",
  type: "pick",
  picks: "Organisation",
  required: true,
  hint: "The organisation that operates it",
};
const OWNER: FieldSpec = { key: "owner", label: "Owner", type: "text" };
const RECOVERY: FieldSpec = {
  key: "recoveryHours",
  label: "Recovery time (hours)",
  type: "number",
  hint: "Tested time to bring it back after it is lost; blank if unknown",
};

/** The form of each kind of node, in the order people read them. */
export const NODE_FORMS: Record<NodeLabel, { input: string; fields: FieldSpec[] }> = {
  Organisation: {
    input: "organisation",
    fields: [
      ID,
      NAME,
      { key: "type", label: "Type", type: "select", required: true, options: ORGANISATION_TYPES },
      { key: "region", label: "Region", type: "text" },
    ],
  },
  CareService: {
    input: "careService",
    fields: [
      ID,
      NAME,
      ORG,
      { key: "severity", label: "Severity if it stops (DCB0160)", type: "select", required: true, options: SEVERITIES },
      { key: "patientsPerDay", label: "Patients a day", type: "number", required: true },
      {
        key: "impactToleranceHours",
        label: "Impact tolerance (hours)",
        type: "number",
        hint: "How long it can be disrupted before harm escalates",
      },
      {
        key: "workaroundCapacity",
        label: "Workaround keeps (share of care, 0–1)",
        type: "number",
        hint: "Share of the service a manual workaround keeps",
      },
      { key: "workaroundHours", label: "Workaround sustainable for (hours)", type: "number" },
      OWNER,
    ],
  },
  System: {
    input: "system",
    fields: [
      ID,
      NAME,
      ORG,
      { key: "kind", label: "Kind", type: "select", required: true, options: SYSTEM_KINDS },
      { key: "supplier", label: "Supplier", type: "pick", picks: "Supplier" },
      {
        key: "hosting",
        label: "Hosting",
        type: "select",
        options: HOSTINGS,
        hint: "With a supplier: run by the supplier (its loss stops this system and it administers it), supported remotely by the supplier (it administers it), or run in-house (neither). Blank: its supplier counts for nothing",
      },
      { key: "internetFacing", label: "Reachable from the internet", type: "checkbox" },
      OWNER,
      RECOVERY,
    ],
  },
  DataStore: {
    input: "dataStore",
    fields: [
      ID,
      NAME,
      ORG,
      { key: "records", label: "Records", type: "number", required: true },
      {
        key: "sensitivity",
        label: "Sensitivity tier",
        type: "select",
        required: true,
        options: SENSITIVITIES,
        hint: "T4 is the most sensitive",
      },
      OWNER,
      RECOVERY,
    ],
  },
  Supplier: {
    input: "supplier",
    fields: [
      ID,
      NAME,
      { key: "certifications", label: "Certifications", type: "list", hint: "Comma-separated, e.g. ISO27001, DSPT" },
      RECOVERY,
    ],
  },
};

export type FormValues = Record<string, string | boolean>;

/**
 * The form's values as the API's NodeInput: blanks left out, numbers and lists parsed, the
 * workaround nested. Built from the field specs, so the type is asserted; the server checks
 * every field and answers a refusal in words.
 */
export function toNodeInput(label: NodeLabel, v: FormValues): NodeInput {
  const out: Record<string, unknown> = {};
  for (const f of NODE_FORMS[label].fields) {
    const raw = v[f.key];
    if (f.type === "checkbox") {
      if (raw === true) out[f.key] = true;
      continue;
    }
    const text = typeof raw === "string" ? raw.trim() : "";
    if (text === "") continue;
    if (f.type === "number") out[f.key] = Number(text);
    else if (f.type === "list")
      out[f.key] = text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    else out[f.key] = text;
  }
  if (label === "CareService") {
    const { workaroundCapacity, workaroundHours, ...rest } = out;
    if (workaroundCapacity !== undefined || workaroundHours !== undefined)
      rest.workaround = { capacity: workaroundCapacity, sustainableHours: workaroundHours };
    return { [NODE_FORMS[label].input]: rest } as NodeInput;
  }
  return { [NODE_FORMS[label].input]: out } as NodeInput;
}

/** A node as the API answers it, to the form's values. */
export function toFormValues(label: NodeLabel, node: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  const workaround = node.workaround as { capacity: number; sustainableHours: number } | null | undefined;
  for (const f of NODE_FORMS[label].fields) {
    const value =
      f.key === "workaroundCapacity" ? workaround?.capacity : f.key === "workaroundHours" ? workaround?.sustainableHours : node[f.key];
    if (f.type === "checkbox") out[f.key] = value === true;
    else if (Array.isArray(value)) out[f.key] = value.join(", ");
    else out[f.key] = value === null || value === undefined ? "" : String(value);
  }
  return out;
}
