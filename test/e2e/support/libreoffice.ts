import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

// A throwaway LibreOffice profile that recalculates every formula when an .xlsx is loaded
// (OOXMLRecalcMode 0 = always), so results come from LibreOffice, never from cached values.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function libreOfficeBinary(): string {
  for (const bin of ["soffice", "libreoffice"]) {
    try {
      execFileSync("which", [bin], { stdio: "ignore" });
      return bin;
    } catch {
      // try the next name
    }
  }
  throw new Error("LibreOffice no está instalado (apt-get install libreoffice-calc).");
}

function freshProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), "semaforo-lo-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return profile;
}

/** Opens `input` in headless LibreOffice, recalculates and saves it as `format` in a new folder. */
export function convertWithLibreOffice(input: string, format: "xlsx" | "pdf"): string {
  const outDir = mkdtempSync(join(tmpdir(), "semaforo-lo-out-"));
  const filter = format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf:calc_pdf_Export";
  execFileSync(
    libreOfficeBinary(),
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${freshProfile()}`,
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      input,
    ],
    { stdio: "pipe", timeout: 240_000 }
  );
  return join(outDir, basename(input).replace(/\.[^.]+$/, `.${format}`));
}
