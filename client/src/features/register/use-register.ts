import { useMemo, useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL } from "../../lib/query.js";
import { REGISTER, type RiskRow } from "./api.js";

export type Sort = "residual" | "inherent" | "review" | "owner" | "title";
const SORTS: Record<Sort, (a: RiskRow, b: RiskRow) => number> = {
  residual: (a, b) => b.residualRating - a.residualRating || b.inherentRating - a.inherentRating,
  inherent: (a, b) => b.inherentRating - a.inherentRating || b.residualRating - a.residualRating,
  review: (a, b) => a.nextReviewDate.localeCompare(b.nextReviewDate),
  owner: (a, b) => a.owner.localeCompare(b.owner),
  title: (a, b) => a.title.localeCompare(b.title),
};

/**
 * The register as filtered: status, rating and heat map asked of the server (the last answer
 * stays on screen while a change is read), owner, overdue and order applied here.
 */
export function useRegister() {
  const [status, setStatus] = useState<"OPEN" | "CLOSED">("OPEN");
  const [min, setMin] = useState(1);
  const [residual, setResidual] = useState(false);
  const [owner, setOwner] = useState("");
  const [dueOnly, setDueOnly] = useState(false);
  const [sort, setSort] = useState<Sort>("residual");
  const register = useGraphQL(REGISTER, { status, min, residual }, { keepPrevious: true });
  const data = register.data ?? null;
  const error = register.error ? errorMessage(register.error) : null;
  const shown = useMemo(() => {
    const rows = (data?.risks ?? []).filter(
      (r) => (!owner || r.owner.toLowerCase().includes(owner.toLowerCase())) && (!dueOnly || r.overdue),
    );
    return rows.sort(SORTS[sort]);
  }, [data, owner, dueOnly, sort]);
  const empty =
    data && data.risks.length > 0
      ? "No risk matches the owner or review filter."
      : `The register holds no ${status.toLowerCase()} risk rated ${min} or more.`;
  const filters = { status, setStatus, min, setMin, owner, setOwner, dueOnly, setDueOnly, sort, setSort };
  return { filters, residual, setResidual, data, error, shown, empty };
}

export type RegisterFilters = ReturnType<typeof useRegister>["filters"];
