import type JSZip from "jszip";
import type { XlsxPackage } from "./xlsxPackage";
import { boundedPartText, MAX_EDITED_PART_BYTES, MAX_STREAMED_PART_BYTES } from "./partText";
import { SheetDraft } from "./sheetDraft";
import { writeZip, type PreparedEntry } from "./zipWriter";

/**
 * The parts of a package being edited: read once as text on demand, replaced or removed; every
 * part never written keeps its compressed bytes when the package is saved. No text longer than
 * `maxPartBytes` is ever held: a larger part is refused with a Spanish reason. Worksheets are
 * edited as drafts (`sheet`) that stream their rows, so they may inflate up to `maxStreamBytes`.
 */
export class PackageEditor {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  private readonly drafts = new Map<string, SheetDraft>();

  constructor(
    readonly pkg: XlsxPackage,
    readonly maxPartBytes: number = MAX_EDITED_PART_BYTES,
    readonly maxStreamBytes: number = MAX_STREAMED_PART_BYTES
  ) {}

  /** A worksheet to edit without holding it whole (the same draft on every call). */
  async sheet(path: string): Promise<SheetDraft> {
    const known = this.drafts.get(path);
    if (known) return known;
    const file = this.zip.file(path);
    if (!file || this.texts.has(path)) throw new Error(`falta la parte ${path} del libro.`);
    const draft = await SheetDraft.open(file, path, {
      maxPartBytes: this.maxStreamBytes,
      maxHeld: this.maxPartBytes,
    });
    this.drafts.set(path, draft);
    return draft;
  }

  /**
   * A part's text for finding markup outside cells: a worksheet's outline (every element but its
   * rows), any other part whole.
   */
  async outlineOrText(path: string): Promise<string> {
    if (this.pkg.sheets.some((s) => s.path === path) && !this.texts.has(path))
      return (await this.sheet(path)).skeleton;
    return this.peek(path);
  }

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
    if (this.drafts.has(path)) throw new Error(`la parte ${path} se edita en streaming.`);
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
    this.drafts.delete(path);
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
    const prepared = new Map<string, PreparedEntry>();
    for (const [path, draft] of this.drafts) {
      const entry = await draft.entry();
      if (entry) prepared.set(path, entry);
    }
    return writeZip(this.zip, changed, prepared);
  }
}
