/** Small helpers for editing OOXML parts as text, so everything we do not touch keeps its bytes. */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * The text with XML's special characters escaped, in one pass (a 20,000-row apply escapes tens of
 * megabytes of formulas). XML 1.0 forbids the control characters; a cell holding one would make
 * the part unreadable, so they are dropped.
 */
export function escapeXml(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids
    /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (c) => ESCAPES[c] ?? ""
  );
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The value of attribute `name` in an element's start tag (unescaped), or null. */
export function attrOf(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    tag
  );
  if (!m) return null;
  return unescapeXml(m[1] ?? m[2] ?? "");
}

/** Comments, CDATA sections and processing instructions: markup whose text holds no elements. */
const OPAQUE = String.raw`<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>`;

/** A global regex for `pattern` that also matches opaque markup, so `nextMatch` can skip it. */
export function markupRe(pattern: string): RegExp {
  return new RegExp(`${OPAQUE}|${pattern}`, "g");
}

/** The next match of a `markupRe` that lies outside comments, CDATA sections and PIs. */
export function nextMatch(re: RegExp, xml: string): RegExpExecArray | null {
  for (let m = re.exec(xml); m; m = re.exec(xml)) if (!/^<[!?]/.test(m[0])) return m;
  return null;
}

/** Index of the first `text` (a closing tag) at or after `from`, outside opaque markup; or -1. */
export function indexOutside(xml: string, text: string, from: number): number {
  const at = xml.indexOf(text, from);
  if (at < 0) return -1;
  // The common case (a cell's or a row's end with no comment before it) needs no regex.
  let lt = xml.indexOf("<", from);
  while (lt >= 0 && lt < at) {
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 || next === 0x3f) return indexOutsideOpaque(xml, text, from);
    lt = xml.indexOf("<", lt + 1);
  }
  return at;
}

function indexOutsideOpaque(xml: string, text: string, from: number): number {
  const re = markupRe(text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  re.lastIndex = from;
  return nextMatch(re, xml)?.index ?? -1;
}

/** Index of the root element's closing tag: the last `</` outside opaque markup (or -1). */
export function rootCloseIndex(xml: string): number {
  const re = markupRe("</");
  let last = -1;
  for (let m = nextMatch(re, xml); m; m = nextMatch(re, xml)) last = m.index;
  return last;
}

/** Start tag of the first top-level `<name …>` element (with or without a namespace prefix). */
export function findElement(
  xml: string,
  name: string,
  from = 0
): { start: number; end: number; tag: string; selfClosing: boolean } | null {
  const re = markupRe(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])[^>]*>`);
  re.lastIndex = from;
  const m = nextMatch(re, xml);
  if (!m) return null;
  const tag = m[0];
  const selfClosing = tag.endsWith("/>");
  let end = m.index + tag.length;
  if (!selfClosing) {
    const close = closingIndex(xml, name, end);
    if (close < 0) return null;
    end = close;
  }
  return { start: m.index, end, tag, selfClosing };
}

/** Index just after the `</name>` that closes an element opened before `from` (nesting aware). */
function closingIndex(xml: string, name: string, from: number): number {
  const re = markupRe(`<(/?)(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])[^>]*>`);
  re.lastIndex = from;
  let depth = 1;
  for (let m = nextMatch(re, xml); m; m = nextMatch(re, xml)) {
    if (m[1] === "/") depth--;
    else if (!m[0].endsWith("/>")) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** The namespace prefix bound to `uri` on the root element ("" for the default one), or null. */
export function prefixFor(xml: string, uri: string): string | null {
  const root = /<(?!\?)(?!!)[^>]+>/.exec(xml)?.[0] ?? "";
  const re = /\sxmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/g;
  for (let m = re.exec(root); m; m = re.exec(root)) if (m[2] === uri) return m[1] ?? "";
  return null;
}

/** The tag name of the root element without its prefix' namespace declaration, e.g. "x:worksheet". */
export function qualified(prefix: string | null, name: string): string {
  return prefix ? `${prefix}:${name}` : name;
}
