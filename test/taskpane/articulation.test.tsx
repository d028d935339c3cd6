// @vitest-environment jsdom
import "../support/jsdomShims";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { FakePort } from "../support/fakePort";
import { PLANTED, peiSheet, poiSheet } from "../support/articulationFixtures";

afterEach(() => cleanup());

describe("POI ↔ PEI articulation in the pane", () => {
  it("a workbook with its PEI and its POI shows the planted AO like any other finding", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={new FakePort([peiSheet(), poiSheet([PLANTED])])} debounceMs={5} />
      </FluentProvider>
    );
    await screen.findByRole("heading", { name: /2 matrices encontradas/ }, { timeout: 5000 });
    const finding = await screen.findByText(/cuelga de la AEI\.09\.09, que no está en el PEI/);
    expect(finding.closest("li")?.textContent).toMatch(/H10/);
    expect(screen.queryByText(/cuelga de la AEI\.01\.01/)).toBeNull();
  });
});
