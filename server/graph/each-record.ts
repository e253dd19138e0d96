import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";

/**
 * Runs a read within the caller's transaction and hands each record to `onRecord` as it
 * arrives, keeping none. An awaited result keeps its records for as long as its transaction
 * lasts, and one transaction that reads a national graph before replacing it cannot afford that.
 */
export function eachRecord(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  onRecord: (record: Neo4jRecord) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.run(query, params).subscribe({ onNext: onRecord, onCompleted: () => resolve(), onError: reject });
  });
}
