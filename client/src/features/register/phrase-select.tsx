import { phrase } from "./api.js";

/** A choice among a field's values, each in its phrase. */
export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (v: T) => void;
}) {
  return (
    <label>
      {label}{" "}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {phrase(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
