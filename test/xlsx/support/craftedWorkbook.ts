import JSZip from "jszip";
import { minimalXlsx, PEI_ROWS } from "../../check/support/hostileFiles";

export { PEI_ROWS };

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A crafted one-sheet workbook apply can write into: the given sheet XML, plus a minimal
 * styles part (apply adds its colour styles there). `edit` may change any part before saving.
 */
export async function craftedWorkbook(
  sheetXml: string,
  edit?: (zip: JSZip) => void | Promise<void>
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await minimalXlsx(sheetXml));
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0"?><styleSheet ${NS}><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`
  );
  const rels = "xl/_rels/workbook.xml.rels";
  const text = await zip.file(rels)!.async("string");
  zip.file(
    rels,
    text.replace(
      "</Relationships>",
      `<Relationship Id="rId9" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
    )
  );
  await edit?.(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** `count` PEI indicator rows from row `from` on (1-based), as inline strings and numbers. */
export function indicatorRows(from: number, count: number): string {
  const out: string[] = [];
  for (let r = from; r < from + count; r++) {
    const code = `IND.0${1 + (r % 9)}.AEI.03.01`;
    out.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${code}</t></is></c><c r="C${r}"><v>50</v></c><c r="D${r}"><v>${r % 60}</v></c></row>`
    );
  }
  return out.join("");
}
