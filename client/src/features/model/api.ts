import { graphql } from "../../gql/gql.js";
import type { ModelChangeFragment, SearchModelQuery } from "../../gql/graphql.js";
import type { Invalidates } from "../../lib/query.js";
import type { Widen } from "../../lib/widen.js";

/** The Model page's queries: search, and the import of files with a preview. */
export const SEARCH_MODEL = graphql(`
  query SearchModel($text: String!) {
    searchNodes(text: $text, first: 20) {
      id
      name
      label
      ... on CareService {
        organisationName
      }
      ... on System {
        organisationName
      }
      ... on DataStore {
        organisationName
      }
    }
  }
`);

/** A hit, with its organisation's name where its kind has one. */
export type Hit = Widen<SearchModelQuery["searchNodes"][number]>;

/** What every write answers: the change set, and for a preview its effect. */
export type ModelChange = ModelChangeFragment;
graphql(`
  fragment ModelChange on ModelChangeResult {
    applied
    graphVersion
    changes {
      counts {
        nodesAdded
        nodesChanged
        nodesRemoved
        relationshipsAdded
        relationshipsChanged
        relationshipsRemoved
      }
      nodesAdded(first: 50) {
        id
        label
        before
        after
      }
      nodesChanged(first: 50) {
        id
        label
        before
        after
      }
      nodesRemoved(first: 50) {
        id
        label
        before
        after
      }
      relationshipsAdded(first: 50) {
        type
        from
        to
      }
      relationshipsChanged(first: 50) {
        type
        from
        to
      }
      relationshipsRemoved(first: 50) {
        type
        from
        to
      }
    }
    effect {
      rankingBefore {
        rank
        score
        asset {
          id
          name
          label
          organisationName
        }
      }
      rankingAfter {
        rank
        score
        asset {
          id
          name
          label
          organisationName
        }
      }
      spofChanges {
        service {
          name
        }
        added {
          name
        }
        removed {
          name
        }
      }
      riskMoves {
        title
        from
        to
      }
    }
  }
`);

export const IMPORT_MODEL = graphql(`
  mutation ImportModel($f: [ImportFileInput!]!, $mode: ModelImportMode, $org: ID, $preview: Boolean) {
    importModel(files: $f, mode: $mode, organisation: $org, preview: $preview) {
      ...ModelChange
    }
  }
`);

/** A previewed change moves nothing; an applied one moves every answer the graph feeds. */
export const changed = (v: { preview?: boolean | null }): Invalidates => (v.preview ? [] : "all");

/** A chosen file as the API takes it: text, or base64 for a workbook. */
export async function toImportFile(f: File): Promise<{ name: string; content: string }> {
  if (!/\.xlsx$/i.test(f.name)) return { name: f.name, content: await f.text() };
  const bytes = new Uint8Array(await f.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: f.name, content: btoa(binary) };
}
