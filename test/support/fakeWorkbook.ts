import type { FakeChange, FakeExcel } from "./fakeExcel";

/** The request context the fake's Excel.run hands to a batch: workbook, worksheets, names, events. */
export function fakeWorkbook(book: FakeExcel) {
  const context = {
    sync: () => book.sync(),
    runtime: {
      set enableEvents(v: boolean) {
        book.eventsLog.push(v);
      },
    },
    application: { suspendApiCalculationUntilNextSync() {} },
    workbook: {
      names: {
        getItemOrNullObject(name: string) {
          const item = book.names.get(name);
          if (!item) return { isNullObject: true, load() {} };
          return {
            isNullObject: false,
            load() {},
            formula: item.formula,
            delete: () => book.names.delete(name),
          };
        },
        add(name: string, formula: string, comment = "") {
          book.names.set(name, { formula, comment });
        },
      },
      worksheets: {
        load() {},
        get items() {
          return [...book.sheets.values()];
        },
        getItemOrNullObject: (name: string) =>
          book.sheets.get(name) ?? { isNullObject: true, delete() {} },
        getItem: (nameOrId: string) => book.sheet(nameOrId),
        add: (name: string) => book.addSheet(name),
        onChanged: {
          add(handler: (change: FakeChange) => unknown) {
            book.handlers.push(handler);
            return {
              context,
              remove() {
                book.handlers.splice(book.handlers.indexOf(handler), 1);
              },
            };
          },
        },
      },
    },
  };
  return context;
}
