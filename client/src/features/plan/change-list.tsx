import type { ModelChangeInput } from "../../gql/graphql.js";
import { changeWords } from "./change-words.js";

/** The candidate's changes in words, each with the problems a refusal found in it beside it, and a way to take it out. */
export function ChangeList(p: {
  changes: readonly ModelChangeInput[];
  problems: ReadonlyMap<number, string[]>;
  onRemove: (i: number) => void;
}) {
  const whole = p.problems.get(-1);
  return (
    <>
      {p.changes.length ? <List {...p} /> : <p>No changes yet: add at least one below.</p>}
      {whole && <p className="field-error">Refused: {whole.join("; ")}</p>}
    </>
  );
}

function List(p: { changes: readonly ModelChangeInput[]; problems: ReadonlyMap<number, string[]>; onRemove: (i: number) => void }) {
  return (
    <ol className="candidate-changes" aria-label="Its changes">
      {p.changes.map((c, i) => {
        const problems = p.problems.get(i);
        return (
          <li key={i}>
            {changeWords(c)}{" "}
            <button type="button" onClick={() => p.onRemove(i)}>
              Take out
            </button>
            {problems && <small className="field-error"> Refused: {problems.join("; ")}</small>}
          </li>
        );
      })}
    </ol>
  );
}
