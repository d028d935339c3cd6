import { parseRangeA1, a1 } from "../../src/core/sheet/address";

/* A small in-memory stand-in for the parts of the Excel API the adapter uses. It counts
 * context.sync calls and the bytes queued between them, and fails loudly on anything else. */

interface FakeRule {
  formula: string;
  fill: string;
  font: string;
  priority: number;
  stopIfTrue: boolean;
}

export class FakeSheet {
  cells = new Map<string, string | number>();
  numberFormats = new Map<string, string>();
  formats = new Map<string, FakeRule[]>();
  visibility = "Visible";
  deleted = false;
  constructor(
    readonly name: string,
    private readonly book: FakeExcel
  ) {}

  getRange(address: string) {
    const range = parseRangeA1(address);
    if (!range) throw new Error(`FakeExcel: dirección inválida ${address}`);
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
    const rules: FakeRule[] = sheet.formats.get(address) ?? [];
    return {
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
          row.forEach((cell, j) => sheet.cells.set(cell, values[i]?.[j] as string | number))
        );
      },
      set numberFormat(values: string[][]) {
        book.queue(values);
        cellsOf().forEach((row, i) =>
          row.forEach((cell, j) => sheet.numberFormats.set(cell, values[i]?.[j] as string))
        );
      },
      format: { font: { set bold(_: boolean) {} } },
      conditionalFormats: {
        clearAll() {
          rules.length = 0;
          sheet.formats.set(address, rules);
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
}

export class FakeExcel {
  sheets = new Map<string, FakeSheet>();
  syncs = 0;
  maxBytesPerSync = 0;
  eventsLog: boolean[] = [];
  private pending = 0;

  queue(payload: unknown) {
    this.pending += JSON.stringify(payload).length;
  }

  addSheet(name: string) {
    const s = new FakeSheet(name, this);
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
        self.maxBytesPerSync = Math.max(self.maxBytesPerSync, self.pending);
        self.pending = 0;
      },
      runtime: {
        set enableEvents(v: boolean) {
          self.eventsLog.push(v);
        },
      },
      application: { suspendApiCalculationUntilNextSync() {} },
      workbook: {
        worksheets: {
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
