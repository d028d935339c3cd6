import { a1, parseRangeA1 } from "../../src/core/sheet/address";
import type { Block, FakeValue } from "./fakeCells";
import type { FakeExcel, FakeSheet } from "./fakeExcel";

/** A conditional format as the fake records it. */
export interface FakeRule {
  type: string;
  formula: string;
  fill: string;
  font: string;
  priority: number;
  stopIfTrue: boolean;
}

/** The probe the pane uses to tell Excel 365/2024 (2) from Excel 2021 and older (#NAME?). */
const LAMBDA_PROBE = "=LAMBDA(x,x+1)(1)";

export function blockOf(address: string): Block {
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  const range = cols ? parseRangeA1(`${cols[1]}1:${cols[2]}1048576`) : parseRangeA1(address);
  if (!range) throw new Error(`FakeExcel: dirección inválida ${address}`);
  return range;
}

const isFormula = (v: unknown): boolean => typeof v === "string" && v.startsWith("=");

/**
 * A cell as Excel's `values` shows it: a formula's computed value (none in the fake, so "", except
 * the LAMBDA probe), text typed with a leading apostrophe without it, "" for a blank.
 */
function shownValue(book: FakeExcel, v: FakeValue | undefined): FakeValue {
  if (v === undefined) return "";
  if (v === LAMBDA_PROBE) return book.lambdaWorks ? 2 : "#NAME?";
  if (isFormula(v)) return "";
  return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

/** The range proxy of `sheet.getRange(address)`: reads, writes, formats, selection. */
export function fakeRange(sheet: FakeSheet, book: FakeExcel, address: string) {
  const b = blockOf(address);
  const width = b.right - b.left + 1;
  const read = (formulas: boolean) => {
    const out: FakeValue[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const line: FakeValue[] = new Array<FakeValue>(width);
      for (let c = 0; c < width; c++) {
        const v = sheet.cells.at(r, b.left + c);
        line[c] = formulas ? (v ?? "") : shownValue(book, v);
      }
      out.push(line);
    }
    return out;
  };
  const write = (
    values: unknown[][],
    what: string,
    put: (r: number, c: number, v: never) => void
  ) => {
    book.queue(values);
    const height = b.bottom - b.top + 1;
    if (values.length !== height || values.some((row) => row.length !== width)) {
      throw new Error(`FakeExcel: la forma de ${what} no coincide con ${address}`);
    }
    values.forEach((row, i) => row.forEach((v, j) => put(b.top + i, b.left + j, v as never)));
  };
  const rules: FakeRule[] = sheet.formats.get(address) ?? [];
  return {
    address,
    load(props: string) {
      // The response carries what was loaded: count it against this request.
      if (/values/.test(props)) book.queue(read(false));
      if (/formulas/.test(props)) book.queue(read(true));
    },
    get values() {
      return read(false);
    },
    get formulas() {
      return read(true);
    },
    set formulas(values: FakeValue[][]) {
      write(values, "formulas", (r, c, v: FakeValue) => sheet.cells.put(r, c, v));
    },
    set numberFormat(values: string[][]) {
      write(values, "numberFormat", (r, c, v: string) => sheet.numberFormats.set(a1(r, c), v));
    },
    clear(what: string) {
      if (what !== "Contents") throw new Error(`FakeExcel: clear(${what}) no simulado`);
      sheet.cells.clear(b);
    },
    format: { font: { set bold(_: boolean) {} } },
    select() {
      book.selection = { sheet: sheet.name, address };
    },
    conditionalFormats: {
      clearAll() {
        rules.length = 0;
        sheet.formats.delete(address);
      },
      add(type: string) {
        if (type !== "Custom") throw new Error(`FakeExcel: tipo de formato ${type} no simulado`);
        const rule: FakeRule = {
          type,
          formula: "",
          fill: "",
          font: "",
          priority: 0,
          stopIfTrue: false,
        };
        rules.push(rule);
        sheet.formats.set(address, rules);
        book.queue(rule);
        return {
          custom: {
            rule: {
              set formula(f: string) {
                rule.formula = f;
              },
            },
            format: {
              fill: {
                set color(c: string) {
                  rule.fill = c;
                },
              },
              font: {
                set color(c: string) {
                  rule.font = c;
                },
              },
            },
          },
          set priority(p: number) {
            rule.priority = p;
          },
          set stopIfTrue(v: boolean) {
            rule.stopIfTrue = v;
          },
        };
      },
    },
  };
}
