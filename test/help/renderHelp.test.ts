// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { FUNCTIONS, signatureOf } from "../../src/core/calc/functionSpecs";
import type { RuleMeta } from "../../src/core/rules/rule";
import { PRESET_SCALES } from "../../src/core/scales/presets";
import { RULES as REGISTRY } from "../../src/core/rules/registry";
import { buildHelpPage, HELP_RULES } from "../../src/help/helpPage";
import { renderHelpPage, ruleAnchor } from "../../src/help/renderHelp";

const RULES: RuleMeta[] = [
  {
    id: "V4.trimestre",
    severity: "error",
    on: ["ficha-alineacion", "ao-exportada"],
    description: "El subtotal trimestral es la suma de sus meses",
    messages: { sum: "El subtotal {name} no es la suma" },
    example: "H12: el subtotal del I Trimestre (12) no es la suma de enero a marzo (10).",
    fix: "Corrija los meses o el subtotal para que coincidan.",
  },
  {
    id: "N2.texto",
    severity: "info",
    on: ["valores-obtenidos"],
    description: "Números escritos como <texto> & más",
    messages: {},
    example: "D60: «3,047.00» está escrito como texto.",
    fix: "Convierta la celda a número.",
  },
];

const page = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("help page (ayuda.html)", () => {
  const doc = page(renderHelpPage({ functions: FUNCTIONS, rules: RULES, scales: PRESET_SCALES }));

  it("has one section per PLAN function at its anchor: signature, every parameter, every example", () => {
    for (const f of FUNCTIONS) {
      const article = doc.getElementById(f.name);
      expect(article, f.name).not.toBeNull();
      const text = article?.textContent ?? "";
      expect(text).toContain(`=PLAN.${signatureOf(f)}`);
      expect(text).toContain(f.description);
      for (const p of f.params) {
        expect(text, `${f.name}.${p.name}`).toContain(p.name);
        expect(text).toContain(p.help);
      }
      for (const e of f.examples) expect(text).toContain(`→ ${e.result}`);
    }
    const toc = [...doc.querySelectorAll("nav a")].map((a) => a.getAttribute("href"));
    for (const f of FUNCTIONS) expect(toc).toContain(`#${f.name}`);
  });

  it("has one section per rule: severity, where it runs, example and fix, escaped", () => {
    for (const r of RULES) {
      const text = doc.getElementById(ruleAnchor(r.id))?.textContent ?? "";
      expect(text).toContain(r.id);
      expect(text).toContain(r.description);
      expect(text).toContain(r.example);
      expect(text).toContain(r.fix);
    }
    expect(doc.getElementById("regla-V4.trimestre")?.textContent).toContain("Error");
    expect(doc.getElementById("regla-V4.trimestre")?.textContent).toContain(
      "Programación POI por ficha"
    );
    expect(doc.getElementById("regla-N2.texto")?.textContent).toContain("Aviso");
    expect(doc.querySelectorAll("texto")).toHaveLength(0); // "<texto>" stayed text
  });

  it("lists every preset scale with its bands and thresholds, and how to read the colours", () => {
    for (const s of Object.values(PRESET_SCALES)) {
      const row = doc.getElementById(`escala-${s.id}`)?.textContent ?? "";
      for (const l of s.levels) expect(row, s.id).toContain(l.label);
    }
    expect(doc.getElementById("escala-CEPLAN_SEMESTRAL")?.textContent).toContain(
      "Malo: menos de 30 %"
    );
    expect(doc.getElementById("escala-CEPLAN_ANUAL")?.textContent).toContain("Bueno: 95 % o más");
    expect(doc.getElementById("leer")?.textContent).toContain("Sin dato");
    expect(doc.getElementById("libro")?.textContent).toContain("Excel 365 y Excel 2024");
    expect(doc.getElementById("libro")?.textContent).toContain("=AVANCE_TIPO1(E13;D13)");
  });

  it("loads nothing from the network and is Spanish", () => {
    expect(doc.documentElement.lang).toBe("es");
    expect(doc.querySelectorAll("script, link, img, iframe")).toHaveLength(0);
  });
});

describe("the built page (from the registries the code uses)", () => {
  const doc = page(buildHelpPage("9.9.9"));

  it("lists every rule of the registry and every function", () => {
    expect(HELP_RULES).toEqual(REGISTRY.map((r) => r.meta));
    expect(HELP_RULES.length).toBeGreaterThan(20);
    for (const r of REGISTRY) {
      const text = doc.getElementById(ruleAnchor(r.meta.id))?.textContent ?? "";
      expect(text, r.meta.id).toContain(r.meta.description);
      expect(text, r.meta.id).toContain(r.meta.example);
      expect(text, r.meta.id).toContain(r.meta.fix);
    }
    for (const f of FUNCTIONS) expect(doc.getElementById(f.name), f.name).not.toBeNull();
    expect(doc.querySelector("footer")?.textContent).toContain("9.9.9");
  });

  it("has the anchor of every function's help URL in functions.json", () => {
    const golden = JSON.parse(
      readFileSync(resolve(__dirname, "../golden/functions.json"), "utf8")
    ) as { functions: { id: string; helpUrl: string }[] };
    expect(golden.functions).toHaveLength(FUNCTIONS.length);
    for (const f of golden.functions) {
      const [page, anchor] = f.helpUrl.split("#");
      expect(page).toBe("https://localhost:3000/ayuda.html");
      expect(doc.getElementById(anchor ?? ""), f.id).not.toBeNull();
    }
  });
});
