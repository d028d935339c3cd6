import type { PlannedCell, SummaryChart } from "../../core/plan/writePlan";
import { chartXml, drawingXml } from "./chartXml";
import type { PackageEditor } from "./packageEditor";
import { dirOf, relationships, relsPathOf } from "./xlsxPackage";
import { rootCloseIndex } from "./xmlText";

const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** A part path relative to the folder `from` («xl/worksheets/» → «../drawings/drawing1.xml»). */
function relativeTo(from: string, path: string): string {
  const a = from.split("/").filter(Boolean);
  const b = path.split("/");
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

function relsXml(targets: { type: string; target: string }[]): string {
  const rels = targets
    .map(
      (t, i) => `<Relationship Id="rId${i + 1}" Type="${REL_BASE}/${t.type}" Target="${t.target}"/>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${rels}</Relationships>`;
}

/** The first free `${dir}${stem}N.xml`. */
function freePath(editor: PackageEditor, dir: string, stem: string, taken: Set<string>): string {
  let n = 1;
  while (editor.has(`${dir}${stem}${n}.xml`) || taken.has(`${dir}${stem}${n}.xml`)) n++;
  const path = `${dir}${stem}${n}.xml`;
  taken.add(path);
  return path;
}

/**
 * Adds the summary's charts to the new sheet at `sheetPath` (which has no relationships yet): a
 * chart part per table, one drawing holding them, their relationships and content types. File
 * names are the first free ones, so removing and adding again gives the same bytes. Returns the
 * `<drawing>` element for the sheet and the new content types, or null without charts.
 */
export function addSummaryCharts(
  editor: PackageEditor,
  sheetPath: string,
  charts: readonly SummaryChart[],
  cells: readonly PlannedCell[],
  types: string
): { drawing: string; types: string } | null {
  if (charts.length === 0) return null;
  const xl = dirOf(editor.pkg.workbookPath);
  const taken = new Set<string>();
  const cached = new Map(cells.map((c) => [c.address, c.value]));
  const drawingPath = freePath(editor, `${xl}drawings/`, "drawing", taken);
  const chartPaths = charts.map(() => freePath(editor, `${xl}charts/`, "chart", taken));
  charts.forEach((c, i) => editor.set(chartPaths[i] as string, chartXml(c, cached)));
  editor.set(drawingPath, drawingXml(charts));
  editor.set(
    relsPathOf(drawingPath),
    relsXml(chartPaths.map((p) => ({ type: "chart", target: relativeTo(dirOf(drawingPath), p) })))
  );
  editor.set(
    relsPathOf(sheetPath),
    relsXml([{ type: "drawing", target: relativeTo(dirOf(sheetPath), drawingPath) }])
  );
  const overrides = [
    `<Override PartName="/${drawingPath}" ContentType="${DRAWING_TYPE}"/>`,
    ...chartPaths.map((p) => `<Override PartName="/${p}" ContentType="${CHART_TYPE}"/>`),
  ].join("");
  const close = rootCloseIndex(types);
  return {
    drawing: `<drawing r:id="rId1"/>`,
    types: types.slice(0, close) + overrides + types.slice(close),
  };
}

/**
 * Before a sheet Semáforo wrote is removed: takes out its drawing and the charts in it (with their
 * relationships and content types). Returns the content types without them.
 */
export async function removeSheetCharts(
  editor: PackageEditor,
  sheetPath: string,
  types: string
): Promise<string> {
  const sheetRels = relsPathOf(sheetPath);
  if (!editor.has(sheetRels)) return types;
  const gone: string[] = [];
  const rels = relationships(await editor.text(sheetRels), dirOf(sheetPath));
  for (const d of rels.filter((r) => r.type === `${REL_BASE}/drawing`)) {
    if (!editor.has(d.target)) continue;
    const drawingRels = relsPathOf(d.target);
    if (editor.has(drawingRels)) {
      const inner = relationships(await editor.text(drawingRels), dirOf(d.target));
      for (const c of inner.filter((r) => r.type === `${REL_BASE}/chart`)) {
        if (!editor.has(c.target)) continue;
        editor.remove(c.target);
        if (editor.has(relsPathOf(c.target))) editor.remove(relsPathOf(c.target));
        gone.push(c.target);
      }
      editor.remove(drawingRels);
    }
    editor.remove(d.target);
    gone.push(d.target);
  }
  return gone.reduce(
    (t, path) =>
      t.replace(
        new RegExp(
          `<(?:[\\w.-]+:)?Override\\s[^>]*PartName="/${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`
        ),
        ""
      ),
    types
  );
}
