import { FieldError, invalidIf } from "../../components/field-error.js";
import { RATING_COLOURS, words, type Control } from "./api.js";

/** A rating on its colour. */
export function Rating({ n }: { n: number }) {
  return (
    <span className="rating" style={{ background: RATING_COLOURS[n] }}>
      {n}
    </span>
  );
}

/** A choice among a field's values, in words. */
export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  problems,
}: {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (v: T) => void;
  problems?: readonly string[];
}) {
  const error = `risk-${label.toLowerCase()}-error`;
  return (
    <label>
      {label}{" "}
      <select value={value} onChange={(e) => onChange(e.target.value as T)} {...invalidIf(error, problems)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {words(o)}
          </option>
        ))}
      </select>
      <FieldError id={error} problems={problems} />
    </label>
  );
}

/** A control in words: what it does. */
export function describe(c: Control): string {
  if (c.kind === "LIKELIHOOD_DOWN") return `${c.name}: likelihood down ${c.levels} level${c.levels === 1 ? "" : "s"}`;
  if (c.kind === "REDUNDANCY") return `${c.name}: ${c.from} → ${c.to} made redundant`;
  return `${c.name}: workaround for ${c.service} at ${Math.round((c.capacity ?? 0) * 100)}% for ${c.sustainableHours} h`;
}
