import { errorMessage } from "../../lib/graphql.js";
import { useDependencies } from "./dependencies-query.js";
import { DependencyRows } from "./dependency-rows.js";
import { GroupSharesForm } from "./group-shares-form.js";
import { PreviewView } from "./preview-view.js";
import { DependencyForm } from "./dependency-form.js";
import { DependantsList } from "./dependants-list.js";
import { useDependencyChanges } from "./use-dependency-changes.js";

interface Props {
  id: string;
  canEdit: boolean;
  onOpen: (id: string) => void;
}

/**
 * What a node depends on, each redundancy group together, and what depends on it; risk managers
 * add, change and remove its dependencies, each previewed first. A refusal (a group left short)
 * shows the API's problems beside the form.
 */
export function DependencyTable({ id, canEdit, onOpen }: Props) {
  const { dependencies: edges, error: unread } = useDependencies(id);
  const c = useDependencyChanges(id);
  const { pending, applied, refusal, shares } = c;
  const error = refusal ?? (unread ? { message: errorMessage(unread), problems: [] } : null);

  if (!edges) return error ? <p role="alert">{error.message}</p> : <p>Loading dependencies…</p>;
  return (
    <section aria-labelledby="dependencies" className="dependencies">
      <h3 id="dependencies">Depends on ({edges.out.length})</h3>
      {edges.out.length === 0 ? (
        <p>Nothing: its loss reaches no further, and nothing else can stop it.</p>
      ) : (
        <DependencyRows
          out={edges.out}
          canEdit={canEdit}
          onOpen={onOpen}
          onChange={c.change}
          onShares={c.setShares}
          onRemove={(e) => void c.preview({ kind: "remove", from: id, to: e.node.id })}
        />
      )}
      <h3>Depended on by ({edges.in.length})</h3>
      <DependantsList edges={edges.in} onOpen={onOpen} />
      {canEdit && shares && (
        <GroupSharesForm
          key={shares.name}
          from={id}
          group={shares}
          onCancel={() => c.setShares(null)}
          onPreview={(changes) => void c.preview({ kind: "batch", c: changes })}
        />
      )}
      {canEdit && <DependencyForm c={c} />}
      {error && (
        <div role="alert" className="form-problems">
          <p>{error.message}</p>
          {error.problems.some((p) => p !== error.message) && (
            <ul>
              {error.problems.map((p, k) => (
                <li key={k}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {pending && (
        <div className="pending">
          <PreviewView answer={pending.answer} />
          <button type="button" onClick={() => void c.apply()}>
            Apply
          </button>{" "}
          <button type="button" onClick={() => c.setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      {applied && <PreviewView answer={applied} />}
    </section>
  );
}
