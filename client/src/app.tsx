import { useEffect, useState } from "react";

interface Health {
  status: string;
  database: string;
  graph?: { version: number; nodes: number; relationships: number };
}

/** The landing page: what the product is and whether its graph database is serving. */
export function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch("/health")
      .then((r) => r.json() as Promise<Health>)
      .then(setHealth)
      .catch(() => setError("The server could not be reached."));
  }, []);
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 720, margin: "3rem auto", lineHeight: 1.5 }}>
      <h1>Critical-systems impact map</h1>
      <p>Where disruption would cause the greatest harm to patients: the dependency graph of care services, systems, data stores and suppliers.</p>
      {error && <p role="alert">{error}</p>}
      {!health && !error && <p aria-live="polite">Checking the graph database…</p>}
      {health && (
        <p aria-live="polite">
          Database: <strong>{health.database}</strong>
          {health.graph && ` · ${health.graph.nodes.toLocaleString("en-GB")} nodes, ${health.graph.relationships.toLocaleString("en-GB")} relationships (graph version ${health.graph.version})`}
        </p>
      )}
      <p>The GraphQL API is at <code>/graphql</code>; send <code>Authorization: Bearer &lt;token&gt;</code>.</p>
    </main>
  );
}
