import { useState, type FormEvent } from "react";
import type { ControlKind } from "../../gql/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { NodeSearch } from "../../components/node-search.js";
import { FieldError, invalidIf } from "../../components/field-error.js";
import type { Control } from "./api.js";

/** A new control: its fields follow its kind; graph nodes are chosen by search. */
export function NewControl({
  onAdd,
  problems,
}: {
  /** Adds the control; `then` runs once it is saved, so what was typed stays when refused. */
  onAdd: (c: Control, then: () => void) => void;
  problems: readonly string[] | undefined;
}) {
  const [kind, setKind] = useState<ControlKind>("LIKELIHOOD_DOWN");
  const [name, setName] = useState("");
  const [levels, setLevels] = useState(1);
  const [from, setFrom] = useState<NodeRef | null>(null);
  const [to, setTo] = useState<NodeRef | null>(null);
  const [service, setService] = useState<NodeRef | null>(null);
  const [capacity, setCapacity] = useState(50);
  const [hours, setHours] = useState(72);
  const ready = name.trim() !== "" && (kind === "LIKELIHOOD_DOWN" || (kind === "REDUNDANCY" ? from && to : service));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const clear = () => setName("");
    if (kind === "LIKELIHOOD_DOWN") onAdd({ kind, name, levels }, clear);
    else if (kind === "REDUNDANCY") onAdd({ kind, name, from: from!.id, to: to!.id }, clear);
    else onAdd({ kind, name, service: service!.id, capacity: capacity / 100, sustainableHours: hours }, clear);
  };
  return (
    <form className="new-control" onSubmit={submit} aria-label="New control">
      <label>
        Kind{" "}
        <select value={kind} onChange={(e) => setKind(e.target.value as ControlKind)}>
          <option value="LIKELIHOOD_DOWN">Lowers the likelihood</option>
          <option value="REDUNDANCY">Makes a dependency redundant</option>
          <option value="WORKAROUND">Gives a service a workaround</option>
        </select>
      </label>
      <label>
        Control name{" "}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={200}
          {...invalidIf("control-name-error", problems)}
        />
      </label>
      <FieldError id="control-name-error" problems={problems} />
      {kind === "LIKELIHOOD_DOWN" && (
        <label>
          Levels down <input type="number" min={1} max={4} value={levels} onChange={(e) => setLevels(Number(e.target.value))} />
        </label>
      )}
      {kind === "REDUNDANCY" && (
        <>
          <NodeSearch label="Dependent (from)" onChoose={setFrom} labels={["CareService", "System"]} />
          {from && <p>From: {from.name}</p>}
          <NodeSearch label="Dependency (to)" onChoose={setTo} labels={["System", "DataStore", "Supplier"]} />
          {to && <p>To: {to.name}</p>}
        </>
      )}
      {kind === "WORKAROUND" && (
        <>
          <NodeSearch label="Care service" onChoose={setService} labels={["CareService"]} />
          {service && <p>Service: {service.name}</p>}
          <label>
            Capacity (%) <input type="number" min={0} max={100} value={capacity} onChange={(e) => setCapacity(Number(e.target.value))} />
          </label>
          <label>
            Sustainable for (hours) <input type="number" min={0} value={hours} onChange={(e) => setHours(Number(e.target.value))} />
          </label>
        </>
      )}
      <button type="submit" disabled={!ready}>
        Add control
      </button>
    </form>
  );
}
