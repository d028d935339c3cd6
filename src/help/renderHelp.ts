import { kindsOfRule } from "../core/check/ruleKinds";
import { signatureOf, type FunctionSpec, type ParamKind } from "../core/calc/functionSpecs";
import { kindLabel } from "../core/kinds/registry";
import type { RuleMeta } from "../core/rules/rule";
import { NO_DATA_COLORS, NO_DATA_LABEL, type Scale } from "../core/scales/scale";
import type { Severity } from "../core/check/findings";
import { HELP_STYLE, READING_GUIDE, WORKBOOK_FUNCTIONS_GUIDE } from "./helpText";

/** What the help page is generated from: the same registries the code runs on. */
export interface HelpInput {
  functions: readonly FunctionSpec[];
  rules: readonly RuleMeta[];
  scales: Record<string, Scale>;
  /** The add-in version, shown in the footer. */
  version?: string;
}

/** Anchor of a rule on the page: "regla-V4.trimestre". Functions use their name ("AVANCE_TIPO1"). */
export const ruleAnchor = (id: string): string => `regla-${id}`;

const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Error",
  warning: "Advertencia",
  info: "Aviso",
};

const KIND_LABEL: Record<ParamKind, string> = {
  valor: "número, celda o rango",
  serie: "fila de valores o rango",
  texto: "texto",
  logico: "VERDADERO o FALSO",
  escala: "nombre de escala o rango",
  mes: "número de mes (1 a 12)",
};

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Escapes text for HTML content and attribute values. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** The Spanish help page (ayuda.html): functions, validation rules, scales, how to read the colours. */
export function renderHelpPage(input: HelpInput): string {
  const scales = Object.values(input.scales);
  const toc = [
    `<li><a href="#funciones">Funciones PLAN</a><ul>${input.functions
      .map((f) => `<li><a href="#${esc(f.name)}">PLAN.${esc(f.name)}</a></li>`)
      .join("")}</ul></li>`,
    `<li><a href="#libro">Funciones en el libro</a></li>`,
    `<li><a href="#reglas">Reglas de validación</a></li>`,
    `<li><a href="#escalas">Escalas del semáforo</a></li>`,
    `<li><a href="#leer">Cómo leer el semáforo</a></li>`,
  ].join("");
  return [
    "<!doctype html>",
    '<html lang="es">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Ayuda — Semáforo POI/PEI</title>",
    `<style>${HELP_STYLE}</style>`,
    "</head>",
    "<body>",
    "<header><h1>Semáforo POI/PEI — Ayuda</h1>",
    "<p>Funciones de Excel, reglas de validación y escalas del complemento para las oficinas de planeamiento (metodología CEPLAN).</p></header>",
    `<nav aria-label="Contenido"><ul>${toc}</ul></nav>`,
    '<main><section id="funciones"><h2>Funciones PLAN</h2>',
    "<p>Escriba <code>=PLAN.</code> en una celda para verlas. Todas aceptan una celda o un rango; con un rango devuelven un bloque de la misma forma. Una celda en blanco es <em>sin dato</em>, no cero. En Excel en español los argumentos se separan con <code>;</code>, en inglés con <code>,</code>.</p>",
    ...input.functions.map(renderFunction),
    "</section>",
    WORKBOOK_FUNCTIONS_GUIDE,
    renderRules(input.rules),
    renderScales(scales),
    READING_GUIDE(renderLevelColours(scales[0])),
    "</main>",
    `<footer>Semáforo POI/PEI${input.version ? ` ${esc(input.version)}` : ""}. Sus datos no salen de su computadora: el complemento no hace llamadas de red.</footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function renderFunction(f: FunctionSpec): string {
  const params = f.params
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code>${p.optional ? " <small>(opcional)</small>" : ""}</td>` +
        `<td>${esc(KIND_LABEL[p.kind])}</td><td>${esc(p.help)}</td></tr>`
    )
    .join("");
  const examples = f.examples
    .map((e) => {
      const args = e.args
        .map((a, i) => {
          const name = f.params[i]?.name ?? `arg${i + 1}`;
          return `<code>${esc(name)}</code> = ${esc(exampleValue(a))}`;
        })
        .join(", ");
      const note = e.note ? ` <small>(${esc(e.note)})</small>` : "";
      return `<li>${args} → <strong>${esc(e.result)}</strong>${note}</li>`;
    })
    .join("");
  return [
    `<article id="${esc(f.name)}" class="fn">`,
    `<h3>PLAN.${esc(f.name)}</h3>`,
    `<p class="sig"><code>=PLAN.${esc(signatureOf(f))}</code></p>`,
    `<p>${esc(f.description)}</p>`,
    `<p><strong>Devuelve:</strong> ${esc(f.returns)}</p>`,
    `<table><thead><tr><th>Parámetro</th><th>Tipo</th><th>Qué es</th></tr></thead><tbody>${params}</tbody></table>`,
    `<p><strong>Ejemplos</strong></p><ul class="ex">${examples}</ul>`,
    "</article>",
  ].join("\n");
}

/** An example argument as a planner reads it: series split by «;», blanks named. */
function exampleValue(arg: string): string {
  if (arg === "") return "(celda en blanco)";
  if (arg.includes(";") && !/[=:]/.test(arg)) {
    return `fila ${arg
      .split(";")
      .map((v) => (v === "" ? "(en blanco)" : v))
      .join(" | ")}`;
  }
  return arg;
}

function renderRules(rules: readonly RuleMeta[]): string {
  const items = rules.map((r) =>
    [
      `<article id="${esc(ruleAnchor(r.id))}" class="rule sev-${r.severity}">`,
      `<h3><code>${esc(r.id)}</code> ${esc(r.description)}</h3>`,
      `<p><span class="badge">${SEVERITY_LABEL[r.severity]}</span> Se revisa en: ${esc(kindsOfRule(r).map(kindLabel).join(", "))}.</p>`,
      `<p><strong>Ejemplo:</strong> ${esc(r.example)}</p>`,
      `<p><strong>Cómo corregirlo:</strong> ${esc(r.fix)}</p>`,
      "</article>",
    ].join("\n")
  );
  return [
    '<section id="reglas"><h2>Reglas de validación</h2>',
    "<p>Cada hallazgo lleva el código de su regla, su gravedad y la celda. <strong>Error</strong>: el dato contradice la matriz (una suma que no cuadra, un código mal formado). <strong>Advertencia</strong>: probablemente hay que corregirlo. <strong>Aviso</strong>: para revisar, puede ser correcto.</p>",
    ...items,
    "</section>",
  ].join("\n");
}

function renderScales(scales: readonly Scale[]): string {
  const rows = scales.map((s) => {
    const bands = s.levels
      .map((l, i) => {
        const next = s.levels[i + 1];
        const range =
          i === 0
            ? `menos de ${fmt(next?.min)} %`
            : next
              ? `${fmt(l.min)} % a menos de ${fmt(next.min)} %`
              : `${fmt(l.min)} % o más`;
        return `<span class="band" style="background:${esc(l.fill)};color:${esc(l.font)}">${esc(l.label)}: ${esc(range)}</span>`;
      })
      .join(" ");
    const boundary =
      s.boundary === "round"
        ? "Redondea el avance al entero antes de comparar (79,5 cuenta como 80)."
        : "Compara el avance tal como está; el límite inferior de cada banda está incluido.";
    return `<tr id="escala-${esc(s.id)}"><td><code>${esc(s.id)}</code><br><small>${esc(s.name)}</small></td><td>${bands}</td><td>${boundary}</td></tr>`;
  });
  return [
    '<section id="escalas"><h2>Escalas del semáforo</h2>',
    "<p>Use el nombre en <code>PLAN.SEMAFORO</code>, <code>PLAN.CONTAR_NIVEL</code>, en el panel o con <code>--escala</code> en la línea de órdenes. También puede escribir la escala de su institución como un rango de filas {etiqueta, mínimo}.</p>",
    `<table><thead><tr><th>Escala</th><th>Bandas</th><th>Límites</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    "</section>",
  ].join("\n");
}

/** The colour swatches of a scale plus «Sin dato», for the reading guide. */
function renderLevelColours(scale: Scale | undefined): string {
  const levels = scale ? scale.levels : [];
  return [
    ...levels.map(
      (l) =>
        `<span class="band" style="background:${esc(l.fill)};color:${esc(l.font)}">${esc(l.label)}</span>`
    ),
    `<span class="band" style="background:${NO_DATA_COLORS.fill};color:${NO_DATA_COLORS.font}">${NO_DATA_LABEL}</span>`,
  ].join(" ");
}

const fmt = (n: number | undefined): string => (n === undefined ? "" : String(n).replace(".", ","));
