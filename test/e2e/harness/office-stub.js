/* Stand-in for office.js in headless Chromium: Office.onReady resolves as Excel, and Excel.run runs
 * over an in-memory workbook seeded from window.__SEMAFORO_SEED__ ({name, rows}[]). It records
 * what the task pane does in window.__excel (cells, formats, selection, syncs) for the test. */
(function () {
  "use strict";
  const colName = (c) => {
    let n = c + 1;
    let s = "";
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const parseCell = (a) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: c - 1 };
  };
  const parseRange = (address) => {
    const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (columns) address = columns[1] + "1:" + columns[2] + "1048576";
    const [a, b] = address.split(":");
    const s = parseCell(a);
    const e = b ? parseCell(b) : s;
    return { top: s.row, left: s.col, bottom: e.row, right: e.col };
  };

  const state = {
    sheets: [],
    selection: null,
    syncs: 0,
    eventsEnabled: [],
    active: null,
    failAt: null,
    names: new Map(),
  };
  window.__excel = state;

  function makeSheet(name, rows) {
    const cells = new Map(); // "A1" -> {value, formula}
    (rows || []).forEach((row, r) =>
      (row || []).forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "")
          cells.set(colName(c) + (r + 1), { value: v, formula: null });
      })
    );
    return { name, cells, formats: {}, visibility: "Visible", id: "id-" + name, protected: false };
  }
  const seed = window.__SEMAFORO_SEED__ || [];
  seed.forEach((s) => state.sheets.push(makeSheet(s.name, s.rows)));
  const find = (name) => state.sheets.find((s) => s.name === name);

  function rangeProxy(sheet, address) {
    const r = parseRange(address);
    const each = (fn) => {
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++)
          fn(row - r.top, col - r.left, colName(col) + (row + 1));
    };
    const rules = sheet.formats[address] || [];
    const grid = (formulas) => {
      const out = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line = [];
        for (let col = r.left; col <= r.right; col++) {
          const cell = sheet.cells.get(colName(col) + (row + 1));
          if (!cell) line.push("");
          else if (cell.formula === "=LAMBDA(x,x+1)(1)" && !formulas)
            // The probe the pane uses: Excel 365/2024 give 2, Excel 2021 and older #NAME?.
            line.push(window.__SEMAFORO_LAMBDA__ === false ? "#NAME?" : 2);
          else if (cell.formula !== null) line.push(formulas ? cell.formula : "");
          else line.push(cell.value === null ? "" : cell.value);
        }
        out.push(line);
      }
      return out;
    };
    return {
      address,
      load() {},
      get values() {
        return grid(false);
      },
      get formulas() {
        return grid(true);
      },
      clear() {
        for (const a of [...sheet.cells.keys()]) {
          const p = parseCell(a);
          if (p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right)
            sheet.cells.delete(a);
        }
      },
      set formulas(values) {
        each((i, j, a) => {
          const v = values[i][j];
          if (v === "" || v === null) sheet.cells.delete(a);
          else if (typeof v === "string" && v.startsWith("="))
            sheet.cells.set(a, { value: null, formula: v });
          else if (typeof v === "string" && v.startsWith("'"))
            sheet.cells.set(a, { value: v.slice(1), formula: null });
          else sheet.cells.set(a, { value: v, formula: null });
        });
      },
      set numberFormat(_) {},
      format: { font: { set bold(_) {} } },
      conditionalFormats: {
        clearAll() {
          rules.length = 0;
          delete sheet.formats[address];
        },
        add(type) {
          const rule = { type, formula: "", fill: "", font: "" };
          rules.push(rule);
          sheet.formats[address] = rules;
          return {
            custom: {
              rule: {
                set formula(f) {
                  rule.formula = f;
                },
              },
              format: {
                fill: {
                  set color(c) {
                    rule.fill = c;
                  },
                },
                font: {
                  set color(c) {
                    rule.font = c;
                  },
                },
              },
            },
            set priority(p) {
              rule.priority = p;
            },
            set stopIfTrue(v) {
              rule.stopIfTrue = v;
            },
          };
        },
      },
      select() {
        state.selection = { sheet: sheet.name, address };
      },
    };
  }

  function usedRange(sheet) {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const a of sheet.cells.keys()) {
      const p = parseCell(a);
      top = Math.min(top, p.row);
      left = Math.min(left, p.col);
      bottom = Math.max(bottom, p.row);
      right = Math.max(right, p.col);
    }
    if (bottom < 0) return { isNullObject: true, load() {} };
    return Object.assign(
      rangeProxy(sheet, colName(left) + (top + 1) + ":" + colName(right) + (bottom + 1)),
      {
        isNullObject: false,
        rowIndex: top,
        columnIndex: left,
        rowCount: bottom - top + 1,
        columnCount: right - left + 1,
      }
    );
  }

  function worksheetProxy(sheet) {
    return {
      get name() {
        return sheet.name;
      },
      set name(v) {
        sheet.name = v;
      },
      set visibility(v) {
        sheet.visibility = v;
      },
      protection: {
        load() {},
        get protected() {
          return sheet.protected;
        },
      },
      charts: {
        add(type, source, by) {
          const chart = { type, source: source.address, by, title: "", at: "", fills: [] };
          (sheet.charts = sheet.charts || []).push(chart);
          return {
            title: {
              set text(t) {
                chart.title = t;
              },
            },
            setPosition(at) {
              chart.at = at;
            },
            axes: {
              categoryAxis: {
                set reversePlotOrder(r) {
                  chart.reversed = r;
                },
              },
            },
            series: {
              getItemAt: (i) => ({
                format: { fill: { setSolidColor: (c) => (chart.fills[i] = c) } },
              }),
            },
          };
        },
      },
      pageLayout: {
        set orientation(o) {
          sheet.orientation = o;
        },
        set zoom(z) {
          sheet.zoom = z;
        },
      },
      getUsedRangeOrNullObject: () => usedRange(sheet),
      getRange: (address) => rangeProxy(sheet, address),
      getRangeByIndexes: (row, col, rows, cols) =>
        rangeProxy(sheet, colName(col) + (row + 1) + ":" + colName(col + cols - 1) + (row + rows)),
      activate() {
        state.active = sheet.name;
      },
      freezePanes: {
        freezeRows(n) {
          sheet.frozenRows = n;
        },
      },
      delete() {
        state.sheets = state.sheets.filter((s) => s !== sheet);
      },
      load() {},
    };
  }

  const handlers = [];
  const context = {
    sync: async () => {
      state.syncs++;
      if (state.syncs === state.failAt) {
        const error = new Error("RichApi.Error: An internal error has occurred.");
        error.code = "GeneralException";
        throw error;
      }
    },
    runtime: {
      set enableEvents(v) {
        state.eventsEnabled.push(v);
      },
    },
    application: { suspendApiCalculationUntilNextSync() {} },
    workbook: {
      names: {
        getItemOrNullObject(name) {
          const item = state.names.get(name);
          if (!item) return { isNullObject: true, load() {} };
          return {
            isNullObject: false,
            load() {},
            formula: item.formula,
            delete() {
              state.names.delete(name);
            },
          };
        },
        add(name, formula, comment) {
          state.names.set(name, { formula, comment });
        },
      },
      worksheets: {
        get items() {
          return state.sheets.map(worksheetProxy);
        },
        load() {},
        getItem(nameOrId) {
          const s = state.sheets.find((x) => x.name === nameOrId || x.id === nameOrId);
          if (!s) throw new Error("No existe la hoja " + nameOrId);
          return worksheetProxy(s);
        },
        getItemOrNullObject(name) {
          const s = find(name);
          return s ? worksheetProxy(s) : { isNullObject: true, delete() {} };
        },
        add(name) {
          const s = makeSheet(name, []);
          state.sheets.push(s);
          return worksheetProxy(s);
        },
        onChanged: {
          add(handler) {
            handlers.push(handler);
            return {
              context,
              remove() {
                handlers.splice(handlers.indexOf(handler), 1);
              },
            };
          },
        },
      },
    },
  };
  /** Lets the test simulate a planner's edit (null clears the cell). */
  window.__excelEdit = (sheetName, address, value) => {
    const s = find(sheetName);
    if (value === null) s.cells.delete(address);
    else s.cells.set(address, { value, formula: null });
    handlers.forEach((h) => h({ worksheetId: s.id, address, triggerSource: "Local" }));
  };
  /** Makes the n-th request from now fail, as Excel does when a sync is refused midway. */
  window.__excelFailSync = (n) => {
    state.failAt = state.syncs + n;
  };
  /** The workbook's defined names, and a way to seed one the planner made. */
  window.__excelNames = () => Object.fromEntries(state.names);
  window.__excelDefineName = (name, formula) => state.names.set(name, { formula, comment: "" });
  window.__excelProtect = (sheetName, on) => {
    find(sheetName).protected = on;
  };

  window.Excel = {
    run(a, b) {
      const batch = typeof a === "function" ? a : b;
      return Promise.resolve().then(() => batch(context));
    },
  };
  window.Office = {
    HostType: { Excel: "Excel" },
    context: {
      // A test can make the host older (window.__SEMAFORO_API__ = "1.7") or give it a theme.
      requirements: {
        isSetSupported: (set, version) => {
          const minor = (v) => Number(String(v).split(".")[1] || 0);
          return minor(version) <= minor(window.__SEMAFORO_API__ || "1.99");
        },
      },
      officeTheme: window.__SEMAFORO_THEME__,
    },
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      setTimeout(() => callback && callback(info), 0);
      return Promise.resolve(info);
    },
  };
})();
