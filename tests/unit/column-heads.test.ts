import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ColumnHeads } from "../../client/src/components/column-heads.js";

const heads = (columns: Parameters<typeof ColumnHeads>[0]["columns"]): string =>
  renderToStaticMarkup(createElement(ColumnHeads, { columns }));

describe("a table's column headings", () => {
  it("heads each column in order, a column of buttons named for screen readers alone", () => {
    expect(heads(["Name", "Saved", { hidden: "Actions" }])).toBe(
      '<thead><tr><th scope="col">Name</th><th scope="col">Saved</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>',
    );
  });

  it("leaves out a column the table does not show", () => {
    expect(heads(["Risk", false, "Owner"])).toBe('<thead><tr><th scope="col">Risk</th><th scope="col">Owner</th></tr></thead>');
  });
});
