import { describe, expect, it } from "vitest";
import { engines } from "../../package.json";

// npm scripts put node_modules/.bin first on PATH, so the pinned `node` dev dependency runs the
// tests even where the system Node.js is older.
describe("runtime", () => {
  it("runs on Node.js 24, as package.json's engines says", () => {
    expect(process.versions.node.split(".")[0]).toBe("24");
    expect(engines.node).toMatch(/^>=24\./);
  });
});
