/** The Model page's queries: search, and the import of files with a preview. */
export const SEARCH_MODEL = `query($text: String!) { searchNodes(text: $text, first: 20) { id name label
  ... on CareService { organisationName } ... on System { organisationName } ... on DataStore { organisationName } } }`;

export interface Hit {
  id: string;
  name: string;
  label: string;
  organisationName?: string | null;
}

/** What every write answers: the change set, and for a preview its effect. */
export const CHANGE_FIELDS = `applied graphVersion
    changes { counts { nodesAdded nodesChanged nodesRemoved relationshipsAdded relationshipsChanged relationshipsRemoved }
      nodesAdded(first: 50) { id label } nodesChanged(first: 50) { id label } nodesRemoved(first: 50) { id label }
      relationshipsAdded(first: 50) { type from to } relationshipsChanged(first: 50) { type from to } relationshipsRemoved(first: 50) { type from to } }
    effect { rankingBefore { rank score asset { id name } } rankingAfter { rank score asset { id name } }
      spofChanges { service { name } added { name } removed { name } } riskMoves { title from to } }`;

export const IMPORT_MODEL = `mutation($f: [ImportFileInput!]!, $mode: ModelImportMode, $org: ID, $preview: Boolean) {
  importModel(files: $f, mode: $mode, organisation: $org, preview: $preview) { ${CHANGE_FIELDS} } }`;

export interface Counts {
  nodesAdded: number;
  nodesChanged: number;
  nodesRemoved: number;
  relationshipsAdded: number;
  relationshipsChanged: number;
  relationshipsRemoved: number;
}
interface NamedNode {
  id?: string;
  name: string;
}
export interface ImportAnswer {
  applied: boolean;
  graphVersion: number;
  changes: {
    counts: Counts;
    nodesAdded: Array<{ id: string; label: string }>;
    nodesChanged: Array<{ id: string; label: string }>;
    nodesRemoved: Array<{ id: string; label: string }>;
    relationshipsAdded: Array<{ type: string; from: string; to: string }>;
    relationshipsChanged: Array<{ type: string; from: string; to: string }>;
    relationshipsRemoved: Array<{ type: string; from: string; to: string }>;
  };
  effect: {
    rankingBefore: Array<{ rank: number; score: number; asset: NamedNode }>;
    rankingAfter: Array<{ rank: number; score: number; asset: NamedNode }>;
    spofChanges: Array<{ service: NamedNode; added: NamedNode[]; removed: NamedNode[] }>;
    riskMoves: Array<{ title: string; from: string | null; to: string | null }>;
  } | null;
}

/** A chosen file as the API takes it: text, or base64 for a workbook. */
export async function toImportFile(f: File): Promise<{ name: string; content: string }> {
  if (!/\.xlsx$/i.test(f.name)) return { name: f.name, content: await f.text() };
  const bytes = new Uint8Array(await f.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: f.name, content: btoa(binary) };
}
