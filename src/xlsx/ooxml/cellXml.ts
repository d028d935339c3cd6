import type { PlannedCell } from "../../core/plan/writePlan";
import { toFileFormula } from "../fileFormula";
import { escapeXml } from "./xmlText";

const textBody = (text: string, prefix: string) => {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}is><${prefix}t${space}>${escapeXml(text)}</${prefix}t></${prefix}is>`;
};

/**
 * The `<c>` element for a planned cell. An existing cell keeps its start tag (its style, as the
 * planner formatted the column) with only the type attribute changed; a new cell has no style, so
 * removing it later gives back the row exactly as it was.
 */
export function cellXml(planned: PlannedCell, existing: string | null, prefix: string): string {
  const base = existing
    ? /^<[^>]*?(?=\s*\/?>)/.exec(existing)![0].replace(/\st="[^"]*"/, "")
    : `<${prefix}c r="${planned.address}"`;
  const tag = (type: string | null) => `${base}${type ? ` t="${type}"` : ""}>`;
  const close = `</${prefix}c>`;
  if (planned.formula) {
    const array = planned.array ? ` t="array" ref="${planned.address}"` : "";
    const f = `<${prefix}f${array}>${escapeXml(toFileFormula(planned.formula))}</${prefix}f>`;
    const v = planned.value;
    if (planned.error)
      return `${tag("e")}${f}<${prefix}v>${escapeXml(planned.error)}</${prefix}v>${close}`;
    if (v === null) return `${tag(null)}${f}${close}`;
    if (typeof v === "number") return `${tag(null)}${f}<${prefix}v>${v}</${prefix}v>${close}`;
    return `${tag("str")}${f}<${prefix}v>${escapeXml(v)}</${prefix}v>${close}`;
  }
  if (typeof planned.value === "number" && !planned.text)
    return `${tag(null)}<${prefix}v>${planned.value}</${prefix}v>${close}`;
  if (planned.value === null || planned.value === "") return existing ?? "";
  return `${tag("inlineStr")}${textBody(String(planned.value), prefix)}${close}`;
}

/**
 * Takes Semáforo's content out of a cell: a cell it created (no style) goes away; a cell that was
 * there before (styled by the planner) goes back to an empty cell with its own start tag.
 */
export function emptiedCell(existing: string): string | null {
  const start = /^<[^>]*?(?=\s*\/?>)/.exec(existing)![0];
  if (!/\ss="/.test(start)) return null;
  // Its type and the dynamic-array pointer (cm) belonged to the formula Semáforo wrote: a cm left
  // on an empty cell points at metadata quitar may have taken out with the formula.
  return `${start.replace(/\s(?:t|cm)="[^"]*"/g, "")}/>`;
}

/** Whether a `<c>` element holds a formula. */
export const hasFormula = (cell: string) => /<(?:[\w.-]+:)?f[\s/>]/.test(cell);
