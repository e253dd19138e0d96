import { useEffect, useRef, useState, type FormEvent } from "react";

const inNinetyDays = (): string => new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10);

/** A review: a note and the date of the next one, chosen, in a modal dialog. */
export function ReviewDialog({
  title,
  onSubmit,
  onClose,
}: {
  title: string;
  onSubmit: (note: string, next: string) => Promise<void>;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [note, setNote] = useState("");
  const [next, setNext] = useState(inNinetyDays);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return setProblem("Say what the review found.");
    if (!next) return setProblem("Choose the date of the next review.");
    setProblem(null);
    await onSubmit(note.trim(), next);
  };
  return (
    <dialog ref={dialog} className="review-dialog" aria-label={`Review ${title}`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h3>Review: {title}</h3>
        <label>
          What the review found{" "}
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
            maxLength={5000}
            aria-describedby={problem ? "review-problem" : undefined}
          />
        </label>
        <label>
          Next review <input type="date" value={next} onChange={(e) => setNext(e.target.value)} />
        </label>
        {problem && (
          <p id="review-problem" className="field-error">
            {problem}
          </p>
        )}
        <p>
          <button type="submit">Record the review</button>{" "}
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </p>
      </form>
    </dialog>
  );
}
