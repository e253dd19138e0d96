import { BrowseFilters } from "./browse-filters.js";
import { BrowseTable } from "./browse-table.js";
import { useBrowse } from "./use-browse.js";

/** Every node of an organisation, a label or a kind of system, 25 at a time in id order; a name opens it. */
export function BrowsePanel({ onOpen }: { onOpen: (id: string) => void }) {
  const { filter, choose, organisations, page, error, from, first, back, next } = useBrowse();
  return (
    <section aria-labelledby="model-browse" className="browse">
      <h3 id="model-browse">Browse</h3>
      <BrowseFilters filter={filter} organisations={organisations} choose={choose} />
      {error && <p role="alert">{error}</p>}
      {page && page.totalCount === 0 && <p role="status">No node matches.</p>}
      {page && page.totalCount > 0 && <BrowseTable rows={page.edges} from={from} total={page.totalCount} onOpen={onOpen} />}
      <p className="pager">
        <button type="button" disabled={first} onClick={back}>
          Previous page
        </button>{" "}
        <button type="button" disabled={!page?.pageInfo.hasNextPage} onClick={next}>
          Next page
        </button>
      </p>
    </section>
  );
}
