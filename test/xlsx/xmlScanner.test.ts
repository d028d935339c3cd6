import { describe, expect, it } from "vitest";
import { attrValue, decodeEntities, XmlScanner } from "../../src/xlsx/ooxml/xmlScanner";

/** Scans `xml` cut into the given pieces; returns the events as readable strings. */
function events(pieces: string[]): string[] {
  const out: string[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  const scanner = new XmlScanner({
    open(name, attrs) {
      flush();
      out.push(`open ${name}${attrs}`);
    },
    close(name) {
      flush();
      out.push(`close ${name}`);
    },
    text(t) {
      text += t;
    },
  });
  for (const p of pieces) scanner.write(p);
  scanner.close();
  return out;
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<x:worksheet xmlns:x="urn:x"><!-- a comment with <row> inside -->' +
  '<x:sheetData><x:row r="1" spans=\'1:2\'><x:c r="A1" t="inlineStr"><x:is><x:t>a &amp; b &#233;&#x41;\r\nc</x:t></x:is></x:c>' +
  '<x:c r="B1" t="str"><x:f>"&lt;&gt;"</x:f><x:v><![CDATA[x<y]]></x:v></x:c><x:c r="C1" s="3"/></x:row></x:sheetData></x:worksheet>';

describe("the streaming XML scanner", () => {
  it("reads tags by local name, decoded text, CDATA and line ends as XML defines them", () => {
    expect(events([SHEET])).toEqual([
      'open worksheet xmlns:x="urn:x"',
      "open sheetData",
      "open row r=\"1\" spans='1:2'",
      'open c r="A1" t="inlineStr"',
      "open is",
      "open t",
      'text "a & b éA\\nc"',
      "close t",
      "close is",
      "close c",
      'open c r="B1" t="str"',
      "open f",
      'text "\\"<>\\""',
      "close f",
      "open v",
      'text "x<y"',
      "close v",
      "close c",
      'open c r="C1" s="3"',
      "close c",
      "close row",
      "close sheetData",
      "close worksheet",
    ]);
  });

  it("gives the same events however the part is cut into chunks", () => {
    const whole = events([SHEET]);
    for (let cut = 1; cut < SHEET.length; cut++) {
      expect(events([SHEET.slice(0, cut), SHEET.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(events(SHEET.split(""))).toEqual(whole);
  });

  it("refuses markup that does not nest, close or decode, with a Spanish reason", () => {
    expect(() => events(["<a><b></a>"])).toThrow(/cierra <\/a> donde se esperaba <\/b>/);
    expect(() => events(["<a><b>"])).toThrow(/termina sin cerrar <b>/);
    expect(() => events(["<a>&nbsp;</a>"])).toThrow(/entidad desconocida \(&nbsp;\)/);
    expect(() => events(["<a>x & y</a>"])).toThrow(/«&» suelto/);
    expect(() => events(["<a/><b/>"])).toThrow(/más de un elemento raíz/);
    expect(() => events(["texto<a/>"])).toThrow(/texto fuera de su elemento raíz/);
    expect(() => events(['<a b="1'])).toThrow(/termina a mitad de una etiqueta/);
    expect(() => events([""])).toThrow(/vacía/);
  });

  it("refuses a tag that never ends instead of holding it in memory", () => {
    const scanner = new XmlScanner({ open() {}, close() {}, text() {} });
    scanner.write('<a><b c="');
    expect(() => {
      for (let i = 0; i < 20; i++) scanner.write("x".repeat(1 << 16));
    }).toThrow(/etiqueta o un comentario que no termina/);
  });

  it("hands a long text over as it streams, never waiting for its end", () => {
    let received = 0;
    const scanner = new XmlScanner({
      open() {},
      close() {},
      text: (t) => (received += t.length),
    });
    scanner.write("<a>");
    for (let i = 0; i < 8; i++) scanner.write("y".repeat(1 << 16));
    expect(received).toBe(8 << 16);
  });
});

describe("attrValue", () => {
  it("finds an attribute by its exact name, in either quotes, decoded", () => {
    const attrs = ` xr:r="no" r = 'B7' t="s" ref="A1:B2" title="&quot;x&quot;"`;
    expect(attrValue(attrs, "r")).toBe("B7");
    expect(attrValue(attrs, "xr:r")).toBe("no");
    expect(attrValue(attrs, "t")).toBe("s");
    expect(attrValue(attrs, "title")).toBe('"x"');
    expect(attrValue(attrs, "s")).toBeUndefined();
    expect(attrValue(' a="t=1" t="2"', "t")).toBe("2");
  });

  it("decodes character references beyond the basic plane", () => {
    expect(decodeEntities("&#x1F600;&#128512;")).toBe("😀😀");
  });
});
