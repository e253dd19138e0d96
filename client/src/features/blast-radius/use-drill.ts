import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { fetchGraphQL } from "../../lib/query.js";
import type { AffectedNode } from "./api.js";
import { GROUP_MEMBERS, MEMBER_LIMIT, REGION_GROUPS } from "./drill-api.js";
import { toElements, undrawn } from "./elements.js";
import type { GroupTap } from "./graph-view.js";
import { groupsToDraw, nextStep, NO_REGIONS_OPEN, openRegion, regionKey, type OpenRegions } from "./grouping.js";
import type { Shown } from "./use-blast-radius.js";

/**
 * What is drawn of an answer: its groups, those opened (a region into its largest organisations,
 * an organisation into its members) and the marked path. A new answer starts with nothing
 * opened, marked or expanded, and no failure (set while rendering, so it is never drawn with the
 * last one's); a late or repeated answer to an opening is dropped.
 */
export function useDrill(shown: Shown | null, setError: (message: string | null) => void) {
  const [expanded, setExpanded] = useState<AffectedNode[]>([]);
  const [open, setOpen] = useState<OpenRegions>(NO_REGIONS_OPEN);
  const [highlight, setHighlight] = useState<string[]>([]);
  const [answered, setAnswered] = useState<string | null>(null);
  if ((shown?.key ?? null) !== answered) {
    setAnswered(shown?.key ?? null);
    setError(null);
    setExpanded([]);
    setOpen(NO_REGIONS_OPEN);
    setHighlight([]);
  }
  // The key of what is shown, and the groups being fetched for it.
  const current = useRef<string | null>(null);
  const fetching = useRef(new Set<string>());
  useEffect(() => {
    current.current = shown?.key ?? null;
    fetching.current.clear();
  }, [shown?.key]);

  const client = useQueryClient();
  const groups = useMemo(() => (shown ? groupsToDraw(shown.result, open) : { organisations: [], regions: [] }), [shown, open]);
  const elements = useMemo(() => (shown ? toElements(shown.result, shown.chosen, groups, expanded) : []), [shown, expanded, groups]);
  // Tapping a region group opens its largest organisations; tapping an organisation group draws its members.
  const expand = useCallback(
    (g: GroupTap) => {
      if (!shown) return;
      const key = g.kind === "region" ? regionKey(g.region, g.label) : `${g.organisation ?? ""}|${g.region ?? ""}|${g.label}`;
      if (fetching.current.has(key)) return;
      fetching.current.add(key);
      const stillShown = () => current.current === shown.key;
      const fail = (e: unknown) => {
        fetching.current.delete(key);
        if (stillShown()) setError(errorMessage(e));
      };
      if (g.kind === "region") {
        const vars = { ...shown.vars, region: g.region ?? "", labels: [g.label], first: nextStep(open, key) };
        fetchGraphQL(client, REGION_GROUPS, vars)
          .then((r) => {
            fetching.current.delete(key);
            if (stillShown()) setOpen((prev) => openRegion(prev, key, r.blastRadius.affectedGroups));
          })
          .catch(fail);
        return;
      }
      // "" asks for nodes with no organisation; those are narrowed to the group's region too.
      const where = g.organisation ? { org: g.organisation } : { org: "", region: g.region ?? "" };
      fetchGraphQL(client, GROUP_MEMBERS, { ...shown.vars, labels: [g.label], ...where, first: MEMBER_LIMIT })
        .then((r) => stillShown() && setExpanded((prev) => [...prev, ...r.blastRadius.affected]))
        .catch(fail);
    },
    [shown, open, client, setError],
  );
  const left = shown ? undrawn(shown.result, elements) : 0;
  return { groups, elements, expand, highlight, setHighlight, left };
}

export type Drill = ReturnType<typeof useDrill>;
