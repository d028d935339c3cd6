import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { inflateRawSync } from "node:zlib";
import { SheetScanner, type SheetSink } from "../../src/xlsx/ooxml/sheetScanner";
import { SheetDraft } from "../../src/xlsx/ooxml/sheetDraft";
import { editRows, type RowEdit } from "../../src/xlsx/ooxml/sheetRows";

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const HEAD = `<?xml version="1.0"?>\n<x:worksheet ${NS}><x:dimension ref="A1:B4"/><!-- <x:sheetData> -->`;
const BODY =
  `<x:row r="1" spans="1:2"><x:c r="A1"><x:v>1</x:v></x:c><!-- </x:row> --><x:c r="B1"><x:v>2</x:v></x:c></x:row>` +
  `<!-- <x:row r="2"><x:c r="A2"/></x:row> </x:sheetData> -->` +
  `<x:row r="3"/><![CDATA[<x:row r="7"/>]]><?pi <x:row r="8"/> ?>` +
  `<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>é ü 漢</x:t></x:is></x:c></x:row>\n  `;
const TAIL = `</x:sheetData><x:conditionalFormatting sqref="A1"/><x:pageMargins/></x:worksheet>`;
const SHEET = `${HEAD}<x:sheetData>${BODY}${TAIL}`;

/** Edits rows 0, 1 (absent), 3 and 5 (absent, after the last). */
function edits(): Map<number, RowEdit> {
  const mark = (row: number) =>
    `<x:row r="${row + 1}"><x:c r="C${row + 1}"><x:v>9</x:v></x:c></x:row>`;
  return new Map<number, RowEdit>([
    [0, (xml) => (xml as string).replace("</x:row>", '<x:c r="C1"/></x:row>')],
    [1, (xml, row) => (xml === null ? mark(row) : xml)],
    [3, (xml) => (xml as string).replace('r="4"', 'r="4" ht="20"')],
    [5, (xml, row) => (xml === null ? mark(row) : xml)],
  ]);
}

async function loaded(xml: string) {
  const zip = new JSZip();
  zip.file("s.xml", xml);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return (await JSZip.loadAsync(bytes)).file("s.xml")!;
}

const LIMITS = { maxPartBytes: 2 ** 30, maxHeld: 2 ** 20 };

describe("the streamed sheet editor", () => {
  it("hands out every piece, in order, whatever the chunks (rows only outside opaque markup)", () => {
    const sizes = [...Array.from({ length: 40 }, (_, i) => i + 1), 61, SHEET.length];
    for (const [size, withRows] of sizes.flatMap((n) => [
      [n, true] as const,
      [n, false] as const,
    ])) {
      const seen: string[] = [];
      const rows: [number, string][] = [];
      const sink: SheetSink = {
        head: (t) => seen.push(t),
        open: (t) => seen.push(t),
        row: (xml, row) => {
          seen.push(xml);
          rows.push([row, xml]);
        },
        between: (t) => seen.push(t),
        close: (t) => seen.push(t),
        tail: (t) => seen.push(t),
      };
      const scanner = new SheetScanner(sink, "s.xml", 1000, withRows);
      for (let i = 0; i < SHEET.length; i += size) scanner.write(SHEET.slice(i, i + size));
      scanner.end();
      expect(seen.join(""), `chunks of ${size}`).toBe(SHEET);
      expect(rows.map(([r]) => r)).toEqual(withRows ? [0, 2, 3] : []);
      expect(scanner.held).toBeLessThanOrEqual(Math.max(size, 200) + 200);
    }
  });

  it("writes the same bytes as the whole-text editor, and the outline holds all but the rows", async () => {
    const draft = await SheetDraft.open(await loaded(SHEET), "s.xml", LIMITS);
    expect(draft.skeleton).toBe(`${HEAD}<x:sheetData>${TAIL}`);
    draft.editRows(edits());
    const entry = await draft.entry();
    const inflated = inflateRawSync(entry!.data).toString("utf8");
    expect(inflated).toBe(editRows(SHEET, edits()));
    expect(entry!.size).toBe(Buffer.byteLength(inflated));
  });

  it("opens an empty <sheetData/> for new rows, and keeps an unchanged sheet as it was", async () => {
    const empty = `<worksheet><sheetData/><pageMargins/></worksheet>`;
    const draft = await SheetDraft.open(await loaded(empty), "s.xml", LIMITS);
    expect(await draft.entry()).toBeNull();
    draft.editRows(new Map<number, RowEdit>([[1, () => '<row r="2"/>']]));
    const entry = await draft.entry();
    const inflated = inflateRawSync(entry!.data).toString("utf8");
    expect(inflated).toBe(editRows(empty, new Map<number, RowEdit>([[1, () => '<row r="2"/>']])));
  });
});
