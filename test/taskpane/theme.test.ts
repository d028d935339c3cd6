import { describe, expect, it } from "vitest";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { paneTheme, prefersDark } from "../../src/taskpane/theme";

const media = (dark: boolean) => (q: string) => ({
  matches: dark && q === "(prefers-color-scheme: dark)",
});

describe("pane theme", () => {
  it("follows Office's theme when the host gives one, whatever the system says", () => {
    expect(prefersDark({ bodyBackgroundColor: "#262626" }, media(false))).toBe(true);
    expect(prefersDark({ bodyBackgroundColor: "#FFFFFF" }, media(true))).toBe(false);
    expect(prefersDark({ bodyBackgroundColor: "#E6E6E6" }, media(true))).toBe(false);
  });

  it("falls back to prefers-color-scheme when officeTheme is missing (Excel on the web)", () => {
    expect(prefersDark(undefined, media(true))).toBe(true);
    expect(prefersDark(undefined, media(false))).toBe(false);
    expect(prefersDark({}, media(true))).toBe(true);
    expect(prefersDark(undefined, undefined)).toBe(false);
  });

  it("maps to Fluent's web themes", () => {
    expect(paneTheme(true)).toBe(webDarkTheme);
    expect(paneTheme(false)).toBe(webLightTheme);
  });
});
