import type { PlannedCell, SummaryChart } from "../../core/plan/writePlan";
import { SUMMARY_SHEET } from "../../core/plan/writePlan";
import { a1, parseRangeA1, quoteSheet } from "../../core/sheet/address";
import { escapeXml } from "./xmlText";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** The cached values of the summary's cells, by address. */
export type CachedValues = ReadonlyMap<string, PlannedCell["value"]>;

/** «B6:B15» on the summary sheet as an absolute reference, and the addresses it covers. */
function reference(range: string): { f: string; cells: string[] } {
  const r = parseRangeA1(range);
  if (!r) throw new Error(`rango de gráfico no válido: ${range}`);
  const cells: string[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) cells.push(a1(row, col));
  const abs = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const [head, tail] = [cells[0] as string, cells[cells.length - 1] as string];
  const body = head === tail ? abs(head) : `${abs(head)}:${abs(tail)}`;
  return { f: `${quoteSheet(SUMMARY_SHEET)}!${body}`, cells };
}

const points = (values: readonly string[]) =>
  `<c:ptCount val="${values.length}"/>` +
  values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");

/** A text reference with its cached labels, so viewers show it without recalculating. */
function strRef(range: string, cached: CachedValues): string {
  const { f, cells } = reference(range);
  const values = cells.map((c) => String(cached.get(c) ?? ""));
  return `<c:strRef><c:f>${escapeXml(f)}</c:f><c:strCache>${points(values)}</c:strCache></c:strRef>`;
}

function numRef(range: string, cached: CachedValues): string {
  const { f, cells } = reference(range);
  const values = cells.map((c) => {
    const v = cached.get(c);
    return String(typeof v === "number" ? v : 0);
  });
  return (
    `<c:numRef><c:f>${escapeXml(f)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `${points(values)}</c:numCache></c:numRef>`
  );
}

const fill = (hex: string) =>
  `<a:solidFill><a:srgbClr val="${hex.replace(/^#/, "")}"/></a:solidFill>`;

const richText = (text: string, size: number, bold: boolean) =>
  `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
  `<a:r><a:rPr lang="es-PE" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;

/**
 * A stacked bar chart (c:chartSpace) of one summary table: a bar per category (OEI or unidad
 * orgánica, first at the top), one series per level in the semáforo's fill, referencing the
 * summary's cells with their cached values.
 */
export function chartXml(chart: SummaryChart, cached: CachedValues): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.header, cached)}</c:tx>` +
        `<c:spPr>${fill(s.fill)}<a:ln w="6350">${fill("#7F7F7F")}</a:ln></c:spPr>` +
        `<c:invertIfNegative val="0"/><c:cat>${strRef(chart.categories, cached)}</c:cat>` +
        `<c:val>${numRef(s.values, cached)}</c:val></c:ser>`
    )
    .join("");
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx>${richText(chart.title, 1100, true)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>` +
    // Categories top to bottom as in the table; the value axis then crosses at the last one.
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="maxMin"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500001"/><c:crosses val="max"/><c:crossBetween val="between"/>${unitStep(chart, cached)}</c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** A gridline per unit while the longest bar is short (no ½ steps for counts); else automatic. */
function unitStep(chart: SummaryChart, cached: CachedValues): string {
  const columns = chart.series.map((s) => reference(s.values).cells);
  const longest = Math.max(
    0,
    ...(columns[0] ?? []).map((_, k) =>
      columns.reduce((sum, cells) => sum + Number(cached.get(cells[k] as string) ?? 0), 0)
    )
  );
  return longest <= 12 ? `<c:majorUnit val="1"/>` : "";
}

/** The drawing part holding the charts: one two-cell anchor each, chart i under relationship rId(i+1). */
export function drawingXml(charts: readonly SummaryChart[]): string {
  const anchors = charts
    .map((c, i) => {
      const at = (tag: string, p: { row: number; col: number }) =>
        `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
        `<xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor>${at("from", c.from)}${at("to", c.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Semáforo ${i + 1}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="rId${i + 1}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors}</xdr:wsDr>`;
}
