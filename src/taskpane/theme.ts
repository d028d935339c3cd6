import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0 black – 1 white) of a #RRGGBB colour; null when it is not one. */
function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  if (!m) return null;
  const n = parseInt(m[1] as string, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Whether the pane should be dark: Office's theme when the host gives one (its body background),
 * else the system's preference. Excel on the web can leave officeTheme undefined (office-js#6134).
 */
export function prefersDark(
  officeTheme: { bodyBackgroundColor?: string } | undefined,
  matchMedia: ((query: string) => { matches: boolean }) | undefined
): boolean {
  const l = luminance(officeTheme?.bodyBackgroundColor);
  if (l !== null) return l < 0.4;
  return matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

/** The Fluent theme for the pane. */
export function paneTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
