import { describe, expect, it } from "vitest";
import { startDemoProvider } from "../../server/auth/oidc/demo-provider.js";
import { ConfigError, loadConfig } from "../../server/base/config.js";

describe("sign-in settings", () => {
  it("take the OIDC settings all together or not at all, with the callback path", () => {
    expect(() => loadConfig({ OIDC_ISSUER: "https://login.example/tenant/v2.0" })).toThrow(/OIDC_ISSUER: .*set all or none/);
    const all = {
      OIDC_ISSUER: "https://login.example/tenant/v2.0",
      OIDC_CLIENT_ID: "impact-map",
      OIDC_CLIENT_SECRET: "secret",
      OIDC_REDIRECT_URI: "https://impact-map.example/signin",
      OIDC_MAPPING_FILE: "mapping.jsonl",
    };
    expect(() => loadConfig(all)).toThrow(ConfigError);
    expect(() => loadConfig(all)).toThrow(/OIDC_REDIRECT_URI: .*\/auth\/callback/);
    const ok = loadConfig({ ...all, OIDC_REDIRECT_URI: "https://impact-map.example/auth/callback", SESSION_IDLE_MINUTES: "15" });
    expect([ok.SESSION_IDLE_MINUTES, ok.SESSION_ABSOLUTE_HOURS]).toEqual([15, 12]);
  });

  it("refuse the demo's identity provider anywhere but loopback", async () => {
    await expect(startDemoProvider("0.0.0.0", new URL("http://0.0.0.0:4000/auth/callback"))).rejects.toThrow(
      /only on loopback, not on HOST=0\.0\.0\.0/,
    );
  });
});
