import { graphql } from "../gql/gql.js";
import type { NodeRefFragment } from "../gql/graphql.js";
import type { Widen } from "./widen.js";
import { LABEL_WORDS } from "../../../server/model/vocabulary.js";

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
export const KIND_WORDS: Readonly<Record<string, string>> = LABEL_WORDS;
