"use strict";
// Extracts the two seed matrices that had no kind: PROCOES's «previsto vs logrado» indicator table
// (seed 000) and the HdR-AS implementation plan (seed 001): Tabla 1 (metas per year), the
// cronograma 2025–2030 (X per year, 2025 in semesters I/II) and the plan table 2.2 whose
// «META ACTIVIDAD» states each activity's metas by year («2025: 01 …», «2026 y en adelante: …»).

const FOOTNOTE_MARKS = /[\u00b9\u00b2\u00b3\u2070-\u2079]+/gu;
const clean = (s) =>
  String(s ?? "")
    .replace(/<[^>]+>/g, " ")
    .replace(FOOTNOTE_MARKS, "")
    .replace(/\s+/g, " ")
    .trim();

/** Seed 000: the «Avances en la ejecución por cada componente del programa» table. */
function procoesFixture(lines) {
  const text = lines.map((l) => l.trim());
  const at = text.findIndex(
    (l, i) => /^Indicador\d?$/.test(l) && text[i + 2]?.startsWith("Previsto")
  );
  if (at < 0) throw new Error("Tabla de indicadores no encontrada en la semilla 000");
  // The header's cells are printed on two lines each: «Previsto a» / «diciembre 2018».
  const header = [text[at].replace(/\d$/, "")];
  let i = at + 1;
  for (; !/^N[uú]mero/.test(text[i]); i++) {
    if (/^(Previsto|Logrado)/.test(text[i])) header.push(text[i]);
    else if (text[i] !== "") header[header.length - 1] += ` ${text[i]}`;
  }
  const rows = [];
  let name = [];
  for (; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t.startsWith("*")) break;
    const figures = /^([\d,]+) ([\d,]+) ([\d,]+)$/.exec(t);
    if (figures) {
      rows.push({
        name: name.join(" "),
        previsto: figures[1],
        logrado: figures[2],
        final: figures[3],
      });
      name = [];
    } else if (t !== "") name.push(t);
  }
  const note = lines[i].trim();
  const footnote = lines.find((l) => /^\d+\s*En muchos casos/.test(l.trim())) ?? "";
  return {
    source: "../shared/seeds/000_660a109632dbefbc.txt (2.3 Resultados: avances por componente)",
    program:
      "PROGRAMA DE MEJORAMIENTO Y AMPLIACIÓN DE SERVICIOS DE AGUA Y SANEAMIENTO EN PERÚ (PROCOES)",
    title: "Avances en la ejecución por cada componente del programa.",
    header,
    rows,
    notes: [note, clean(footnote.replace(/^\d+/, ""))],
  };
}

const LAST_YEAR = 2030;
const STATEMENT = /(20\d\d(?:\s*(?:,|y|-|al)\s*20\d\d)*)((?:\s*y)?\s*en adelante)?\s*:/g;

/** «2025: 01 plan … 2026 y en adelante: 02 …» as statements with the years each covers. */
function statementsOf(text) {
  const found = [...text.matchAll(STATEMENT)];
  return found.map((m, k) => {
    const end = k + 1 < found.length ? found[k + 1].index : text.length;
    const body = text.slice(m.index + m[0].length, end).trim();
    const listed = m[1].match(/20\d\d/g).map(Number);
    const ranged = /-|al/.test(m[1]) && listed.length === 2;
    const from = listed[0];
    const to = m[2] ? LAST_YEAR : ranged ? listed[1] : null;
    const years = to ? Array.from({ length: to - from + 1 }, (_, j) => from + j) : listed;
    const n = /^(\d+)\b/.exec(body)?.[1] ?? (/^una?\b/i.test(body) ? "1" : null);
    return { years, quantity: n === null ? null : Number(n), text: body };
  });
}

const codeOf = (cell) => /^(\d+(?:\.\d+)+)\.?(?:\s|$)/.exec(clean(cell))?.[1];

/** Seed 001: Tabla 1, the cronograma 2.1 and each activity's metas from the plan table 2.2. */
function hdrAsFixture(lines) {
  const t1 = lines.findIndex((l) => l.startsWith("Tabla 1."));
  const tabla1 = [];
  for (let i = t1 + 2; lines[i].trim() !== ""; i++) tabla1.push(lines[i].split("\t").map(clean));

  const c0 = lines.findIndex((l) => l.startsWith("2.1. Año 2025 al 2030"));
  const p0 = lines.findIndex((l) => l.startsWith("2.2. Plan de Implementación al año 2025"));
  const s0 = lines.findIndex((l) =>
    l.startsWith("2.3. Plan de Implementación año 2025 por semestres")
  );
  const cronograma = [];
  for (const line of lines.slice(c0 + 1, p0)) {
    const cells = line.split("\t");
    const label = clean(cells[0]);
    if (!/^(OE\s?\d|LA\s?\d|\d+\.\d)/.test(label)) continue;
    const marks = cells.slice(1, 8).map((c) => clean(c).toUpperCase() === "X");
    cronograma.push({ code: codeOf(label) ?? null, label, marks });
  }

  const plan = [];
  for (const line of lines.slice(p0 + 1, s0)) {
    const cells = line.split("\t").map(clean);
    const code = codeOf(cells[0]);
    if (code && code.split(".").length >= 4) {
      plan.push({
        code,
        indicador: cells[1] ?? "",
        meta: cells[2] ?? "",
        responsable: cells[3] ?? "",
      });
    } else if (!code && /^I\.\d+(\.\d+){3}\b/.test(cells[1] ?? "")) {
      // An activity whose name the extraction glued to the previous one's: its indicator's code
      // (I.3.2.3.2) names it.
      const own = /^I\.(\d+(?:\.\d+){3})/.exec(cells[1])[1];
      plan.push({
        code: own,
        indicador: cells[1],
        meta: cells[2] ?? "",
        responsable: cells[3] ?? "",
      });
    } else if (!code && plan.length > 0 && !/^LNEAS/.test(cells[0]) && cells[2]) {
      // A row split at a page break: its meta text continues on the next page.
      plan[plan.length - 1].meta += ` ${cells[2]}`;
    }
  }
  for (const p of plan) p.statements = statementsOf(p.meta);
  return {
    source:
      "../shared/seeds/001_19352c45d4a68b71.txt (Tabla 1; 2.1 Cronograma 2025 al 2030; 2.2 Plan de Implementación, META ACTIVIDAD)",
    institution: "Ministerio de Vivienda, Construcción y Saneamiento (MVCS)",
    title:
      "Plan de Implementación 2025 de la Hoja de Ruta hacia una Economía Circular en Agua Potable y Saneamiento al 2030 (HdR-AS)",
    tabla1: {
      header: ["META", "Línea Base", "CORTO PLAZO", "", "MEDIANO PLAZO", "", "", "LARGO PLAZO"],
      rows: tabla1.slice(1),
    },
    schedule: ["2025-I", "2025-II", "2026", "2027", "2028", "2029", "2030"],
    cronograma,
    plan,
  };
}

module.exports = { procoesFixture, hdrAsFixture, statementsOf };
