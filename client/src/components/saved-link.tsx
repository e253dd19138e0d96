/**
 * What a save changed, in words, and a link to it where it now stands on the page (an element
 * with `target` as its id, focusable): the link scrolls there and takes the focus there.
 */
export function SavedLink({ words, target, linkText = "Show it" }: { words: string; target: string; linkText?: string }) {
  const show = () => {
    const at = document.getElementById(target);
    at?.scrollIntoView({ block: "center" });
    at?.focus();
  };
  return (
    <p className="saved">
      <span role="status">{words}</span>{" "}
      <button type="button" className="link" onClick={show}>
        {linkText}
      </button>
    </p>
  );
}
