import { parseRangeA1, a1 } from "../../src/core/sheet/address";
import { jsonBytes } from "../../src/excel/payload";
import { fakeCharts, fakePageLayout, type FakeChart } from "./fakeChart";

/* A small in-memory stand-in for the parts of the Excel API the adapter uses. It counts
 * context.sync calls and the bytes sent and returned between them (the request size Excel on
 * the web limits), can fail a chosen sync, and fails loudly on anything it does not simulate. */

interface FakeRule {
  formula: string;
  fill: string;
  font: string;
  priority: number;
  stopIfTrue: boolean;
}

type Block = { top: number; left: number; bottom: number; right: number };

function blockOf(address: string): Block {
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  const range = cols ? parseRangeA1(`${cols[1]}1:${cols[2]}1048576`) : parseRangeA1(address);
  if (!range) throw new Error(`FakeExcel: dirección inválida ${address}`);
  return range;
}

export class FakeSheet {
  cells = new Map<string, string | number>();
  numberFormats = new Map<string, string>();
  formats = new Map<string, FakeRule[]>();
  visibility = "Visible";
  deleted = false;
  protected = false;
  constructor(
    public name: string,
    private readonly book: FakeExcel
  ) {}

  chartLog: FakeChart[] = [];
  page: { orientation?: string; zoom?: unknown } = {};

  get charts() {
    return fakeCharts(this.chartLog);
  }

  get pageLayout() {
    return fakePageLayout(this.page);
  }

  get protection() {
    return { load() {}, protected: this.protected };
  }

  /** Rows frozen at the top (the report sheet freezes its header). */
  frozenRows = 0;
  get freezePanes() {
    return {
      freezeRows: (n: number) => {
        this.frozenRows = n;
      },
    };
  }

  activate() {
    this.book.active = this.name;
  }

  /** Puts rows of values (or formulas, as strings starting with "=") from A1. */
  fill(rows: (string | number | null)[][]) {
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") this.cells.set(a1(r, c), v);
      })
    );
    return this;
  }

  getUsedRangeOrNullObject() {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const address of this.cells.keys()) {
      const b = blockOf(address);
      top = Math.min(top, b.top);
      left = Math.min(left, b.left);
      bottom = Math.max(bottom, b.top);
      right = Math.max(right, b.left);
    }
    if (bottom < 0) return { isNullObject: true, load() {} };
    const range = this.getRange(`${a1(top, left)}:${a1(bottom, right)}`);
    return Object.assign(range, {
      isNullObject: false,
      rowIndex: top,
      columnIndex: left,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
    return this.getRange(`${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`);
  }

  getRange(address: string) {
    const range = blockOf(address);
    // Object-literal setters below cannot be arrow functions, so they reach the sheet through this alias.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const sheet = this;
    const book = this.book;
    const cellsOf = () => {
      const out: string[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        out.push(
          Array.from({ length: range.right - range.left + 1 }, (_, c) => a1(r, range.left + c))
        );
      }
      return out;
    };
    const read = (formulas: boolean) =>
      cellsOf().map((row) =>
        row.map((cell) => {
          const v = sheet.cells.get(cell) ?? "";
          return !formulas && typeof v === "string" && v.startsWith("=") ? "" : v;
        })
      );
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
      set formulas(values: (string | number)[][]) {
        book.queue(values);
        const addresses = cellsOf();
        if (
          values.length !== addresses.length ||
          values.some((row, i) => row.length !== addresses[i]?.length)
        ) {
          throw new Error(`FakeExcel: la forma de formulas no coincide con ${address}`);
        }
        addresses.forEach((row, i) =>
          row.forEach((cell, j) => {
            const v = values[i]?.[j] as string | number;
            if (v === "") sheet.cells.delete(cell);
            else sheet.cells.set(cell, v);
          })
        );
      },
      set numberFormat(values: string[][]) {
        book.queue(values);
        cellsOf().forEach((row, i) =>
          row.forEach((cell, j) => sheet.numberFormats.set(cell, values[i]?.[j] as string))
        );
      },
      clear(what: string) {
        if (what !== "Contents") throw new Error(`FakeExcel: clear(${what}) no simulado`);
        for (const cell of [...sheet.cells.keys()]) {
          const b = blockOf(cell);
          const inside =
            b.top >= range.top &&
            b.top <= range.bottom &&
            b.left >= range.left &&
            b.left <= range.right;
          if (inside) sheet.cells.delete(cell);
        }
      },
      format: { font: { set bold(_: boolean) {} } },
      conditionalFormats: {
        clearAll() {
          rules.length = 0;
          sheet.formats.delete(address);
        },
        add(type: string) {
          if (type !== "Custom") throw new Error(`FakeExcel: tipo de formato ${type} no simulado`);
          const rule: FakeRule = {
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

  delete() {
    this.deleted = true;
    this.book.sheets.delete(this.name);
  }

  load() {}
}

export class FakeExcel {
  sheets = new Map<string, FakeSheet>();
  syncs = 0;
  maxBytesPerSync = 0;
  eventsLog: boolean[] = [];
  /** The sheet last activated. */
  active: string | null = null;
  /** Fail the sync with this number (1-based, counted over the fake's life). */
  failAtSync: number | null = null;
  /** Refuse requests over this many bytes, as Excel on the web does over 5 MB (null: accept). */
  payloadLimit: number | null = null;
  refused = 0;
  private pending = 0;

  queue(payload: unknown) {
    this.pending += jsonBytes(payload);
  }

  addSheet(name: string) {
    const s = new FakeSheet(name, this);
    // Excel's rename: the setter moves the sheet in the collection.
    Object.defineProperty(s, "name", {
      get: () => name,
      set: (next: string) => {
        this.sheets.delete(name);
        name = next;
        this.sheets.set(next, s);
      },
    });
    this.sheets.set(name, s);
    return s;
  }

  readonly context: unknown;

  constructor() {
    // The context's setters (enableEvents) cannot be arrow functions; they reach the fake through this alias.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.context = {
      sync: async () => {
        self.syncs++;
        const bytes = self.pending;
        self.pending = 0;
        if (self.payloadLimit !== null && bytes > self.payloadLimit) {
          self.refused++;
          throw Object.assign(
            new Error("RichApi.Error: The request payload size has exceeded the limit."),
            {
              code: "RequestPayloadSizeLimitExceeded",
            }
          );
        }
        self.maxBytesPerSync = Math.max(self.maxBytesPerSync, bytes);
        if (self.syncs === self.failAtSync) {
          throw Object.assign(new Error("RichApi.Error: An internal error has occurred."), {
            code: "GeneralException",
          });
        }
      },
      runtime: {
        set enableEvents(v: boolean) {
          self.eventsLog.push(v);
        },
      },
      application: { suspendApiCalculationUntilNextSync() {} },
      workbook: {
        worksheets: {
          load() {},
          get items() {
            return [...self.sheets.values()];
          },
          getItemOrNullObject: (name: string) =>
            self.sheets.get(name) ?? { isNullObject: true, delete() {} },
          getItem: (name: string) => {
            const s = self.sheets.get(name);
            if (!s) throw new Error(`FakeExcel: no existe la hoja ${name}`);
            return s;
          },
          add: (name: string) => self.addSheet(name),
        },
      },
    };
  }

  /** Excel.run over this fake. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context as unknown as Excel.RequestContext);
}
