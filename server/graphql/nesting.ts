/**
 * The deepest bracket nesting ({, ( and [) of a GraphQL text, skipping strings, block strings
 * and comments. One pass, no recursion: safe on any input, however deep.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "#") {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
    } else if (c === '"') {
      if (text.startsWith('"""', i)) {
        const end = text.indexOf('"""', i + 3);
        i = end === -1 ? text.length : end + 2;
      } else {
        for (i++; i < text.length && text[i] !== '"' && text[i] !== "\n"; i++) if (text[i] === "\\") i++;
      }
    } else if (c === "{" || c === "(" || c === "[") {
      depth++;
      if (depth > max) max = depth;
    } else if (c === "}" || c === ")" || c === "]") depth = Math.max(0, depth - 1);
  }
  return max;
}
