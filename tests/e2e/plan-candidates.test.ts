import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openE2e, SHOTS, type E2e } from "../support/e2e.js";
import { accessibilityViolations } from "./support/accessibility.js";

const NAME = "E2E tested restores for the Riverside laboratory system";
const TEMP = { id: "sys-e2e-plan-temp", name: "E2E system to be retired", organisation: "org-rvr", kind: "APPLICATION" };
let e2e: E2e;
let manager: Page;
let board: Page;
let riley = "";

/** The API as the manager, for what the test sets up around the page. */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await fetch(`${e2e.server.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${riley}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data: T; errors?: Array<{ message: string }> };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const cleanUp = () =>
  e2e.db.write(async (tx) => {
    await tx.run("MATCH (c:Candidate) WHERE c.name STARTS WITH 'E2E ' DELETE c");
    await tx.run("MATCH (n:Node {id: $id}) DETACH DELETE n", { id: TEMP.id });
  });

beforeAll(async () => {
  e2e = await openE2e();
  ({ page: manager, token: riley } = await e2e.signedIn("RISK_MANAGER", "Priya Planner"));
  board = (await e2e.signedIn("BOARD", "Bea Board")).page;
});

afterAll(async () => {
  if (!e2e) return;
  await cleanUp();
  await e2e.close();
});

describe("writing candidates on the Plan page", () => {
  it("refuses a candidate with every problem beside its field, then saves it, confirmed in words", async () => {
    await manager.getByRole("link", { name: "Plan" }).click();
    const editing = manager.locator("section[aria-labelledby=candidate-editing]");
    await editing.getByRole("button", { name: "Add a candidate…" }).click();
    await manager.getByLabel("One-off cost (£) *").fill("a lot");
    await manager.getByRole("button", { name: "Save the candidate" }).click();
    await expect.poll(() => manager.locator("#candidate-oneOffCost-error").textContent()).toMatch(/one-off cost in pounds/);

    // The server's refusal: no name, no change; each beside its field, nothing saved.
    await manager.getByLabel("One-off cost (£) *").fill("£45,000");
    await manager.getByLabel("Annual cost (£) *").fill("5000");
    await manager.getByRole("button", { name: "Save the candidate" }).click();
    await expect.poll(() => manager.locator("#candidate-name-error").textContent()).toMatch(/must not be empty/);
    expect(await manager.locator("#candidate-name").getAttribute("aria-invalid")).toBe("true");
    expect(await editing.textContent()).toMatch(/Refused: .*at least one change/);
    await manager.screenshot({ path: `${SHOTS}/plan-candidate-refused.png`, fullPage: true });
    expect(await accessibilityViolations(manager)).toEqual([]);

    // A tested restore, with the Model page's own fields, starting from what is stored.
    await manager.getByLabel("Name *").fill(NAME);
    await manager.getByLabel("Description").fill("Restores tested each quarter, so the system is back within 12 hours.");
    await manager.getByRole("combobox", { name: "Node to change" }).fill("sys-rvr-lims");
    await manager
      .getByRole("option", { name: /Laboratory information system/ })
      .first()
      .click();
    await manager.getByLabel(/Recovery hours/).fill("12");
    await manager.getByRole("button", { name: "Add this change" }).first().click();
    expect(await manager.getByRole("list", { name: "Its changes" }).textContent()).toMatch(
      /Change the system “Laboratory information system.*recovery in 12 hours/,
    );
    await manager.getByRole("button", { name: "Save the candidate" }).click();
    await expect
      .poll(() => editing.getByRole("status").textContent(), { timeout: 30_000 })
      .toBe(`Saved the candidate “${NAME}”. It changes nothing in the model until someone applies it.`);
    // Valued with the others: it is in the candidates' table.
    await manager.getByRole("row", { name: new RegExp(NAME) }).waitFor({ timeout: 60_000 });
    await manager.screenshot({ path: `${SHOTS}/plan-candidate-saved.png`, fullPage: true });
  });

  it("edits the candidate and deletes it, each confirmed in words", async () => {
    const editing = manager.locator("section[aria-labelledby=candidate-editing]");
    await editing.getByRole("button", { name: `Change “${NAME}”` }).click();
    expect(await manager.getByLabel("Description").inputValue()).toMatch(/tested each quarter/);
    await manager.getByLabel("Annual cost (£) *").fill("7500");
    await manager.getByRole("button", { name: "Save the candidate" }).click();
    await expect.poll(() => editing.getByRole("status").textContent(), { timeout: 30_000 }).toMatch(/^Saved the changes to the candidate/);
    expect(await editing.textContent()).toContain(`${NAME} (£45,000 once, £7,500 a year)`);

    await editing.getByRole("button", { name: `Change “${NAME}”` }).click();
    await manager.getByRole("button", { name: "Delete…" }).click();
    await manager.getByRole("button", { name: `Delete “${NAME}” for good` }).click();
    await expect.poll(() => editing.getByRole("status").textContent(), { timeout: 30_000 }).toBe(`Deleted the candidate “${NAME}”.`);
    expect(await editing.locator("ul").textContent()).not.toContain(NAME);
  });

  it("marks a candidate stale once a node it names is deleted, with the reason, and leaves it out of the answer", async () => {
    await api("mutation($n: NodeInput!) { createNode(node: $n) { applied } }", { n: { system: TEMP } });
    await api(
      "mutation($n: String!, $c: [ModelChangeInput!]!) { saveCandidate(name: $n, changes: $c, oneOffCost: 1000, annualCost: 0) { id } }",
      {
        n: "E2E restores for a retired system",
        c: [{ op: "UPDATE", node: { system: { ...TEMP, recoveryHours: 4 } } }],
      },
    );
    await api("mutation($id: ID!) { deleteNode(id: $id, cascade: true) { applied } }", { id: TEMP.id });
    await manager.reload();
    await manager.getByRole("heading", { name: /over 3 years buys/ }).waitFor({ timeout: 60_000 });
    const stale = manager.locator("section[aria-labelledby=stale]");
    await expect
      .poll(() => stale.textContent(), { timeout: 60_000 })
      .toContain("E2E restores for a retired system: a part of the model it changes has since been removed.");
    expect(await manager.getByRole("table", { name: "Candidates" }).textContent()).not.toContain("E2E restores for a retired system");
    expect(await manager.locator("section[aria-labelledby=candidate-editing]").textContent()).toContain(
      "E2E restores for a retired system (£1,000 once, £0 a year), no longer fits the model",
    );
    await manager.screenshot({ path: `${SHOTS}/plan-candidate-stale.png`, fullPage: true });
  });

  it("shows the board no way to write candidates", async () => {
    await board.getByRole("link", { name: "Plan" }).click();
    await board.getByRole("heading", { name: /over 3 years buys/ }).waitFor({ timeout: 60_000 });
    expect(await board.locator("section[aria-labelledby=candidate-editing]").count()).toBe(0);
    expect(await board.getByRole("button", { name: "Add a candidate…" }).count()).toBe(0);
  });

  it("prints what the report page's budget buys in the board report's PDF", async () => {
    const get = (q: string) => fetch(`${e2e.server.base}/report.pdf?${q}`, { headers: { authorization: `Bearer ${riley}` } });
    const refused = await get("budget=-5");
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("budget must be a number of pounds, not below zero");
    const r = await get("marking=OFFICIAL&budget=250000");
    expect(r.status).toBe(200);
    const file = `${SHOTS}/board-report-budget.pdf`;
    writeFileSync(file, Buffer.from(await r.arrayBuffer()));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("What £250,000 buys over 3 years");
    expect(text).toMatch(
      /Together they cost £[\d,]+ and lower the harm to patients expected in a year from [\d,]+ to [\d,]+ weighted patients/,
    );
    expect(text).toContain("Left out as they no longer fit the model: E2E restores for a retired system.");
    const chosen = /Candidate change Cost over 3 years (.*?) Together they cost £([\d,]+)/.exec(text)!;
    expect(Number(chosen[2]!.replace(/,/g, ""))).toBeLessThanOrEqual(250_000);
    // The board reads the same section as the page shows for the same budget.
    const page = await api<{ bestInvestment: { chosen: Array<{ candidate: { name: string } }> } }>(
      "{ bestInvestment(budget: 250000, years: 3) { chosen { candidate { name } } } }",
    );
    for (const c of page.bestInvestment.chosen) expect(chosen[1]).toContain(c.candidate.name);
  });
});
