/** A SHA-256 hash shortened to its first 12 digits, the whole of it one click away (and always there for a screen reader). */
export function HashValue({ label, hash }: { label: string; hash: string }) {
  return (
    <details className="hash">
      <summary>
        {label}: <code aria-hidden="true">{hash.slice(0, 12)}…</code>
        <span className="sr-only">{hash}</span>
      </summary>
      <code className="hash-full">{hash}</code>
    </details>
  );
}
