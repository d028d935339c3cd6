import type { Severity } from "../core/check/findings";

/** Terminal colours; every helper returns the text unchanged when colour is off. */
export interface Paint {
  severity(severity: Severity, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const wrap = (code: string, text: string) => `\u001b[${code}m${text}\u001b[0m`;
const SEVERITY_CODE: Record<Severity, string> = { error: "31", warning: "33", info: "2" };

export const COLOR: Paint = {
  severity: (severity, text) => wrap(SEVERITY_CODE[severity], text),
  bold: (text) => wrap("1", text),
  dim: (text) => wrap("2", text),
};

export const PLAIN: Paint = {
  severity: (_severity, text) => text,
  bold: (text) => text,
  dim: (text) => text,
};

export const paint = (color: boolean | undefined): Paint => (color ? COLOR : PLAIN);

/**
 * Whether a stream gets colours: only a terminal, never a pipe or a file, and never when NO_COLOR
 * is set (https://no-color.org) or TERM is "dumb".
 */
export function wantsColor(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>
): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== "dumb";
}
