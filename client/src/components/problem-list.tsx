import { useEffect, useRef } from "react";
import { problemWords, whereWords } from "../lib/problem-words.js";
import type { Refusal } from "../lib/problems.js";

/**
 * A refusal: what the API said, then every problem it gave with where it is in words. Shown, it
 * takes the focus unless a field of the form is marked invalid, which takes it instead.
 */
export function ProblemList({ refusal, form }: { refusal: Refusal; form?: React.RefObject<HTMLElement | null> }) {
  const own = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const field = form?.current?.querySelector<HTMLElement>("[aria-invalid=true]");
    (field ?? own.current)?.focus();
  }, [refusal, form]);
  return (
    <div role="alert" className="problem-list" tabIndex={-1} ref={own}>
      <p>{refusal.summary}</p>
      {refusal.problems.length > 0 && (
        <ul>
          {refusal.problems.map((p, i) => (
            <li key={i}>
              <strong>{whereWords(p)}</strong>: {problemWords(p)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
