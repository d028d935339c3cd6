import { parseA1, parseRangeA1, rangeA1 } from "../../core/sheet/address";
import { findElement } from "./xmlText";

/**
 * How a worksheet's extent looked before Semáforo widened it: its `<dimension ref>` and the
 * `spans` of the rows it wrote into, as runs of rows (1-based, inclusive) sharing one value.
 * Kept in the settings sheet, so `quitar` puts back the very bytes.
 */
export interface ExtentOrigin {
  dim?: string;
  spans?: [number, number, string][];
}

/** A record longer than this would not fit in one settings cell (Excel's limit is 32 767). */
const MAX_RECORD = 30_000;

const SPANS = /\sspans="(\d+):(\d+)"/;

/**
 * The row's start tag with `spans` widened to take in `cols` (0-based); `origin` collects the
 * old value. A row without spans (or with several) is left as it is.
 */
export function widenSpans(
  rowXml: string,
  cols: readonly number[],
  origin: ExtentOrigin,
  row: number
): string {
  const open = /^<[^>]*>/.exec(rowXml)?.[0] ?? "";
  const m = SPANS.exec(open);
  if (!m || cols.length === 0) return rowXml;
  const lo = Math.min(Number(m[1]), ...cols.map((c) => c + 1));
  const hi = Math.max(Number(m[2]), ...cols.map((c) => c + 1));
  const old = `${m[1]}:${m[2]}`;
  if (`${lo}:${hi}` === old) return rowXml;
  addSpan(origin, row + 1, old);
  return open.replace(SPANS, ` spans="${lo}:${hi}"`) + rowXml.slice(open.length);
}

function addSpan(origin: ExtentOrigin, row: number, value: string) {
  const runs = (origin.spans ??= []);
  const last = runs[runs.length - 1];
  if (last && last[1] === row - 1 && last[2] === value) last[1] = row;
  else runs.push([row, row, value]);
}

/** The part with `<dimension ref>` widened to take in `addresses`; `origin` keeps the old ref. */
export function widenDimension(
  xml: string,
  addresses: readonly string[],
  origin: ExtentOrigin
): string {
  const dim = findElement(xml, "dimension");
  const ref = dim && /\sref="([^"]*)"/.exec(dim.tag)?.[1];
  if (!dim || !ref) return xml;
  const box = parseRangeA1(ref.includes(":") ? ref : `${ref}:${ref}`);
  if (!box) return xml;
  let { top, left, bottom, right } = box;
  for (const address of addresses) {
    const at = parseA1(address);
    if (!at) continue;
    top = Math.min(top, at.row);
    bottom = Math.max(bottom, at.row);
    left = Math.min(left, at.col);
    right = Math.max(right, at.col);
  }
  const widened = rangeA1(top, left, bottom, right);
  if (widened === ref) return xml;
  origin.dim = ref;
  return setDimension(xml, widened);
}

/** The part with its `<dimension ref>` set to `ref`. */
export function setDimension(xml: string, ref: string): string {
  const dim = findElement(xml, "dimension");
  if (!dim || !/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(ref)) return xml;
  const tag = dim.tag.replace(/\sref="[^"]*"/, ` ref="${ref}"`);
  return xml.slice(0, dim.start) + tag + xml.slice(dim.start + dim.tag.length);
}

/** The row's spans as they were before Semáforo widened them, if the record has them. */
export function restoreSpans(
  rowXml: string,
  row: number,
  origin: ExtentOrigin | undefined
): string {
  const run = origin?.spans?.find(([from, to]) => row + 1 >= from && row + 1 <= to);
  if (!run || !/^\d+:\d+$/.test(String(run[2]))) return rowXml;
  const open = /^<[^>]*>/.exec(rowXml)?.[0] ?? "";
  if (!SPANS.test(open)) return rowXml;
  return open.replace(SPANS, ` spans="${run[2]}"`) + rowXml.slice(open.length);
}

/** The record as stored (JSON), without spans when they would not fit in one cell. */
export function extentRecord(origins: Readonly<Record<string, ExtentOrigin>>): string | null {
  const kept = Object.entries(origins).filter(([, o]) => o.dim !== undefined || o.spans);
  if (kept.length === 0) return null;
  const whole = JSON.stringify(Object.fromEntries(kept));
  if (whole.length <= MAX_RECORD) return whole;
  const dims = kept.filter(([, o]) => o.dim !== undefined).map(([s, o]) => [s, { dim: o.dim }]);
  return dims.length > 0 ? JSON.stringify(Object.fromEntries(dims)) : null;
}

/** The stored record, read back (an unreadable one is ignored). */
export function parseExtentRecord(text: string | null): Record<string, ExtentOrigin> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, ExtentOrigin>) : {};
  } catch {
    return {};
  }
}
