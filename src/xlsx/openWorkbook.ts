import { basename, extname } from "node:path";
import type { SheetData } from "../core/sheet/sheetData";
import { readCsvFile } from "./readCsv";
import { NotAWorkbookError } from "./ooxml/xlsxPackage";
import { ReadLimitError, type ReadLimits } from "./ooxml/readGuard";
import { DEFAULT_LIMITS } from "./ooxml/readGuard";
import { readXlsxPackage } from "./ooxml/readWorkbookXml";
import { NotRegularFileError, readRegularFile } from "./regularFile";
import { utf16Text } from "./utf16Text";

/** A file that cannot be read as a workbook; the message says why, in Spanish. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    reason: string
  ) {
    super(`${file}: ${reason}`);
    this.name = "WorkbookReadError";
  }
}

export interface OpenedWorkbook {
  file: string;
  format: "xlsx" | "html" | "csv";
  sheets: SheetData[];
  /** Set when the content did not match the extension (e.g. an HTML table saved as .xls). */
  notice?: string;
  /** What was cut to keep reading bounded (texts longer than Excel allows in a cell). */
  warnings?: string[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Buffer, sig: number[]) => sig.every((v, i) => b[i] === v);

/**
 * Opens .xlsx, the Aplicativo's HTML-as-.xls export and .csv, by content rather than by extension.
 * Empty, truncated, password-protected, legacy binary and non-workbook files get a Spanish reason.
 */
export async function openWorkbook(
  path: string,
  limits: ReadLimits = DEFAULT_LIMITS
): Promise<OpenedWorkbook> {
  const file = path;
  const started = Date.now();
  let buffer: Buffer;
  try {
    buffer = await readRegularFile(path);
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new WorkbookReadError(file, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "el archivo no existe."
        : code === "EISDIR"
          ? "es una carpeta, no un archivo."
          : code === "EACCES"
            ? "no hay permiso para leerlo."
            : `no se pudo leer (${code ?? "error desconocido"}).`;
    throw new WorkbookReadError(file, reason);
  }
  if (buffer.length === 0) throw new WorkbookReadError(file, "el archivo está vacío (0 bytes).");
  const ext = extname(path).toLowerCase();
  const name = basename(path, extname(path)).slice(0, 31) || "Hoja1";

  if (startsWith(buffer, ZIP)) {
    try {
      // Streamed part by part (no object model): memory follows the largest sheet's data, and a
      // hostile file stops at the read bounds instead of taking the process down.
      // The time budget covers the whole file, its opening and reading included.
      const spent = Date.now() - started;
      const read = await readXlsxPackage(buffer, {
        ...limits,
        maxMillis: Math.max(1, limits.maxMillis - spent),
      });
      const warnings = read.warnings.length > 0 ? read.warnings : undefined;
      return {
        file,
        format: "xlsx",
        sheets: read.sheets,
        notice: noticeFor(ext, ".xlsx"),
        warnings,
      };
    } catch (error) {
      if (error instanceof NotAWorkbookError || error instanceof ReadLimitError)
        throw new WorkbookReadError(file, error.message);
      throw new WorkbookReadError(
        file,
        `no es un libro de Excel válido o está dañado o incompleto (${shortReason(error)}).`
      );
    }
  }
  if (startsWith(buffer, OLE)) {
    const encrypted = buffer.includes(Buffer.from("EncryptionInfo", "utf16le"));
    throw new WorkbookReadError(
      file,
      encrypted
        ? "el libro está protegido con contraseña. Quite la contraseña en Excel (Archivo › Información › Proteger libro) y vuelva a intentarlo."
        : "es un libro de Excel 97-2003 (.xls binario). Ábralo en Excel y guárdelo como .xlsx."
    );
  }
  const wide = utf16Text(buffer);
  if (wide === null && looksBinary(buffer)) {
    throw new WorkbookReadError(file, "no es un libro de Excel, una tabla HTML ni un CSV.");
  }
  const text = wide ?? decodeText(buffer);
  const head = text.slice(0, 4096).toLowerCase();
  if (head.includes("<table") || head.includes("<html")) {
    // The HTML parser is loaded only for HTML files, so opening an .xlsx does not pay for it.
    const { readHtmlTables } = await import("./readHtmlTable");
    const sheets = readHtmlTables(text, name);
    if (sheets.length === 0)
      throw new WorkbookReadError(file, "la página HTML no contiene tablas.");
    return { file, format: "html", sheets, notice: noticeFor(ext, ".html") };
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    throw new WorkbookReadError(
      file,
      "tiene extensión .xlsx pero su contenido es texto, no un libro de Excel."
    );
  }
  const csv = readCsvFile(text, name);
  const notice = [noticeFor(ext, ".csv"), csv.notice].filter(Boolean).join(" ") || undefined;
  return { file, format: "csv", sheets: [csv.sheet], notice };
}

function noticeFor(ext: string, actual: string): string | undefined {
  const same: Record<string, string[]> = {
    ".xlsx": [".xlsx", ".xlsm"],
    ".html": [".xls", ".html", ".htm"],
    ".csv": [".csv", ".txt"],
  };
  if ((same[actual] ?? []).includes(ext)) return undefined;
  const what =
    actual === ".xlsx" ? "un libro .xlsx" : actual === ".html" ? "una tabla HTML" : "un CSV";
  return `la extensión es «${ext || "(ninguna)"}» pero el contenido es ${what}; se leyó como tal.`;
}

function looksBinary(buffer: Buffer): boolean {
  // Text files (CSV, HTML) have almost no control characters other than tab and line breaks.
  const sample = buffer.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if ((b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127) control++;
  return control > sample.length * 0.02;
}

function decodeText(buffer: Buffer): string {
  const utf8 = buffer.toString("utf8");
  // Old exports are often Windows-1252 / Latin-1: invalid UTF-8 shows as U+FFFD.
  return utf8.includes("\ufffd") ? buffer.toString("latin1") : utf8;
}

function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.slice(0, 120) ?? "error";
}
