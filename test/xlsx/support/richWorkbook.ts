import JSZip from "jszip";

/**
 * A hand-written OOXML workbook holding what planners' workbooks hold and ExcelJS loses: a chart
 * and a text box in a drawing, a pivot table with its cache, a VBA project (xlsm), threaded
 * comments with their persons, legacy comments, an external link, an x14 validation list pointing
 * at another sheet, sparklines, sheet protection with a legacy password, workbook protection,
 * customXml, custom properties, metadata.xml, manual page breaks, a table without
 * tableStyleInfo, hidden defined names with comments, a calcChain, and rows with stored heights.
 * Each part's bytes are known, so a test can demand they come back unchanged.
 */
export interface RichOptions {
  macros?: boolean;
  /** Name of the sheet holding the PEI matrix. */
  sheetName?: string;
  /** Codes of its three rows (indicators by default: an indicator table; AEI codes: an OEI table). */
  codes?: [string, string, string];
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

const STRINGS = [
  "Código",
  "Denominación",
  "Logro Esperado",
  "Valores Obtenidos",
  "IND.01.AEI.01.01",
  "Indicador uno",
  "IND.02.AEI.01.01",
  "Indicador dos",
  "IND.01.AEI.01.02",
  "Indicador tres",
  "Región",
  "Monto",
];

/** The shared strings with the matrix's row codes (strings 4, 6 and 8) replaced. */
const withCodes = (codes: RichOptions["codes"]) =>
  STRINGS.map((t, i) => (codes && i >= 4 && i <= 8 && i % 2 === 0 ? codes[(i - 4) / 2]! : t));

const s = (r: string, i: number, style = "") => `<c r="${r}"${style} t="s"><v>${i}</v></c>`;
const n = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;

function matrixSheet(): string {
  return (
    `${XML}<worksheet ${NS} ${R} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" mc:Ignorable="x14ac xr">` +
    `<sheetPr codeName="Hoja1"><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:D4"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="2" max="2" width="40" customWidth="1"/></cols>` +
    `<sheetData>` +
    `<row r="1" spans="1:5" ht="30" customHeight="1">${s("A1", 0, ' s="1"')}${s("B1", 1, ' s="1"')}${s("C1", 2, ' s="1"')}${s("D1", 3, ' s="1"')}<c r="E1" s="1"/></row>` +
    `<row r="2" spans="1:5" ht="18">${s("A2", 4)}${s("B2", 5)}${n("C2", 50)}${n("D2", 40)}<c r="E2" s="2"/></row>` +
    `<row r="3" spans="1:4">${s("A3", 6)}${s("B3", 7)}${n("C3", 80)}<c r="D3"><f>C3*1</f><v>80</v></c></row>` +
    `<row r="4" spans="1:4">${s("A4", 8)}${s("B4", 9)}${n("C4", 10)}${n("D4", 2)}</row>` +
    `<row r="6" spans="1:4"><c r="A6"><f>[1]Hoja1!$A$1</f><v>7</v></c><c r="B6" cm="1"><f t="array" ref="B6">_xlfn.SORT(C2:C4)</f><v>10</v></c></row>` +
    `</sheetData>` +
    `<sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1" formatCells="0"/>` +
    `<mergeCells count="1"><mergeCell ref="A8:B8"/></mergeCells>` +
    `<conditionalFormatting sqref="C2:C4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>60</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="C2:C4"><formula1>0</formula1><formula2>1000</formula2></dataValidation></dataValidations>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks>` +
    `<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts>` +
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Datos!$A$2:$A$4</xm:f></x14:formula1><xm:sqref>B2:B4</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'Datos'!B2:B4</xm:f><xm:sqref>F2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>` +
    `</worksheet>`
  );
}

/** A second sheet whose own conditional format sits at the address Semáforo uses on the first. */
function dataSheet(): string {
  return (
    `${XML}<worksheet ${NS} ${R}><sheetData>` +
    `<row r="1">${s("A1", 10)}${s("B1", 11)}</row><row r="2">${s("A2", 10)}${n("B2", 5)}</row>` +
    `<row r="3">${n("B3", 6)}</row><row r="4">${n("B4", 7)}</row></sheetData>` +
    `<conditionalFormatting sqref="E2:E4"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(ISNUMBER(E2),E2&lt;30)</formula></cfRule></conditionalFormatting>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

const rels = (items: [string, string, string, string?][]) =>
  `${XML}<Relationships xmlns="${PKG}">${items
    .map(
      ([id, type, target, mode]) =>
        `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : `${REL}/${type}`}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ""}/>`
    )
    .join("")}</Relationships>`;

export async function richWorkbook(options: RichOptions = {}): Promise<Buffer> {
  const name = options.sheetName ?? "Tabla 3";
  const main = options.macros
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const zip = new JSZip();
  const ct = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const oxml = "application/vnd.openxmlformats-officedocument";
  zip.file(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="vml" ContentType="${oxml}.vmlDrawing"/>` +
      ct("/xl/workbook.xml", main) +
      ct("/xl/worksheets/sheet1.xml", `${oxml}.spreadsheetml.worksheet+xml`) +
      ct("/xl/worksheets/sheet2.xml", `${oxml}.spreadsheetml.worksheet+xml`) +
      ct("/xl/styles.xml", `${oxml}.spreadsheetml.styles+xml`) +
      ct("/xl/sharedStrings.xml", `${oxml}.spreadsheetml.sharedStrings+xml`) +
      ct("/xl/calcChain.xml", `${oxml}.spreadsheetml.calcChain+xml`) +
      ct("/xl/drawings/drawing1.xml", `${oxml}.drawing+xml`) +
      ct("/xl/charts/chart1.xml", `${oxml}.drawingml.chart+xml`) +
      ct("/xl/comments1.xml", `${oxml}.spreadsheetml.comments+xml`) +
      ct(
        "/xl/threadedComments/threadedComment1.xml",
        "application/vnd.ms-excel.threadedcomments+xml"
      ) +
      ct("/xl/persons/person.xml", "application/vnd.ms-excel.person+xml") +
      ct("/xl/tables/table1.xml", `${oxml}.spreadsheetml.table+xml`) +
      ct("/xl/pivotTables/pivotTable1.xml", `${oxml}.spreadsheetml.pivotTable+xml`) +
      ct(
        "/xl/pivotCache/pivotCacheDefinition1.xml",
        `${oxml}.spreadsheetml.pivotCacheDefinition+xml`
      ) +
      ct("/xl/pivotCache/pivotCacheRecords1.xml", `${oxml}.spreadsheetml.pivotCacheRecords+xml`) +
      ct("/xl/externalLinks/externalLink1.xml", `${oxml}.spreadsheetml.externalLink+xml`) +
      ct("/xl/metadata.xml", `${oxml}.spreadsheetml.sheetMetadata+xml`) +
      ct("/customXml/itemProps1.xml", `${oxml}.customXmlProperties+xml`) +
      ct("/docProps/custom.xml", `${oxml}.custom-properties+xml`) +
      ct("/docProps/app.xml", `${oxml}.extended-properties+xml`) +
      ct("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
      `</Types>`
  );
  zip.file(
    "_rels/.rels",
    rels([
      ["rId1", "officeDocument", "xl/workbook.xml"],
      [
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
      ],
      ["rId3", "extended-properties", "docProps/app.xml"],
      ["rId4", "custom-properties", "docProps/custom.xml"],
    ])
  );
  zip.file(
    "xl/workbook.xml",
    `${XML}<workbook ${NS} ${R}><fileVersion appName="xl" lastEdited="7"/><workbookPr codeName="EsteLibro" defaultThemeVersion="166925"/>` +
      `<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x0/abc==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>` +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>` +
      `<sheets><sheet name="${esc(name)}" sheetId="1" r:id="rId1"/><sheet name="Datos" sheetId="2" r:id="rId2"/></sheets>` +
      `<externalReferences><externalReference r:id="rId8"/></externalReferences>` +
      `<definedNames><definedName name="Meta" hidden="1" comment="Meta institucional">'${esc(name).replace(/'/g, "''")}'!$C$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">Datos!$A$1:$B$4</definedName></definedNames>` +
      `<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches></workbook>`
  );
  const wbRels: [string, string, string][] = [
    ["rId1", "worksheet", "worksheets/sheet1.xml"],
    ["rId2", "worksheet", "worksheets/sheet2.xml"],
    ["rId3", "styles", "styles.xml"],
    ["rId4", "sharedStrings", "sharedStrings.xml"],
    ["rId5", "calcChain", "calcChain.xml"],
    [
      "rId6",
      "http://schemas.microsoft.com/office/2017/10/relationships/person",
      "persons/person.xml",
    ],
    ["rId7", "sheetMetadata", "metadata.xml"],
    ["rId8", "externalLink", "externalLinks/externalLink1.xml"],
    ["rId9", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"],
    ["rId10", "customXml", "../customXml/item1.xml"],
  ];
  if (options.macros)
    wbRels.push([
      "rId11",
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
      "vbaProject.bin",
    ]);
  zip.file("xl/_rels/workbook.xml.rels", rels(wbRels));
  zip.file("xl/worksheets/sheet1.xml", matrixSheet());
  zip.file("xl/worksheets/sheet2.xml", dataSheet());
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([
      ["rId1", "drawing", "../drawings/drawing1.xml"],
      ["rId2", "vmlDrawing", "../drawings/vmlDrawing1.vml"],
      ["rId3", "table", "../tables/table1.xml"],
      ["rId4", "comments", "../comments1.xml"],
      [
        "rId5",
        "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
        "../threadedComments/threadedComment1.xml",
      ],
      ["rId6", "pivotTable", "../pivotTables/pivotTable1.xml"],
    ])
  );
  zip.file(
    "xl/styles.xml",
    `${XML}<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="1" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
      `<cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Encabezado institucional" xfId="1"/></cellStyles>` +
      `<dxfs count="1"><dxf><font><color rgb="FF006100"/></font></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2"/></styleSheet>`
  );
  zip.file(
    "xl/sharedStrings.xml",
    `${XML}<sst ${NS} count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${withCodes(
      options.codes
    )
      .map((t) => `<si><t>${esc(t)}</t></si>`)
      .join("")}</sst>`
  );
  zip.file("xl/calcChain.xml", `${XML}<calcChain ${NS}><c r="D3" i="1"/><c r="A6"/></calcChain>`);
  zip.file(
    "xl/drawings/drawing1.xml",
    `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Gráfico 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
      `<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>10</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="Cuadro de texto 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Nota del planificador</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    rels([["rId1", "chart", "../charts/chart1.xml"]])
  );
  zip.file(
    "xl/charts/chart1.xml",
    `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${esc(name).replace(/'/g, "''")}'!$C$2:$C$4</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`
  );
  zip.file(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025" type="#_x0000_t202"/></xml>`
  );
  zip.file(
    "xl/comments1.xml",
    `${XML}<comments ${NS}><authors><author>tc={1}</author></authors><commentList><comment ref="C2" authorId="0"><text><t>Revisar meta</t></text></comment></commentList></comments>`
  );
  zip.file(
    "xl/threadedComments/threadedComment1.xml",
    `${XML}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="C2" dT="2026-03-01T10:00:00.00" personId="{1}" id="{1}"><text>Revisar meta</text></threadedComment></ThreadedComments>`
  );
  zip.file(
    "xl/persons/person.xml",
    `${XML}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Planificadora" id="{1}" userId="p@x.pe" providerId="None"/></personList>`
  );
  zip.file(
    "xl/tables/table1.xml",
    `${XML}<table ${NS} id="1" name="Tabla1" displayName="Tabla1" ref="A1:D4"><autoFilter ref="A1:D4"/><tableColumns count="4"><tableColumn id="1" name="Código"/><tableColumn id="2" name="Denominación"/><tableColumn id="3" name="Logro Esperado"/><tableColumn id="4" name="Valores Obtenidos"/></tableColumns></table>`
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `${XML}<pivotTableDefinition ${NS} name="TablaDinámica1" cacheId="1" dataCaption="Valores"><location ref="H20:I22" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`
  );
  zip.file(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]])
  );
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${XML}<pivotCacheDefinition ${NS} ${R} r:id="rId1" refreshOnLoad="1"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Datos"/></cacheSource></pivotCacheDefinition>`
  );
  zip.file(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    rels([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]])
  );
  zip.file("xl/pivotCache/pivotCacheRecords1.xml", `${XML}<pivotCacheRecords ${NS} count="0"/>`);
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    `${XML}<externalLink ${NS} ${R}><externalBook r:id="rId1"><sheetNames><sheetName val="Hoja1"/></sheetNames></externalBook></externalLink>`
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    rels([["rId1", "externalLinkPath", "file:///C:/POI/metas-2025.xlsx", "External"]])
  );
  zip.file(
    "xl/metadata.xml",
    `${XML}<metadata ${NS} xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000"/></metadataTypes><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`
  );
  zip.file(
    "customXml/item1.xml",
    `<?xml version="1.0"?><ct:contentTypeSchema xmlns:ct="http://schemas.microsoft.com/office/2006/metadata/contentType"/>`
  );
  zip.file(
    "customXml/itemProps1.xml",
    `${XML}<ds:datastoreItem ds:itemID="{A1}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`
  );
  zip.file("customXml/_rels/item1.xml.rels", rels([["rId1", "customXmlProps", "itemProps1.xml"]]));
  zip.file(
    "docProps/custom.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Entidad"><vt:lpwstr>Municipalidad de Lares</vt:lpwstr></property></Properties>`
  );
  zip.file(
    "docProps/app.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`
  );
  zip.file(
    "docProps/core.xml",
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>OPP</dc:creator></cp:coreProperties>`
  );
  if (options.macros)
    zip.file(
      "xl/vbaProject.bin",
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))
    );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
