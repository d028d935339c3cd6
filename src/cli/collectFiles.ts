import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".csv", ".htm", ".html"]);

/** Expands folders (recursively) into the workbook files they contain, in a stable order. */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      files.push(p); // reported as unreadable by openWorkbook, with its reason
      continue;
    }
    if (!info.isDirectory()) {
      files.push(p);
      continue;
    }
    const entries = (await readdir(p, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name)
    );
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
      const full = join(p, e.name);
      if (e.isDirectory()) files.push(...(await collectFiles([full])));
      else if (WORKBOOK_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(full);
    }
  }
  return files;
}
