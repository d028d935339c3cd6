/**
 * A small streaming XML tokenizer for the parts the reader walks (worksheets, shared strings).
 * It hands over each start tag as its local name and its raw attribute text, and each piece of
 * text decoded; attributes are parsed only when a handler asks for one (`attrValue`). Reading a
 * 20,000-row sheet this way allocates a fraction of what a general parser's tag objects cost.
 *
 * It checks what matters to read a part right — tags nest and close in order, entities are known,
 * markup ends — and leaves the rest of XML's well-formedness rules to the tools that wrote the
 * file. Errors are thrown with a Spanish reason.
 */
export interface XmlHandler {
  /** A start tag (or an empty element, then `close` follows at once). */
  open(name: string, attrs: string): void;
  close(name: string): void;
  /** Decoded text; one text node may come in several pieces. */
  text(text: string): void;
}

/** Markup still unfinished past this many characters is refused (an endless tag or comment). */
const MAX_PENDING_MARKUP = 2 ** 20;

export class XmlScanner {
  private buffer = "";
  /** Qualified names of the open elements, to check each end tag, and their local names. */
  private readonly open: string[] = [];
  private readonly locals: string[] = [];
  private sawRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.buffer = this.buffer.length > 0 ? this.buffer + chunk : chunk;
    this.scan();
    if (this.buffer.length > MAX_PENDING_MARKUP) {
      throw new Error("el XML tiene una etiqueta o un comentario que no termina.");
    }
  }

  close(): void {
    this.scan();
    if (this.buffer.length > 0 && this.buffer.trim() !== "") {
      throw new Error("el XML termina a mitad de una etiqueta.");
    }
    const last = this.open[this.open.length - 1];
    if (last !== undefined) throw new Error(`el XML termina sin cerrar <${last}>.`);
    if (!this.sawRoot) throw new Error("la parte XML está vacía.");
  }

  private scan(): void {
    const s = this.buffer;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        i = this.textUpTo(s, i, n, true);
        break;
      }
      if (lt > i) this.textUpTo(s, i, lt, false);
      i = lt;
      const next = this.markup(s, lt);
      if (next < 0) break; // the rest of this markup comes with the next chunk
      i = next;
    }
    this.buffer = i >= n ? "" : s.slice(i);
  }

  /**
   * Hands over the text s[from, to) decoded. At the end of a chunk (`open` text) a trailing
   * entity may be cut in two: it waits for the next chunk. Returns where the text handed ends.
   */
  private textUpTo(s: string, from: number, to: number, open: boolean): number {
    let end = to;
    if (open) {
      // A trailing entity or CR may be cut in two: it waits for the rest.
      const amp = s.lastIndexOf("&", to - 1);
      if (amp >= from && s.indexOf(";", amp) < 0) end = amp;
      if (end > from && s.charCodeAt(end - 1) === 13) end--;
    }
    if (end <= from) return from;
    const raw = lineEnds(s.slice(from, end));
    if (this.open.length === 0) {
      if (raw.trim() !== "") throw new Error("el XML tiene texto fuera de su elemento raíz.");
      return end;
    }
    this.handler.text(raw.includes("&") ? decodeEntities(raw) : raw);
    return end;
  }

  /** Handles the markup at s[lt] ("<"); returns the index after it, or −1 when it is incomplete. */
  private markup(s: string, lt: number): number {
    const c = s.charCodeAt(lt + 1);
    if (Number.isNaN(c)) return -1;
    if (c === 33 /* ! */) {
      if (s.startsWith("<!--", lt)) return after(s, "-->", lt + 4);
      if (s.startsWith("<![CDATA[", lt)) {
        const end = s.indexOf("]]>", lt + 9);
        if (end < 0) return -1;
        if (this.open.length === 0)
          throw new Error("el XML tiene texto fuera de su elemento raíz.");
        this.handler.text(lineEnds(s.slice(lt + 9, end)));
        return end + 3;
      }
      if (s.length - lt < 9) return -1;
      if (s.startsWith("<!DOCTYPE", lt)) {
        const gt = s.indexOf(">", lt);
        const bracket = s.indexOf("[", lt);
        return bracket >= 0 && (gt < 0 || bracket < gt)
          ? after(s, "]>", bracket)
          : after(s, ">", lt);
      }
      throw new Error("el XML tiene una declaración que no se reconoce.");
    }
    if (c === 63 /* ? */) return after(s, "?>", lt + 2);
    const end = tagEnd(s, lt + 1);
    if (end < 0) return -1;
    if (c === 47 /* / */) {
      const expected = this.open.pop();
      // Compared in place: an end tag costs no new string.
      let stop = end;
      while (stop > lt + 2 && isSpace(s.charCodeAt(stop - 1))) stop--;
      if (
        expected === undefined ||
        stop - (lt + 2) !== expected.length ||
        !s.startsWith(expected, lt + 2)
      ) {
        const name = s.slice(lt + 2, stop);
        throw new Error(
          expected === undefined
            ? `el XML cierra </${name}> sin haberlo abierto.`
            : `el XML cierra </${name}> donde se esperaba </${expected}>.`
        );
      }
      this.handler.close(this.locals.pop() as string);
      return end + 1;
    }
    const selfClosing = s.charCodeAt(end - 1) === 47;
    const stop = selfClosing ? end - 1 : end;
    let nameEnd = lt + 1;
    let colon = -1;
    for (; nameEnd < stop; nameEnd++) {
      const ch = s.charCodeAt(nameEnd);
      if (isSpace(ch)) break;
      if (ch === 58 /* : */ && colon < 0) colon = nameEnd;
    }
    const name = tagName(s, lt + 1, nameEnd);
    if (name === "") throw new Error("el XML tiene una etiqueta sin nombre.");
    if (this.open.length === 0) {
      if (this.sawRoot) throw new Error("el XML tiene más de un elemento raíz.");
      this.sawRoot = true;
    }
    // The local name ("x:row" → "row"): the name itself when it has no prefix, as most have.
    const local = colon < 0 ? name : s.slice(colon + 1, nameEnd);
    this.handler.open(local, s.slice(nameEnd, stop));
    if (selfClosing) this.handler.close(local);
    else {
      this.open.push(name);
      this.locals.push(local);
    }
    return end + 1;
  }
}

/**
 * The tag name s[from, to): a sheet's own names ("c", "v", "row", …) as constants, so the
 * million tags of a large sheet do not each allocate their name.
 */
function tagName(s: string, from: number, to: number): string {
  const length = to - from;
  if (length === 1) {
    const c = s.charCodeAt(from);
    if (c === 99) return "c";
    if (c === 118) return "v";
    if (c === 102) return "f";
    if (c === 116) return "t";
  } else if (length === 3 && s.startsWith("row", from)) return "row";
  else if (length === 2 && s.startsWith("is", from)) return "is";
  return s.slice(from, to);
}

/** Index after the `close` text searched from `from`, or −1 when it has not arrived yet. */
function after(s: string, close: string, from: number): number {
  const at = s.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

/** Index of the ">" that ends a tag starting at `from`, skipping quoted attribute values. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/** XML reads every CR LF and lone CR as LF (before entities, so "&#13;" stays a CR). */
const lineEnds = (text: string) => (text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Element name without its namespace prefix ("x:row" → "row"). */
export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * The value of attribute `name` (qualified as written, e.g. "r" or "xr:uid") in a tag's raw
 * attribute text, decoded; undefined when the tag does not have it.
 */
export function attrValue(attrs: string, name: string): string | undefined {
  const n = attrs.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    const eq = attrs.indexOf("=", i);
    if (eq < 0) return undefined;
    let nameEnd = eq;
    while (nameEnd > i && isSpace(attrs.charCodeAt(nameEnd - 1))) nameEnd--;
    let j = eq + 1;
    while (j < n && isSpace(attrs.charCodeAt(j))) j++;
    const quote = attrs.charCodeAt(j);
    if (quote !== 34 && quote !== 39) throw new Error("el XML tiene un atributo sin comillas.");
    const close = attrs.indexOf(quote === 34 ? '"' : "'", j + 1);
    if (close < 0) throw new Error("el XML tiene un atributo sin cerrar.");
    // The name is compared in place: looking an attribute up costs no new string but its value.
    if (nameEnd - i === name.length && attrs.startsWith(name, i)) {
      const value = attrs.slice(j + 1, close);
      return value.includes("&") ? decodeEntities(value) : value;
    }
    i = close + 1;
  }
  return undefined;
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Replaces XML's predefined entities and character references; any other entity is an error. */
export function decodeEntities(text: string): string {
  return text.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new Error("el XML tiene un «&» suelto en un texto.");
    const named = PREDEFINED[ref];
    if (named !== undefined) return named;
    const hex = ref[1] === "x";
    const code = ref[0] === "#" ? parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10) : NaN;
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) {
      throw new Error(`el XML usa una entidad desconocida (&${ref.slice(0, 20)};).`);
    }
    return String.fromCodePoint(code);
  });
}
