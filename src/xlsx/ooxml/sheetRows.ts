import { a1, parseA1 } from "../../core/sheet/address";
import { findElement, indexOutside, markupRe, nextMatch } from "./xmlText";

/** One element found in a part: where it starts and ends, its start tag, and its name's prefix. */
interface Span {
  start: number;
  end: number;
  tag: string;
  selfClosing: boolean;
}

/** Edits one row: gets the row's XML (null when the row does not exist), returns the new XML. */
export type RowEdit = (rowXml: string | null, row: number) => string | null;

/**
 * Rewrites the given rows of a worksheet part and copies every other byte unchanged. Rows are
 * found by their r attribute (or position); a new row is inserted in order. A row edit returning
 * null removes the row.
 */
export function editRows(xml: string, edits: ReadonlyMap<number, RowEdit>): string {
  if (edits.size === 0) return xml;
  let data = findElement(xml, "sheetData");
  if (!data) throw new Error("la hoja no tiene datos (falta sheetData).");
  let source = xml;
  const prefix = /^<([\w.-]+:)?/.exec(data.tag)?.[1] ?? "";
  if (data.selfClosing) {
    const open = data.tag.replace(/\s*\/>$/, ">");
    source = `${xml.slice(0, data.start)}${open}</${prefix}sheetData>${xml.slice(data.end)}`;
    data = {
      ...data,
      tag: open,
      selfClosing: false,
      end: data.start + open.length + prefix.length + 12,
    };
  }
  const bodyStart = data.start + data.tag.length;
  const bodyEnd = data.end - `</${prefix}sheetData>`.length;
  const pending = [...edits.keys()].sort((a, b) => a - b);
  const out: string[] = [source.slice(0, bodyStart)];
  let copied = bodyStart;
  let next = 0;
  let row = -1;
  // Rows are found outside comments, CDATA and processing instructions: a commented-out row
  // is text, and a cell written into it would be lost.
  const rowRe = markupRe(String.raw`<(?:[\w.-]+:)?row(?=[\s/>])[^>]*>`);
  rowRe.lastIndex = bodyStart;
  for (let m = nextMatch(rowRe, source); m && m.index < bodyEnd; m = nextMatch(rowRe, source)) {
    const span = elementSpan(source, m, "row", prefix);
    const r = Number(/\sr="(\d+)"/.exec(span.tag)?.[1]);
    row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
    while (next < pending.length && (pending[next] as number) < row) {
      out.push(source.slice(copied, span.start));
      copied = span.start;
      const created = (edits.get(pending[next] as number) as RowEdit)(
        null,
        pending[next] as number
      );
      if (created) out.push(created);
      next++;
    }
    if (next < pending.length && pending[next] === row) {
      out.push(source.slice(copied, span.start));
      const edited = (edits.get(row) as RowEdit)(source.slice(span.start, span.end), row);
      if (edited) out.push(edited);
      copied = span.end;
      next++;
    }
    rowRe.lastIndex = span.end;
  }
  out.push(source.slice(copied, bodyEnd));
  for (; next < pending.length; next++) {
    const created = (edits.get(pending[next] as number) as RowEdit)(null, pending[next] as number);
    if (created) out.push(created);
  }
  out.push(source.slice(bodyEnd));
  return out.join("");
}

function elementSpan(source: string, m: RegExpExecArray, name: string, prefix: string): Span {
  const tag = m[0];
  const selfClosing = tag.endsWith("/>");
  let end = m.index + tag.length;
  if (!selfClosing) {
    const close = indexOutside(source, `</${prefix}${name}>`, end);
    end = close < 0 ? end : close + prefix.length + name.length + 3;
  }
  return { start: m.index, end, tag, selfClosing };
}

/** A cell edit: gets the existing `<c>` element (or null), returns the new one (or null: remove). */
export type CellEdit = (cellXml: string | null, address: string) => string | null;

/**
 * Rewrites cells of one row's XML (null: a new row) keeping the other cells' bytes. New cells go in
 * column order. Returns null when a row Semáforo created ends up empty.
 */
export function editRowCells(
  rowXml: string | null,
  row: number,
  edits: ReadonlyMap<number, CellEdit>,
  prefix: string
): string | null {
  const source = rowXml ?? `<${prefix}row r="${row + 1}"></${prefix}row>`;
  const selfClosing = /\/>$/.test(source) && !source.includes(`</${prefix}row>`);
  const open = selfClosing ? source.replace(/\s*\/>$/, ">") : /^<[^>]*>/.exec(source)![0];
  const body = selfClosing
    ? ""
    : source.slice(open.length, source.length - `</${prefix}row>`.length);
  const pending = [...edits.keys()].sort((a, b) => a - b);
  const out: string[] = [open];
  let copied = 0;
  let next = 0;
  let col = -1;
  const cellRe = markupRe(String.raw`<(?:[\w.-]+:)?c(?=[\s/>])[^>]*>`);
  for (let m = nextMatch(cellRe, body); m; m = nextMatch(cellRe, body)) {
    const span = elementSpan(body, m, "c", prefix);
    const at = parseA1(/\sr="([^"]*)"/.exec(span.tag)?.[1] ?? "");
    col = at ? at.col : col + 1;
    while (next < pending.length && (pending[next] as number) < col) {
      out.push(body.slice(copied, span.start));
      copied = span.start;
      const c = pending[next++] as number;
      const created = (edits.get(c) as CellEdit)(null, a1(row, c));
      if (created) out.push(created);
    }
    if (next < pending.length && pending[next] === col) {
      out.push(body.slice(copied, span.start));
      const edited = (edits.get(col) as CellEdit)(body.slice(span.start, span.end), a1(row, col));
      if (edited) out.push(edited);
      copied = span.end;
      next++;
    }
    cellRe.lastIndex = span.end;
  }
  out.push(body.slice(copied));
  for (; next < pending.length; next++) {
    const c = pending[next] as number;
    const created = (edits.get(c) as CellEdit)(null, a1(row, c));
    if (created) out.push(created);
  }
  const inner = out.slice(1).join("");
  if (rowXml === null && inner === "") return null;
  if (selfClosing && inner === "") return source;
  return `${open}${inner}</${prefix}row>`;
}
