import type { SheetData } from "../../core/sheet/sheetData";
import { readDateStyles, readSharedStrings } from "./readParts";
import { groupDigits, ReadGuard, type ReadLimits } from "./readGuard";
import { readSheet } from "./readSheet";
import { loadPackage, partOf, relationships, type XlsxPackage } from "./xlsxPackage";

export interface XlsxRead {
  pkg: XlsxPackage;
  sheets: SheetData[];
  /** Spanish notes about what was cut to stay within bounds. */
  warnings: string[];
}

/**
 * Reads every worksheet of an .xlsx/.xlsm without building an object model: the zip's central
 * directory, then shared strings, the date styles and each sheet streamed through the XML parser.
 */
export async function readXlsxPackage(
  buffer: Buffer | Uint8Array,
  limits?: ReadLimits
): Promise<XlsxRead> {
  const guard = new ReadGuard(limits);
  const pkg = await loadPackage(buffer);
  const rels = relationships(
    (await partOf(pkg.zip, pkg.workbookRelsPath)) ?? "",
    pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf("/") + 1)
  );
  const fileOf = (suffix: string) => {
    const rel = rels.find((r) => r.type.endsWith(suffix));
    return rel ? pkg.zip.file(rel.target) : null;
  };
  const sharedStrings = await readSharedStrings(fileOf("/sharedStrings"), guard);
  const dateStyles = await readDateStyles(fileOf("/styles"));
  const sheets: SheetData[] = [];
  for (const entry of pkg.sheets) {
    const file = pkg.zip.file(entry.path);
    if (!file) {
      sheets.push({ name: entry.name, rows: [], merges: [], formulas: new Map() });
      continue;
    }
    sheets.push(
      await readSheet(file, {
        name: entry.name,
        sharedStrings,
        dateStyles,
        date1904: pkg.date1904,
        guard,
      })
    );
  }
  const warnings = [...new Set(guard.cutTexts)].map(
    (where) =>
      `un texto de la ${where} supera ${groupDigits(guard.limits.maxCellText)} caracteres (el límite de Excel por celda); se leyó recortado.`
  );
  return { pkg, sheets, warnings };
}
