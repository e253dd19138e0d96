/**
 * Where the product's pages keep a tab's signed-in session (sessionStorage, this origin only):
 * client/src/lib/session.ts writes it, GraphiQL's page reads its token from it.
 */
export const TAB_SESSION_KEY = "impact-map.session";
