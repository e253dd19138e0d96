/** What the last applied change saved, with a link to the node (or to the audit trail's record of it). */
export function SavedNotice({ saved, onOpen }: { saved: { words: string; id: string | null }; onOpen: (id: string) => void }) {
  return (
    <p role="status" className="saved">
      {saved.words}{" "}
      {saved.id && (
        <a
          href={`#model?node=${encodeURIComponent(saved.id)}`}
          onClick={(e) => {
            e.preventDefault();
            onOpen(saved.id!);
          }}
        >
          Open it
        </a>
      )}
      {saved.id && " · "}
      <a href="#audit">See it in the audit trail</a>
    </p>
  );
}
