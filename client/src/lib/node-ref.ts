import type { NodeLabel } from "../../../server/model/vocabulary.js";

/** A node as the pages name it: what every search result, chip and table row links to. */
export interface NodeRef {
  id: string;
  name: string;
  /** The operating organisation, where the node has one and the query asked for it. */
  organisation?: string | null;
  label: NodeLabel;
}

/** The selection that fills a NodeRef. */
export const NODE_REF = "id name label ... on System { organisation } ... on DataStore { organisation } ... on CareService { organisation }";

export const SEARCH = `query($text: String!) { searchNodes(text: $text, first: 10) { ${NODE_REF} } }`;
