import { boundedPartText, MAX_READ_PART_BYTES } from "./partText";
import type JSZip from "jszip";
import { streamPart } from "./partStream";
import type { ReadGuard } from "./readGuard";
import { attrOf, findElement } from "./xmlText";

/** The shared strings table (rich text flattened, phonetic runs left out), texts capped. */
export async function readSharedStrings(
  file: JSZip.JSZipObject | null,
  guard: ReadGuard
): Promise<string[]> {
  const strings: string[] = [];
  if (!file) return strings;
  let current: string | null = null;
  let inT = false;
  let inPhonetic = 0;
  await streamPart(file, guard, {
    open(name) {
      guard.tick();
      if (name === "si") current = "";
      else if (name === "t") inT = inPhonetic === 0;
      else if (name === "rPh") inPhonetic++;
    },
    close(name) {
      if (name === "si") {
        strings.push(current ?? "");
        current = null;
      } else if (name === "t") inT = false;
      else if (name === "rPh") inPhonetic--;
    },
    text(text) {
      if (inT && current !== null) current = capped(current + text, guard);
    },
  });
  return strings;
}

function capped(text: string, guard: ReadGuard): string {
  const cap = guard.limits.maxCellText;
  if (text.length <= cap) return text;
  guard.cutTexts.push("tabla de textos compartidos");
  return text.slice(0, cap);
}

/** Built-in number formats that show dates or times. */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** For each cell style (the `s` index), whether its number format shows a date. */
export async function readDateStyles(file: JSZip.JSZipObject | null): Promise<boolean[]> {
  if (!file) return [];
  const xml = await boundedPartText(file, file.name, MAX_READ_PART_BYTES);
  const custom = new Map<number, string>();
  const numFmts = findElement(xml, "numFmts");
  if (numFmts) {
    const block = xml.slice(numFmts.start, numFmts.end);
    for (const m of block.matchAll(/<(?:[\w.-]+:)?numFmt(?=[\s/>])[^>]*>/g)) {
      custom.set(Number(attrOf(m[0], "numFmtId")), attrOf(m[0], "formatCode") ?? "");
    }
  }
  const xfs = findElement(xml, "cellXfs");
  if (!xfs) return [];
  const block = xml.slice(xfs.start, xfs.end);
  const out: boolean[] = [];
  for (const m of block.matchAll(/<(?:[\w.-]+:)?xf(?=[\s/>])[^>]*>/g)) {
    const id = Number(attrOf(m[0], "numFmtId") ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateCode(code) : DATE_FORMAT_IDS.has(id));
  }
  return out;
}

/** A format code shows a date or time when, outside quotes, escapes and [colour] blocks, it has d/m/y/h/s. */
function isDateCode(code: string): boolean {
  const bare = code
    .split(";")[0]!
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare);
}
