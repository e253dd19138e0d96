import { useState } from "react";
import { graphql } from "../../gql/gql.js";
import type { DependencyInput, Effect, ModelChangeInput } from "../../gql/graphql.js";
import { ApiError, errorMessage } from "../../lib/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { changed, type ModelChange } from "./api.js";
import type { Edge } from "./dependencies-query.js";
import type { Group } from "./dependency-groups.js";

const SET = graphql(`
  mutation SetDependency($d: DependencyInput!, $preview: Boolean) {
    setDependency(dependency: $d, preview: $preview) {
      ...ModelChange
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveDependency($from: ID!, $to: ID!, $preview: Boolean) {
    removeDependency(from: $from, to: $to, preview: $preview) {
      ...ModelChange
    }
  }
`);
const BATCH = graphql(`
  mutation ApplyModelChanges($c: [ModelChangeInput!]!, $preview: Boolean) {
    applyModelChanges(changes: $c, preview: $preview) {
      ...ModelChange
    }
  }
`);
type DependencyDraft = { effect: Effect; capacity: string; group: string; share: string };
const EMPTY: DependencyDraft = { effect: "FAILS", capacity: "", group: "", share: "" };

/** A change to preview, then apply exactly as previewed. */
type Change = { kind: "set"; d: DependencyInput } | { kind: "remove"; from: string; to: string } | { kind: "batch"; c: ModelChangeInput[] };

/**
 * Changes to a node's dependencies: one being written (the node it depends on and how, or a
 * group's shares), its preview, then applied exactly as previewed; a refusal keeps the API's
 * problems.
 */
export function useDependencyChanges(id: string) {
  const setDependency = useGraphQLMutation(SET, changed);
  const removeDependency = useGraphQLMutation(REMOVE, changed);
  const applyChanges = useGraphQLMutation(BATCH, changed);
  const [pending, setPending] = useState<{ change: Change; answer: ModelChange } | null>(null);
  const [applied, setApplied] = useState<ModelChange | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; problems: string[] } | null>(null);
  const [to, setTo] = useState<NodeRef | null>(null);
  const [form, setForm] = useState(EMPTY);
  const [shares, setShares] = useState<Group | null>(null);
  const fail = (e: unknown) =>
    setRefusal({ message: errorMessage(e), problems: e instanceof ApiError ? e.problems.map((p) => p.message) : [] });

  const send = async (c: Change, preview: boolean): Promise<ModelChange> => {
    if (c.kind === "set") return (await setDependency.mutateAsync({ d: c.d, preview })).setDependency;
    if (c.kind === "remove") return (await removeDependency.mutateAsync({ from: c.from, to: c.to, preview })).removeDependency;
    return (await applyChanges.mutateAsync({ c: c.c, preview })).applyModelChanges;
  };
  const preview = async (change: Change) => {
    setRefusal(null);
    setApplied(null);
    try {
      setPending({ change, answer: await send(change, true) });
    } catch (e) {
      fail(e);
    }
  };
  // Applied, the page's reads (this table, the drawing, the data quality) have been read again.
  // The form is cleared when Apply is pressed, not when the page's reads are back: a change begun
  // meanwhile (the table is often read again first) is kept. A refused change gets its form back.
  const apply = async () => {
    if (!pending) return;
    const was = { pending, to, form, shares };
    setPending(null);
    setTo(null);
    setForm(EMPTY);
    setShares(null);
    try {
      setApplied(await send(was.pending.change, false));
    } catch (e) {
      setPending(was.pending);
      setTo(was.to);
      setForm(was.form);
      setShares(was.shares);
      fail(e);
    }
  };
  const dependency = (on: NodeRef): DependencyInput => {
    const d: DependencyInput = { from: id, to: on.id, effect: form.effect };
    if (form.capacity.trim()) d.capacity = Number(form.capacity);
    if (form.group.trim()) d.group = form.group.trim();
    if (form.share.trim()) d.share = Number(form.share);
    return d;
  };

  const change = (e: Edge) => {
    setTo({ id: e.node.id, name: e.node.name, label: e.node.label });
    setForm({
      effect: e.effect ?? "FAILS",
      capacity: e.capacity == null ? "" : String(e.capacity),
      group: e.group ?? "",
      share: e.share == null ? "" : String(e.share),
    });
  };
  return { pending, setPending, applied, refusal, to, setTo, form, setForm, shares, setShares, preview, apply, change, dependency };
}

export type DependencyChanges = ReturnType<typeof useDependencyChanges>;
