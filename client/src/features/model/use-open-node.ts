import { useState } from "react";
import { useSearchParams } from "wouter";
import { errorMessage } from "../../lib/graphql.js";
import { useNode } from "./node-details.js";
import type { Editing } from "./use-node-edit.js";

/**
 * The node open on the Model page (the address's `node`, else none), or a new one being added,
 * and what the last applied change saved; `version` moves with every applied change.
 */
export function useOpenNode() {
  const [params] = useSearchParams();
  const [open, setOpen] = useState<string | null>(() => params.get("node"));
  // What the last applied change saved, in words, with the node it left open.
  const [saved, setSaved] = useState<{ words: string; id: string | null } | null>(null);
  // A new node being added, or null while a stored one is open.
  const [adding, setAdding] = useState<string | null>(null);
  // Bumped by every applied change to a node, so its form starts again from what is stored.
  const [version, setVersion] = useState(0);
  const node = useNode(open);
  const editing: (Editing & { key: string }) | null = open
    ? ((node.form && { ...node.form, existing: true, key: `${open}|${version}` }) ?? null)
    : adding
      ? { label: "System", values: {}, existing: false, key: adding }
      : null;
  const error = open && node.error ? errorMessage(node.error) : open && node.form === null ? `No node '${open}' in the model.` : null;

  // Every read the change moves has been read again by now (the write's invalidation).
  const applied = (id: string | null, words: string) => {
    setSaved({ words, id });
    setVersion((v) => v + 1);
    setOpen(id);
    setAdding(null);
  };
  const addNew = () => {
    setOpen(null);
    setAdding(`new|${Date.now()}`);
  };
  const bump = () => setVersion((v) => v + 1);
  return { open, setOpen, saved, node, editing, error, version, bump, applied, addNew };
}
