import { FakeExcel } from "./fakeExcel";

/* office.js for the pane in headless Chromium, bundled by scripts/lib/fake-office.js from this
 * file and the unit tests' FakeExcel: Office.onReady resolves as Excel, and Excel.run runs over a
 * FakeExcel seeded from window.__SEMAFORO_SEED__ ({name, rows}[]). The fake itself is
 * window.__excel, for the e2e tests to inspect; window.__excel* functions act as the planner or
 * the host would. A test can make the host older (__SEMAFORO_API__ = "1.7"), without LAMBDA
 * (__SEMAFORO_LAMBDA__ = false) or themed (__SEMAFORO_THEME__). */

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

interface Page {
  __SEMAFORO_SEED__?: { name: string; rows: unknown[][] }[];
  __SEMAFORO_API__?: string;
  __SEMAFORO_LAMBDA__?: boolean;
  __SEMAFORO_THEME__?: unknown;
  [key: string]: unknown;
}

export function installFakeOffice(page: Page): FakeExcel {
  const book = new FakeExcel();
  for (const s of page.__SEMAFORO_SEED__ ?? []) book.addSheet(s.name).fill(s.rows);
  book.lambdaWorks = page.__SEMAFORO_LAMBDA__ !== false;
  page.__excel = book;
  /** A planner's edit (null clears the cell). */
  page.__excelEdit = (sheet: string, address: string, value: string | number | null) =>
    book.edit(sheet, address, value);
  /** Makes the n-th request from now fail, as Excel does when a sync is refused midway. */
  page.__excelFailSync = (n: number) => {
    book.failAtSync = book.syncs + n;
  };
  page.__excelNames = () => Object.fromEntries(book.names);
  page.__excelDefineName = (name: string, formula: string) =>
    book.names.set(name, { formula, comment: "" });
  page.__excelProtect = (sheet: string, on: boolean) => {
    book.sheet(sheet).protected = on;
  };
  page.Excel = {
    // Excel.run(batch) and Excel.run(object, batch), as office.js has both.
    run: (a: Batch | object, b?: Batch) => book.run((typeof a === "function" ? a : b) as Batch),
  };
  const minor = (v: string) => Number(String(v).split(".")[1] ?? 0);
  page.Office = {
    HostType: { Excel: "Excel" },
    context: {
      requirements: {
        isSetSupported: (_set: string, version: string) =>
          minor(version) <= minor(page.__SEMAFORO_API__ ?? "1.99"),
      },
      officeTheme: page.__SEMAFORO_THEME__,
    },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      setTimeout(() => callback?.(info), 0);
      return Promise.resolve(info);
    },
  };
  return book;
}

if (typeof window !== "undefined") installFakeOffice(window as unknown as Page);
