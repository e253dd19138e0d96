import { useState, type FormEvent } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { NodeSearch } from "../../components/node-search.js";
import { CREATE, LIKELIHOODS } from "./api.js";

/** A new risk: its scenario is chosen from the graph, so its consequence comes from the graph. */
export function NewRiskForm({ token, onCreated }: { token: string; onCreated: () => void }) {
  const [title, setTitle] = useState("");
  const [owner, setOwner] = useState("");
  const [threat, setThreat] = useState("RANSOMWARE");
  const [likelihood, setLikelihood] = useState("MEDIUM");
  const [lost, setLost] = useState<NodeRef | null>(null);
  const [next, setNext] = useState(new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10));
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await request(CREATE, { i: { title, owner, threat, likelihood, treatment: "TREAT", nextReviewDate: next, scenario: { lost: lost ? [lost.id] : [], compromised: [], hours: 24 } } }, token);
      setTitle("");
      setLost(null);
      onCreated();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <form className="new-risk" onSubmit={submit} aria-label="New risk">
      <h3>New risk</h3>
      <label>Title <input value={title} onChange={(e) => setTitle(e.target.value)} required /></label>
      <label>Owner <input value={owner} onChange={(e) => setOwner(e.target.value)} required /></label>
      <label>
        Threat{" "}
        <select value={threat} onChange={(e) => setThreat(e.target.value)}>
          {["RANSOMWARE", "SUPPLIER_OUTAGE", "DATA_EXFILTRATION", "INSIDER", "DEVICE_FAILURE", "OTHER"].map((t) => <option key={t}>{t}</option>)}
        </select>
      </label>
      <label>
        Likelihood{" "}
        <select value={likelihood} onChange={(e) => setLikelihood(e.target.value)}>
          {LIKELIHOODS.map((l) => <option key={l}>{l}</option>)}
        </select>
      </label>
      <NodeSearch token={token} label="What is lost" onChoose={setLost} />
      {lost && <p>Lost: {lost.name}</p>}
      <label>Next review <input type="date" value={next} onChange={(e) => setNext(e.target.value)} required /></label>
      <button type="submit" disabled={!lost}>Add to the register</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
