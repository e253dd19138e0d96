import { LABEL_WORDS, type NodeLabel } from "../../../server/model/vocabulary.js";

/** A node as the pages name it: what every search result, chip and table row links to. */
export interface NodeRef {
  id: string;
  name: string;
  /** The operating organisation, where the node has one and the query asked for it. */
  organisation?: string | null;
  /** The organisation's name, where the query asked for it. */
  organisationName?: string | null;
  label: NodeLabel;
}

/** The selection that fills a NodeRef. */
export const NODE_REF = "id name label ... on System { organisation organisationName } ... on DataStore { organisation organisationName } ... on CareService { organisation organisationName }";

export const SEARCH = `query($text: String!) { searchNodes(text: $text, first: 10) { ${NODE_REF} } }`;

/** A node's label as a sentence reads it. */
export const KIND_WORDS: Readonly<Record<string, string>> = LABEL_WORDS;
