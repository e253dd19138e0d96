import { useState, type FormEvent } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQLMutation } from "../../lib/query.js";
import { SAVE, SAVED } from "./api.js";

/** Saving the current query under a name: the fields, what went wrong and what was saved. */
export function useSaveQuery(document: string) {
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useGraphQLMutation(SAVE, [SAVED]);
  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    if (!name.trim()) return setProblem("Give the query a name.");
    setProblem(null);
    save.mutate(
      { name: name.trim(), description, document },
      {
        onSuccess: () => {
          setSaved(`Saved as "${name.trim()}".`);
          setName("");
          setDescription("");
        },
        onError: (err) => setProblem(errorMessage(err)),
      },
    );
  }
  return { name, setName, description, setDescription, problem, setProblem, saved, submit };
}
