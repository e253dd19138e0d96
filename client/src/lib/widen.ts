type KeysOfAny<U> = U extends unknown ? keyof U : never;
type ValueIn<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;

/**
 * A selection over an interface answers a union, one shape per kind of node (`... on System {
 * organisationName }`): read as one shape, the fields every kind has as they are, the others
 * optional. Any member of the union is assignable to it.
 */
export type Widen<U> = { [K in keyof U & string]: U[K] } & { [K in Exclude<KeysOfAny<U>, keyof U>]?: ValueIn<U, K> };
