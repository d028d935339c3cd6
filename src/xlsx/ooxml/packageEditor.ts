import type JSZip from "jszip";
import type { XlsxPackage } from "./xlsxPackage";
import { boundedPartText, MAX_EDITED_PART_BYTES } from "./partText";
import { writeZip } from "./zipWriter";

/**
 * The parts of a package being edited: read once as text on demand, replaced or removed; every
 * part never written keeps its compressed bytes when the package is saved. No part larger than
 * `maxPartBytes` uncompressed is ever inflated: it is refused with a Spanish reason.
 */
export class PackageEditor {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  constructor(
    readonly pkg: XlsxPackage,
    readonly maxPartBytes: number = MAX_EDITED_PART_BYTES
  ) {}

  get zip(): JSZip {
    return this.pkg.zip;
  }

  has(path: string): boolean {
    return this.changed.has(path) || this.zip.file(path) !== null;
  }

  async text(path: string): Promise<string> {
    const text = await this.peek(path);
    this.texts.set(path, text);
    return text;
  }

  /** A part's text without keeping it (for scans over many parts that change none of them). */
  async peek(path: string): Promise<string> {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const file = this.zip.file(path);
    if (!file) throw new Error(`falta la parte ${path} del libro.`);
    return boundedPartText(file, path, this.maxPartBytes);
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
