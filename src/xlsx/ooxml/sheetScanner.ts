import { groupDigits, ReadLimitError } from "./readGuard";

/** A piece of a sheet (a row, a tag, the text around the rows) is longer than Semáforo holds. */
export function pieceTooLarge(path: string, limit: number): ReadLimitError {
  return new ReadLimitError(
    `su parte «${path}» tiene una fila o un tramo de XML de más de ${groupDigits(Math.round(limit / 2 ** 20))} MB, más de lo que Semáforo edita de una vez (¿archivo comprimido malicioso o libro mal formado?); divídalo en libros más pequeños.`
  );
}

/**
 * What a worksheet part is made of, handed out in document order as the text arrives in
 * chunks: the text before `<sheetData>`, its start tag, the body (whole `<row>` elements and the
 * text between them), its end tag and the text after it. Comments, CDATA sections and processing
 * instructions are opaque: a `<row>` or `</sheetData>` inside them is text.
 */
export interface SheetSink {
  head(text: string): void;
  open(tag: string, selfClosing: boolean): void;
  /** A whole row element; `row` is 0-based (its r attribute, or the one after the last). */
  row(xml: string, row: number): void;
  between(text: string): void;
  close(tag: string): void;
  tail(text: string): void;
}

const OPAQUE: readonly (readonly [string, string])[] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
];
/** Longest opening that tells what a `<` starts (`</x:sheetData>` with a short prefix). */
const LOOKAHEAD = 24;
const DATA_OPEN = /<(?:[A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])/y;
const DATA_CLOSE = /<\/(?:[A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])/y;
const ROW_OPEN = /<(?:[\w.-]+:)?row(?=[\s/>])/y;
const ROW_NUMBER = /\sr="(\d+)"/;
/** Where a piece or opaque markup may start, in the head, the body, and a body read for its end. */
const HEAD_MARKS = /<(?:!|\?|(?:[A-Za-z_][\w.-]*:)?sheetData[\s/>])/g;
const BODY_MARKS = /<(?:!|\?|\/(?:[A-Za-z_][\w.-]*:)?sheetData[\s/>]|(?:[\w.-]+:)?row[\s/>])/g;
const END_MARKS = /<(?:!|\?|\/(?:[A-Za-z_][\w.-]*:)?sheetData[\s/>])/g;

/**
 * Splits a worksheet part into its pieces without holding more than one row (or one unfinished
 * piece of markup) at a time. `rows` false leaves rows inside the body text (a faster pass that
 * only needs the head and the tail). Anything held past `maxHeld` characters is refused.
 */
export class SheetScanner {
  private buf = "";
  private state: "head" | "body" | "tail" = "head";
  private row = -1;
  private prefix = "";
  /** Where the search for the pending row's end resumes (relative to the row's start). */
  private rowScan = 0;
  private rowMarks: RegExp | undefined;
  /** The longest text held at once (for tests of the memory bound). */
  held = 0;

  constructor(
    private readonly sink: SheetSink,
    private readonly path: string,
    private readonly maxHeld: number,
    private readonly rows = true
  ) {}

  write(text: string): void {
    this.buf = this.buf.length === 0 ? text : this.buf + text;
    this.held = Math.max(this.held, this.buf.length);
    this.drain(false);
    if (this.buf.length > this.maxHeld) throw pieceTooLarge(this.path, this.maxHeld);
  }

  end(): void {
    this.drain(true);
    if (this.buf.length > 0) this.emitText(this.buf);
    this.buf = "";
  }

  private emitText(text: string) {
    if (text.length === 0) return;
    if (this.state === "head") this.sink.head(text);
    else if (this.state === "body") this.sink.between(text);
    else this.sink.tail(text);
  }

  /** Hands out every complete piece of `buf`; keeps an unfinished one for the next chunk. */
  private drain(final: boolean): void {
    const buf = this.buf;
    let done = 0; // buf[0, done) has been handed out
    let pos = 0;
    const edge = final ? -1 : buf.lastIndexOf("<");
    while (this.state !== "tail") {
      // Jump to the next `<` that may start a piece or opaque markup (not every cell's tag).
      const marks = this.state === "head" ? HEAD_MARKS : this.rows ? BODY_MARKS : END_MARKS;
      marks.lastIndex = pos;
      const lt = marks.exec(buf)?.index ?? -1;
      // A mark may begin in the last few characters and end in the next chunk: keep it.
      if (edge >= Math.max(pos, buf.length - LOOKAHEAD) && (lt < 0 || lt >= edge)) {
        this.emitText(buf.slice(done, edge));
        this.buf = buf.slice(edge);
        return;
      }
      if (lt < 0) break;
      const opaque = OPAQUE.find(([open]) => buf.startsWith(open, lt));
      if (opaque) {
        const end = buf.indexOf(opaque[1], lt + opaque[0].length);
        if (end < 0) {
          if (final) break;
          this.emitText(buf.slice(done, lt));
          this.buf = buf.slice(lt);
          return;
        }
        pos = end + opaque[1].length;
        continue;
      }
      const piece = this.piece(buf, lt, final);
      if (piece === "more") {
        this.emitText(buf.slice(done, lt));
        this.buf = buf.slice(lt);
        return;
      }
      if (piece === null) {
        pos = lt + 1;
        continue;
      }
      this.emitText(buf.slice(done, lt));
      piece.hand();
      done = pos = piece.end;
    }
    if (this.state === "tail") {
      this.emitText(buf.slice(done));
      this.buf = "";
      return;
    }
    this.emitText(buf.slice(done));
    this.buf = "";
  }

  /** The piece starting at `lt` (sheetData's tags, a row), "more" if unfinished, else null. */
  private piece(
    buf: string,
    lt: number,
    final: boolean
  ): { end: number; hand: () => void } | "more" | null {
    if (this.state === "head") {
      DATA_OPEN.lastIndex = lt;
      if (!DATA_OPEN.test(buf)) return null;
      const gt = buf.indexOf(">", lt);
      if (gt < 0) return final ? null : "more";
      const tag = buf.slice(lt, gt + 1);
      const selfClosing = tag.endsWith("/>");
      return {
        end: gt + 1,
        hand: () => {
          this.prefix = /^<([\w.-]+:)?/.exec(tag)?.[1] ?? "";
          this.sink.open(tag, selfClosing);
          this.state = selfClosing ? "tail" : "body";
        },
      };
    }
    DATA_CLOSE.lastIndex = lt;
    if (DATA_CLOSE.test(buf)) {
      const gt = buf.indexOf(">", lt);
      if (gt < 0) return final ? null : "more";
      return {
        end: gt + 1,
        hand: () => {
          this.sink.close(buf.slice(lt, gt + 1));
          this.state = "tail";
        },
      };
    }
    if (!this.rows) return null;
    ROW_OPEN.lastIndex = lt;
    if (!ROW_OPEN.test(buf)) return null;
    const gt = buf.indexOf(">", lt);
    if (gt < 0) return final ? null : "more";
    const tag = buf.slice(lt, gt + 1);
    let end = gt + 1;
    if (!tag.endsWith("/>")) {
      const close = this.rowEnd(buf, Math.max(end, lt + this.rowScan), final);
      if (typeof close !== "number") {
        if (!final) {
          this.rowScan = close.resume - lt;
          return "more";
        }
      } else end = close;
      this.rowScan = 0;
    }
    return {
      end,
      hand: () => {
        const r = Number(ROW_NUMBER.exec(tag)?.[1]);
        this.row = Number.isInteger(r) && r > 0 ? r - 1 : this.row + 1;
        this.sink.row(buf.slice(lt, end), this.row);
      },
    };
  }

  /** Index after the `</row>` closing the row, outside opaque markup; or where to resume. */
  private rowEnd(buf: string, from: number, final: boolean): number | { resume: number } {
    const closeTag = `</${this.prefix}row>`;
    const marks = (this.rowMarks ??= new RegExp(
      `<(?:!|\\?|/${this.prefix.replace(/\./g, "\\.")}row>)`,
      "g"
    ));
    const edge = final ? -1 : buf.lastIndexOf("<");
    const near = edge >= Math.max(from, buf.length - closeTag.length - 9) ? edge : buf.length;
    let pos = from;
    for (;;) {
      marks.lastIndex = pos;
      const lt = marks.exec(buf)?.index ?? -1;
      if (lt < 0 || lt >= near) return { resume: near };
      if (buf.startsWith(closeTag, lt)) return lt + closeTag.length;
      const opaque = OPAQUE.find(([open]) => buf.startsWith(open, lt));
      if (!opaque) {
        pos = lt + 1;
        continue;
      }
      const end = buf.indexOf(opaque[1], lt + opaque[0].length);
      if (end < 0) return { resume: lt };
      pos = end + opaque[1].length;
    }
  }
}
