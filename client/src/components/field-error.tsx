/** The words of every problem a refusal found in one field, shown beside it. */
export function FieldError({ id, problems }: { id: string; problems: readonly string[] | undefined }) {
  if (!problems?.length) return null;
  return (
    <span id={id} className="field-error">
      {problems.join(" ")}
    </span>
  );
}

/** A field's marks while a refusal names it: invalid, and described by its problems (so it takes the focus). */
export const invalidIf = (id: string, problems: readonly string[] | undefined): { "aria-invalid"?: true; "aria-describedby"?: string } =>
  problems?.length ? { "aria-invalid": true, "aria-describedby": id } : {};
