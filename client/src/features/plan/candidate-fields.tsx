import type { Draft } from "./candidate-api.js";

type Key = "name" | "description" | "oneOffCost" | "annualCost";
const FIELDS: ReadonlyArray<[Key, string, string | undefined]> = [
  ["name", "Name *", undefined],
  ["description", "Description", "What it is and why, for the board"],
  ["oneOffCost", "One-off cost (£) *", "e.g. 120000"],
  ["annualCost", "Annual cost (£) *", "Counted for each year of the plan"],
];

/** The candidate's own fields, each with the problems a refusal found in it beside it. */
export function CandidateFields(p: { draft: Draft; problems: ReadonlyMap<string, string[]>; onChange: (key: Key, value: string) => void }) {
  return (
    <div className="form-grid">
      {FIELDS.map(([key, label, hint]) => {
        const id = `candidate-${key}`;
        const problems = p.problems.get(key);
        const describedBy = [problems && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ") || undefined;
        const input = {
          id,
          value: p.draft[key],
          "aria-invalid": problems ? true : undefined,
          "aria-describedby": describedBy,
        };
        return (
          <div className="field" key={key}>
            <label htmlFor={id}>{label}</label>
            {key === "description" ? (
              <textarea {...input} rows={2} onChange={(e) => p.onChange(key, e.target.value)} />
            ) : (
              <input {...input} inputMode={key === "name" ? undefined : "decimal"} onChange={(e) => p.onChange(key, e.target.value)} />
            )}
            {problems && (
              <small id={`${id}-error`} className="field-error">
                {problems.join("; ")}
              </small>
            )}
            {hint && <small id={`${id}-hint`}>{hint}</small>}
          </div>
        );
      })}
    </div>
  );
}
