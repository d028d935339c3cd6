import type JSZip from "jszip";
import type { XlsxPackage } from "./xlsxPackage";
import { original, writeZip } from "./zipWriter";
import { inflateRawSync } from "node:zlib";

/**
 * The parts of a package being edited: read once as text on demand, replaced or removed; every
 * part never written keeps its compressed bytes when the package is saved.
 */
export class PackageEditor {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  constructor(readonly pkg: XlsxPackage) {}

  get zip(): JSZip {
    return this.pkg.zip;
  }

  has(path: string): boolean {
    return this.changed.has(path) || this.zip.file(path) !== null;
  }

  async text(path: string): Promise<string> {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const file = this.zip.file(path);
    if (!file) throw new Error(`falta la parte ${path} del libro.`);
    const loaded = original(file);
    const text = loaded
      ? (loaded.compression.magic === "\x08\x00"
          ? inflateRawSync(loaded.compressedContent)
          : Buffer.from(loaded.compressedContent)
        ).toString("utf8")
      : await file.async("string");
    this.texts.set(path, text);
    return text;
  }

  set(path: string, text: string): void {
    this.texts.set(path, text);
    this.changed.add(path);
  }

  remove(path: string): void {
    this.texts.delete(path);
    this.changed.delete(path);
    this.zip.remove(path);
  }

  /** Paths of every file in the package. */
  paths(): string[] {
    const inZip = Object.keys(this.zip.files).filter((p) => !this.zip.files[p]?.dir);
    return [...new Set([...inZip, ...this.changed])];
  }

  /** The package as bytes: changed parts compressed anew, the others copied as they were. */
  async save(): Promise<Buffer> {
    const changed = new Map<string, string>();
    for (const path of this.changed) changed.set(path, this.texts.get(path) as string);
    return writeZip(this.zip, changed);
  }
}
