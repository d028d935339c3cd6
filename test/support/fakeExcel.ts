import { a1 } from "../../src/core/sheet/address";
import { jsonBytes } from "../../src/excel/payload";
import { FakeCells, type FakeValue } from "./fakeCells";
import { fakeCharts, fakePageLayout, type FakeChart } from "./fakeChart";
import { fakeRange, type FakeRule } from "./fakeRange";
import { fakeWorkbook } from "./fakeWorkbook";

/* The one in-memory stand-in for the parts of the Excel API Semáforo uses: the unit tests drive
 * it in Node, and the e2e harness bundles it (with fakeOffice.ts) as office.js for the pane in
 * Chromium. It counts context.sync calls and the bytes sent and returned between them (the
 * request size Excel on the web limits), can fail a chosen sync, records edits, selection, names
 * and charts, and fails loudly on anything it does not simulate. */

export class FakeSheet {
  cells = new FakeCells();
  numberFormats = new Map<string, string>();
  formats = new Map<string, FakeRule[]>();
  visibility = "Visible";
  deleted = false;
  protected = false;
  /** Stable across renames, as Excel's worksheet id (what onChanged events name). */
  readonly id: string;
  constructor(
    public name: string,
    private readonly book: FakeExcel
  ) {
    this.id = `id-${name}`;
  }

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

  /** Puts rows of values (or formulas, as strings starting with "=") from A1; blanks stay blank. */
  fill(rows: readonly (readonly unknown[] | null | undefined)[]) {
    rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") this.cells.put(r, c, v as FakeValue);
      })
    );
    return this;
  }

  getUsedRangeOrNullObject() {
    const b = this.cells.bounds();
    if (!b) return { isNullObject: true, load() {} };
    const range = this.getRange(`${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`);
    return Object.assign(range, {
      isNullObject: false,
      rowIndex: b.top,
      columnIndex: b.left,
      rowCount: b.bottom - b.top + 1,
      columnCount: b.right - b.left + 1,
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
    return this.getRange(`${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`);
  }

  getRange(address: string) {
    return fakeRange(this, this.book, address);
  }

  delete() {
    this.deleted = true;
    this.book.sheets.delete(this.name);
  }

  load() {}
}

/** What an onChanged handler receives. */
export interface FakeChange {
  worksheetId: string;
  address: string;
  triggerSource: string;
}

export class FakeExcel {
  sheets = new Map<string, FakeSheet>();
  syncs = 0;
  maxBytesPerSync = 0;
  eventsLog: boolean[] = [];
  /** The sheet last activated, and the range last selected. */
  active: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** The workbook's defined names (the «libro» mode's functions and the planner's own). */
  names = new Map<string, { formula: string; comment: string }>();
  /** Whether LAMBDA works (Excel 365/2024) or gives #NAME? (Excel 2021 and older). */
  lambdaWorks = true;
  /** Fail the sync with this number (1-based, counted over the fake's life). */
  failAtSync: number | null = null;
  /** Refuse requests over this many bytes, as Excel on the web does over 5 MB (null: accept). */
  payloadLimit: number | null = null;
  refused = 0;
  /** The worksheets.onChanged handlers registered. */
  handlers: ((change: FakeChange) => unknown)[] = [];
  private pending = 0;

  queue(payload: unknown) {
    this.pending += jsonBytes(payload);
  }

  addSheet(name: string) {
    const s = new FakeSheet(name, this);
    // Excel's rename: the setter renames the sheet in the collection, keeping its place.
    Object.defineProperty(s, "name", {
      get: () => name,
      set: (next: string) => {
        const order = [...this.sheets.entries()];
        this.sheets.clear();
        for (const [key, sheet] of order) this.sheets.set(key === name ? next : key, sheet);
        name = next;
      },
    });
    this.sheets.set(name, s);
    return s;
  }

  /** A planner's edit (null clears the cell): the cell changes, then onChanged handlers run. */
  edit(sheetName: string, address: string, value: FakeValue | null) {
    const s = this.sheet(sheetName);
    if (value === null) s.cells.delete(address);
    else s.cells.set(address, value);
    for (const h of [...this.handlers])
      void h({ worksheetId: s.id, address, triggerSource: "Local" });
  }

  /** The sheet by name or id; throws, as Excel's getItem does, when there is none. */
  sheet(nameOrId: string): FakeSheet {
    const s = this.sheets.get(nameOrId) ?? [...this.sheets.values()].find((x) => x.id === nameOrId);
    if (!s) throw new Error(`FakeExcel: no existe la hoja ${nameOrId}`);
    return s;
  }

  /** Counts a request: its bytes against the limit, and the failure a test armed. */
  async sync() {
    this.syncs++;
    const bytes = this.pending;
    this.pending = 0;
    if (this.payloadLimit !== null && bytes > this.payloadLimit) {
      this.refused++;
      throw Object.assign(
        new Error("RichApi.Error: The request payload size has exceeded the limit."),
        { code: "RequestPayloadSizeLimitExceeded" }
      );
    }
    this.maxBytesPerSync = Math.max(this.maxBytesPerSync, bytes);
    if (this.syncs === this.failAtSync) {
      throw Object.assign(new Error("RichApi.Error: An internal error has occurred."), {
        code: "GeneralException",
      });
    }
  }

  readonly context: unknown = fakeWorkbook(this);

  /** Excel.run over this fake. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context as unknown as Excel.RequestContext);
}
