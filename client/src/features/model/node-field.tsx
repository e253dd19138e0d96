import { capital, plain } from "../../../../server/model/plain-words.js";
import type { FieldSpec } from "./node-fields.js";
import { PickField } from "./pick-field.js";

/** One input of the node form, with its hint and the problems a refusal found in it beside it. */
export function NodeField({
  spec,
  value,
  locked,
  problems,
  onChange,
}: {
  spec: FieldSpec;
  value: string | boolean | undefined;
  locked: boolean;
  problems: readonly string[] | undefined;
  onChange: (v: string | boolean) => void;
}) {
  const id = `field-${spec.key}`;
  const hint = spec.hint ? `${id}-hint` : undefined;
  const error = problems?.length ? `${id}-error` : undefined;
  const describedBy = [error, hint].filter(Boolean).join(" ") || undefined;
  const invalid = !!error;
  const text = typeof value === "string" ? value : "";
  const label = `${spec.label}${spec.required ? " *" : ""}`;
  if (spec.type === "pick")
    return (
      <div className="field">
        <PickField
          id={id}
          label={label}
          picks={spec.picks!}
          value={text}
          onChange={onChange}
          invalid={invalid}
          describedBy={describedBy}
          required={spec.required}
        />
        <Under id={id} hint={spec.hint} problems={problems} />
      </div>
    );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {spec.type === "select" ? (
        <select
          id={id}
          value={text}
          required={spec.required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">—</option>
          {spec.options!.map((o) => (
            <option key={o} value={o}>
              {capital(plain(o))}
            </option>
          ))}
        </select>
      ) : spec.type === "checkbox" ? (
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.checked)}
        />
      ) : (
        <input
          id={id}
          type={spec.type === "number" ? "number" : "text"}
          step="any"
          value={text}
          readOnly={locked}
          required={spec.required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <Under id={id} hint={spec.hint} problems={problems} />
    </div>
  );
}

function Under({ id, hint, problems }: { id: string; hint: string | undefined; problems: readonly string[] | undefined }) {
  return (
    <>
      {problems?.length ? (
        <small id={`${id}-error`} className="field-error">
          {problems.join("; ")}
        </small>
      ) : null}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
    </>
  );
}
