import { skipToken } from "@tanstack/react-query";
import { useState } from "react";
import { useGraphQL } from "../../lib/query.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { EXPLANATION, PAGE_SIZE, RANKING, type Kind, type RankingOrder } from "./api.js";

/**
 * The ranking as filtered (horizon, recovery, kind, order, organisation), a page at a time, with
 * the open row's evidence. A change of filter starts again at the first page with no row open.
 */
export function useRanking() {
  const [hours, setHours] = useState(24);
  const [org, setOrg] = useState<NodeRef | null>(null);
  const [kind, setKind] = useState<Kind>("");
  const [by, setBy] = useState<RankingOrder>("TOTAL");
  const [recovery, setRecovery] = useState(false);
  // The cursors of the pages before this one: going back is popping one. A filter starts again at the first page.
  const [trail, setTrail] = useState<Array<string | null>>([null]);
  // The open row: its rank, and the cursor its page of one starts after.
  const [open, setOpen] = useState<{ rank: number; after: string | null } | null>(null);
  const after = trail.at(-1) ?? null;
  const vars = { hours, org: org?.id ?? null, labels: kind ? [kind] : null, by, recovery };
  const filter =
    <T>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setTrail([null]);
      setOpen(null);
    };

  const ranking = useGraphQL(RANKING, { ...vars, after, first: PAGE_SIZE });
  const why = useGraphQL(EXPLANATION, open ? { ...vars, after: open.after } : skipToken);
  const page = ranking.data?.protectFirst ?? null;
  const error = ranking.error ?? why.error;

  function explain(k: number) {
    if (!page) return;
    // The row's own page of one starts after the row before it.
    setOpen({ rank: page.edges[k]!.node.rank, after: k > 0 ? page.edges[k - 1]!.cursor : after });
  }
  const first = page?.edges[0]?.node.rank ?? 0;
  const last = page?.edges.at(-1)?.node.rank ?? 0;
  const go = (cursors: Array<string | null>) => {
    setTrail(cursors);
    setOpen(null);
  };
  const pages = {
    hasPrevious: trail.length >= 2,
    back: () => go(trail.slice(0, -1)),
    next: () => page && go([...trail, page.pageInfo.endCursor]),
  };
  const filters = { hours, setHours, org, setOrg, kind, setKind, by, setBy, recovery, setRecovery, filter };
  return { filters, page, error, why: why.data?.protectFirst.edges[0]?.node ?? null, open, setOpen, explain, first, last, pages };
}

export type RankingFilters = ReturnType<typeof useRanking>["filters"];
