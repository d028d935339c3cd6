import { findElement, markupRe, nextMatch } from "./xmlText";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const FOLLOWING_DXFS =
  /<(?:[\w.-]+:)?(tableStyles|colors|extLst)[\s/>]|<\/(?:[\w.-]+:)?styleSheet>/;

/** How the stylesheet's `<dxfs>` looked before Semáforo added to it, when it had none inside. */
export type DxfsOrigin = "ausente" | string | null;

export interface DxfAddition {
  xml: string;
  idOf: (fill: string, font: string) => number;
  /** Set when `<dxfs>` had no entries before: how to give it back. */
  origin: DxfsOrigin;
}

/**
 * Appends one differential format (font colour + solid fill) per distinct pair to `<dxfs>`, after
 * the planner's, and keeps its count right. Everything else in styles.xml keeps its bytes.
 */
export function addDxfs(
  styles: string,
  pairs: readonly { fill: string; font: string }[]
): DxfAddition {
  const keys = [...new Set(pairs.map((p) => `${p.fill}|${p.font}`))];
  const dxfs = findElement(styles, "dxfs");
  const prefix = dxfs ? (/^<([\w.-]+:)?/.exec(dxfs.tag)?.[1] ?? "") : stylePrefix(styles);
  const existing = dxfs ? countDxf(styles.slice(dxfs.start, dxfs.end)) : 0;
  const ids = new Map(keys.map((k, i) => [k, existing + i]));
  const added = keys
    .map((k) => {
      const [fill, font] = k.split("|") as [string, string];
      return (
        `<${prefix}dxf><${prefix}font><${prefix}color rgb="${argb(font)}"/></${prefix}font>` +
        `<${prefix}fill><${prefix}patternFill patternType="solid"><${prefix}bgColor rgb="${argb(fill)}"/></${prefix}patternFill></${prefix}fill></${prefix}dxf>`
      );
    })
    .join("");
  const idOf = (fill: string, font: string) => ids.get(`${fill}|${font}`) ?? 0;
  if (keys.length === 0) return { xml: styles, idOf, origin: null };
  if (!dxfs) {
    const at = FOLLOWING_DXFS.exec(styles)?.index ?? styles.length;
    const element = `<${prefix}dxfs count="${keys.length}">${added}</${prefix}dxfs>`;
    return { xml: styles.slice(0, at) + element + styles.slice(at), idOf, origin: "ausente" };
  }
  const count = Number(/\scount="(\d+)"/.exec(dxfs.tag)?.[1] ?? existing);
  const open = withCount(dxfs.tag.replace(/\s*\/>$/, ">"), count + keys.length);
  const close = `</${prefix}dxfs>`;
  const body = dxfs.selfClosing
    ? ""
    : styles.slice(dxfs.start + dxfs.tag.length, dxfs.end - close.length);
  const element = `${open}${body}${added}${close}`;
  return {
    xml: styles.slice(0, dxfs.start) + element + styles.slice(dxfs.end),
    idOf,
    origin: existing === 0 ? dxfs.tag : null,
  };
}

/**
 * Takes out the last `ids.length` differential formats when they are exactly the ones Semáforo's
 * formats used (and nothing else uses them); otherwise leaves styles.xml as it is.
 */
export function removeDxfs(
  styles: string,
  ids: ReadonlySet<number>,
  usedElsewhere: ReadonlySet<number>,
  origin: DxfsOrigin
): string {
  const dxfs = findElement(styles, "dxfs");
  if (!dxfs || dxfs.selfClosing || ids.size === 0) return styles;
  const prefix = /^<([\w.-]+:)?/.exec(dxfs.tag)?.[1] ?? "";
  const close = `</${prefix}dxfs>`;
  const body = styles.slice(dxfs.start + dxfs.tag.length, dxfs.end - close.length);
  const entries = matchesOutside(
    body,
    String.raw`<(?:[\w.-]+:)?dxf(?=[\s>])[\s\S]*?<\/(?:[\w.-]+:)?dxf>|<(?:[\w.-]+:)?dxf\s*\/>`
  );
  const first = entries.length - ids.size;
  for (let i = first; i < entries.length; i++)
    if (!ids.has(i) || usedElsewhere.has(i)) return styles;
  if (first < 0) return styles;
  const cut = first === 0 ? 0 : (entries[first]?.index ?? body.length);
  const kept = body.slice(0, cut);
  const count = Number(/\scount="(\d+)"/.exec(dxfs.tag)?.[1] ?? entries.length);
  let element: string;
  if (first > 0) element = `${withCount(dxfs.tag, count - ids.size)}${kept}${close}`;
  else if (origin === "ausente") element = "";
  else element = origin ?? withCount(dxfs.tag, 0).replace(/>$/, "/>");
  return styles.slice(0, dxfs.start) + element + styles.slice(dxfs.end);
}

const countDxf = (block: string) =>
  matchesOutside(block, String.raw`<(?:[\w.-]+:)?dxf(?=[\s/>])`).length;

/** Every match of `pattern` outside comments, CDATA sections and processing instructions. */
function matchesOutside(text: string, pattern: string): RegExpExecArray[] {
  const re = markupRe(pattern);
  const out: RegExpExecArray[] = [];
  for (let m = nextMatch(re, text); m; m = nextMatch(re, text)) out.push(m);
  return out;
}

const withCount = (tag: string, count: number) =>
  /\scount="/.test(tag)
    ? tag.replace(/\scount="\d*"/, ` count="${count}"`)
    : tag.replace(/>$/, ` count="${count}">`);

function stylePrefix(styles: string): string {
  return /<([\w.-]+:)?styleSheet[\s>]/.exec(styles)?.[1] ?? "";
}
