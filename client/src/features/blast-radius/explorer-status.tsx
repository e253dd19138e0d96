interface Props {
  notice: string | null;
  working: boolean;
  failure: string | null;
  shown: boolean;
  /** Affected nodes not drawn, and whether they are grouped by region. */
  left: number;
  byRegion: boolean;
}

/** What the explorer is doing, or what it is waiting for, read out as it changes. */
export function ExplorerStatus({ notice, working, failure, shown, left, byRegion }: Props) {
  return (
    <div aria-live="polite" className="status">
      {notice && <span role="alert">{notice} </span>}
      {working && "Working out the blast radius…"}
      {failure && <span role="alert">{failure}</span>}
      {!shown && !working && !failure && "Choose something that is lost or compromised to see what breaks."}
      {shown &&
        left > 0 &&
        ` ${left.toLocaleString("en-GB")} further affected nodes are grouped by ${byRegion ? "region" : "organisation"} and kind; select a group to ${byRegion ? "open it" : "draw it"}.`}
    </div>
  );
}
