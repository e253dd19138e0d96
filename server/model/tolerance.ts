/**
 * Values compared with the model's tolerance (model section 2): a capability within it of 1 is
 * unaffected, within it of 0 is stopped, and a group's shares within it of 1 carry the whole need.
 */
export const TOLERANCE = 1e-9;
