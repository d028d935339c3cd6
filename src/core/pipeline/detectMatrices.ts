import { rangeA1 } from "../sheet/address";
import { cellAt, cellText, type SheetData } from "../sheet/sheetData";
import { foldText } from "../text/normalize";
import type { KindDef, RoleContext } from "../kinds/kind";
import { essentialColumns } from "../kinds/kindColumns";
import { KINDS, kindOf } from "../kinds/registry";
import { rolesKey } from "../columnMap/roles";
import { headerOfMap, isMapSubtotal, type SavedMatrixMap } from "../columnMap/savedMap";
import {
  countDataNumbers,
  isHeaderRow,
  matchRow,
  readHeader,
  type HeaderInfo,
} from "../detect/headerScan";
import { cutDateOf, headerTexts } from "../detect/cutDate";
import { readLabel } from "../detect/labels";
import type { AlignmentRow, DetectedMatrix, FichaInfo, MatrixRow, Period } from "../detect/matrix";
import { roleOf } from "./rowRole";

/** Consecutive blank rows that end a matrix body. */
const BLANK_RUN_END = 8;

interface Pending {
  labels: FichaInfo["labels"];
  alignment: AlignmentRow[];
  title: string[];
}

const freshPending = (): Pending => ({ labels: {}, alignment: [], title: [] });

/**
 * Finds the planning matrices of one sheet: their kind, header, column map, every body row's role
 * and a confidence. Survives title blocks, two-row and merged headers, headers repeated at page
 * breaks, ficha label blocks, section rows and blank gaps. A sheet with none gives [].
 */
export function detectMatrices(
  sheet: SheetData,
  maps: readonly SavedMatrixMap[] = []
): DetectedMatrix[] {
  // The planner's own column maps for this sheet, by header row: read exactly as saved.
  const saved = new Map(
    maps.filter((m) => m.hoja === sheet.name).map((m) => [m.encabezado.desde - 1, m] as const)
  );
  const found: DetectedMatrix[] = [];
  let current: DetectedMatrix | null = null;
  let open = false;
  let ctx: RoleContext = {};
  let pending = freshPending();
  let blankRun = 0;
  // The map the open matrix was read with, if any (its rows and subtotal lines).
  let openedBy: SavedMatrixMap | undefined;

  const close = () => {
    if (!current) return;
    // Trailing blank and non-data rows (the next block's title lines) leave the body.
    while (current.rows.length > 0) {
      const last = current.rows[current.rows.length - 1] as MatrixRow;
      if (last.role !== "blank" && last.role !== "section" && last.role !== "continuation") break;
      current.rows.pop();
      if (last.role !== "blank") pending.title.unshift(textOfRow(sheet, last.row));
    }
    const lastBody = current.rows[current.rows.length - 1];
    current.lastRow = lastBody ? lastBody.row : current.header.bottom;
    current.confidence = confidenceOf(current);
    found.push(current);
    current = null;
    open = false;
    openedBy = undefined;
  };

  const rows = sheet.rows.length;
  for (let r = 0; r < rows; r++) {
    const map = saved.get(r);
    if (map || isHeaderRow(sheet, r)) {
      const header = map ? headerOfMap(map) : readHeader(sheet, r);
      const found = map ? { kind: kindOf(map.tipo), info: header } : recogniseKind(sheet, header);
      if (!found) {
        const info = header;
        if (isAlignmentHeader(info)) r = readAlignment(sheet, info, pending) - 1;
        continue;
      }
      const { kind: def, info } = found;
      const kind = def.id;
      const cur = current as DetectedMatrix | null;
      const repeated =
        cur !== null &&
        open &&
        cur.kind === kind &&
        (cur.header.signature === info.signature ||
          rolesKey(cur.header.columns) === rolesKey(info.columns)) &&
        Object.keys(pending.labels).length === 0 &&
        pending.alignment.length === 0;
      if (repeated && cur) {
        for (let h = info.top; h <= info.bottom; h++)
          cur.rows.push({ row: h, role: "repeated-header" });
        r = info.bottom;
        blankRun = 0;
        continue;
      }
      close();
      current = openMatrix(sheet, info, kind, pending);
      open = true;
      openedBy = map;
      ctx = {};
      pending = freshPending();
      blankRun = 0;
      r = info.bottom;
      // A map that says where the body starts skips what lies between the header and it.
      const from = map?.filas?.desde;
      if (from !== undefined && from - 2 > r) r = from - 2;
      continue;
    }
    const last = openedBy?.filas?.hasta;
    if (current && open && last !== undefined && r > last - 1) close();
    const label = readLabel(sheet, r);
    if (label) {
      if (current) close();
      pending.labels[label.key] = { value: label.value, row: r };
      continue;
    }
    if (current && open) {
      const role = roleOf(current, sheet, r, ctx);
      const bounded = openedBy?.filas?.hasta !== undefined;
      // After a gap, a row of titles (a pivot table's «Etiquetas de fila | Suma de mto_pim»)
      // starts something else: the matrix ended at its last data row.
      if (!bounded && blankRun > 0 && role.role !== "blank" && startsOther(sheet, r)) {
        close();
        r--;
        continue;
      }
      if (openedBy && isMapSubtotal(openedBy, r, (c) => cellText(cellAt(sheet, r, c)))) {
        role.subtotal = true;
      }
      current.rows.push(role);
      blankRun = role.role === "blank" ? blankRun + 1 : 0;
      if (!bounded && (blankRun >= BLANK_RUN_END || isGrandTotal(current, role))) close();
      continue;
    }
    const text = textOfRow(sheet, r);
    if (text) pending.title.push(text);
    if (pending.title.length > 12) pending.title.shift();
  }
  close();
  return found;
}

/**
 * A text-only row of two or more cells with at least one header word: the titles of another
 * table (one the vocabulary does not fully read), not a section of this one.
 */
function startsOther(sheet: SheetData, row: number): boolean {
  const cells = sheet.rows[row] ?? [];
  if (countDataNumbers(cells) > 0) return false;
  const m = matchRow(sheet, row);
  return m.strings >= 2 && m.matched >= 1;
}

/** «Total» or «Total general» after the data rows: the table's last line. */
function isGrandTotal(m: DetectedMatrix, role: MatrixRow): boolean {
  if (role.role !== "total" || !/^total(es)?( general)?\b/.test(foldText(role.label ?? ""))) {
    return false;
  }
  return m.rows.some((r) => r.role !== "blank" && r.role !== "total" && r.role !== "section");
}

/** The first kind that recognises the header, with the header as that kind reads it. */
function recogniseKind(
  sheet: SheetData,
  header: HeaderInfo
): { kind: KindDef; info: HeaderInfo } | null {
  for (const kind of KINDS) {
    const columns = kind.recognise(sheet, header);
    if (columns) return { kind, info: { ...header, columns } };
  }
  return null;
}

/** The small OEI | AEI | Indicador | Unidad | Meta table of a ficha (EMSAPUNO's POI 2024). */
function isAlignmentHeader(info: HeaderInfo): boolean {
  const s = info.columns.single;
  return s.oei !== undefined && s.aei !== undefined && s.actividad === undefined;
}

function textOfRow(sheet: SheetData, row: number): string {
  return (sheet.rows[row] ?? [])
    .map((v) => cellText(v))
    .filter((t) => t !== "")
    .join(" ")
    .slice(0, 200);
}

function openMatrix(
  sheet: SheetData,
  info: HeaderInfo,
  kind: DetectedMatrix["kind"],
  pending: Pending
): DetectedMatrix {
  const ficha =
    Object.keys(pending.labels).length > 0 || pending.alignment.length > 0
      ? { labels: pending.labels, alignment: pending.alignment }
      : undefined;
  return {
    kind,
    sheet: sheet.name,
    header: info,
    headerA1: rangeA1(info.top, info.left, info.bottom, info.right),
    rows: [],
    lastRow: info.bottom,
    confidence: 0,
    period: periodOf(info, pending.title, kindOf(kind).family === "presupuesto" ? sheet : null),
    ficha,
    title: [...pending.title],
  };
}

/**
 * Semestral when the header or the title names a semester; trimestral likewise; else anual. A
 * budget table (`budget` given) cut in the first half of the year («Devengado al 30 de junio») is
 * semestral too: its avance runs against the year's PIM, as a semester's does against the LE.
 */
function periodOf(info: HeaderInfo, title: string[], budget: SheetData | null): Period {
  if (info.period) return info.period;
  const text = foldText(title.join(" "));
  if (/semestr|\bsem ?[12]\b/.test(text)) return "semestral";
  if (/trimestr/.test(text)) return "trimestral";
  const cut = budget ? cutDateOf([...title, ...headerTexts(budget, info)]) : null;
  return cut && cut.month <= 6 ? "semestral" : "anual";
}

/** Reads the alignment rows under an OEI | AEI | Indicador header; returns the next free row. */
function readAlignment(sheet: SheetData, info: HeaderInfo, pending: Pending): number {
  const s = info.columns.single;
  const metaCol = info.columns.logros[0]?.col ?? s.meta;
  let r = info.bottom + 1;
  let lastOei: string | undefined;
  for (; r < sheet.rows.length; r++) {
    const get = (c: number | undefined) => (c === undefined ? "" : cellText(cellAt(sheet, r, c)));
    const oei = get(s.oei);
    const aei = get(s.aei);
    if (!oei && !aei && !get(s.indicador)) break;
    if (oei) lastOei = oei;
    pending.alignment.push({
      row: r,
      oei: oei || lastOei,
      aei,
      indicador: get(s.indicador),
      unidad: get(s.unidadMedida),
      meta: get(metaCol),
    });
  }
  return r;
}

/** Half the share of the kind's essential columns found, half the share of rows recognised. */
function confidenceOf(m: DetectedMatrix): number {
  const data = m.rows.filter((r) => r.role !== "blank" && r.role !== "repeated-header");
  if (data.length === 0) return 0.3;
  const recognised = data.filter((r) =>
    ["oei", "aei", "indicador", "ao", "programado", "ejecutado", "total"].includes(r.role)
  );
  const cols = essentialColumns(kindOf(m.kind), m.header.columns);
  const columnScore = cols.filter((c) => c !== undefined).length / cols.length;
  const rowScore = recognised.length / data.length;
  return Math.round((0.5 * columnScore + 0.5 * rowScore) * 100) / 100;
}
