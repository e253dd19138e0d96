import { graphql } from "../gql/gql.js";
import type { NodeRefFragment } from "../gql/graphql.js";
import type { Widen } from "./widen.js";
import { labelWords } from "../../../server/model/plain-words.js";

/**
 * A node as the pages name it: what every search result, chip and table row links to; its
 * operating organisation (and that organisation's name) where it has one. Any document selects
 * it with `...NodeRef`.
 */
export type NodeRef = Widen<NodeRefFragment>;
graphql(`
  fragment NodeRef on Node {
    id
    name
    label
    ... on System {
      organisation
      organisationName
    }
    ... on DataStore {
      organisation
      organisationName
    }
    ... on CareService {
      organisation
      organisationName
    }
  }
`);

export const SEARCH = graphql(`
  query SearchNodes($text: String!) {
    searchNodes(text: $text, first: 10) {
      ...NodeRef
    }
  }
`);

/** A node's label as a sentence reads it. */
export const kindWords = (label: string): string => labelWords(label);

/** What tells same-named nodes apart: the organisation that operates it, else what it is. */
export const nodeDetail = (n: NodeRef): string =>
  "organisationName" in n && n.organisationName ? `${n.organisationName}` : labelWords(n.label);
