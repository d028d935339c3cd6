import type { Articulation } from "../core/articulation/articulation";
import { peiCatalogOf } from "../core/articulation/articulation";
import type { CheckOptions } from "../core/check/checkSheets";
import { detectMatrices } from "../core/pipeline/detectMatrices";
import { openWorkbook, WorkbookReadError } from "../xlsx/openWorkbook";
import type { CliIo } from "./io";
import { terminalSafe } from "./terminalText";

/**
 * Reads the PEI of `check --pei`: its OEI and AEI, to check each POI against. Null (after a
 * Spanish message) when it cannot be read or holds no PEI matrix.
 */
export async function readPeiOption(
  file: string,
  options: CheckOptions,
  io: CliIo
): Promise<Articulation | null> {
  try {
    const wb = await openWorkbook(file);
    const pei = peiCatalogOf(
      wb.sheets.map((sheet) => ({ sheet, matrices: detectMatrices(sheet, options.maps) }))
    );
    if (!pei) {
      io.err(
        terminalSafe(
          `--pei ${file}: no se encontró ninguna matriz del PEI (OEI, AEI, indicadores).`
        )
      );
      return null;
    }
    return { pei };
  } catch (error) {
    if (error instanceof WorkbookReadError) {
      io.err(terminalSafe(`--pei: no se pudo leer ${error.message}`));
      return null;
    }
    throw error;
  }
}
