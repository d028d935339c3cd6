import { KIND_IDS } from "../../src/core/kinds/kindIds";
import { FUNCTIONS, signatureOf } from "../../src/core/calc/functionSpecs";
import { kindLabel } from "../../src/core/kinds/registry";
import { RULES } from "../../src/core/rules/registry";
import { kindsOfRule } from "../../src/core/check/ruleKinds";

const SEVERITY: Record<string, string> = { error: "error", warning: "advertencia", info: "aviso" };
const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The README's table of PLAN functions, from the functions registry. */
export function functionsTable(): string {
  const rows = FUNCTIONS.map((f) => {
    const e = f.examples[0];
    const example = e ? `\`${f.name}(${e.args.join("; ")})\` → ${e.result}` : "";
    return `| \`${cell(signatureOf(f))}\` | ${cell(f.description)} | ${cell(example)} |`;
  });
  return ["| Función | Qué calcula | Ejemplo |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The README's table of validation rules, from the rules' meta. */
export function rulesTable(): string {
  const rows = RULES.map(({ meta }) => {
    const ruleKinds = kindsOfRule(meta);
    const kinds =
      ruleKinds.length === KIND_IDS.length ? "todas" : ruleKinds.map(kindLabel).join(", ");
    return `| \`${meta.id}\` | ${SEVERITY[meta.severity]} | ${cell(meta.description)} | ${cell(kinds)} |`;
  });
  return [
    "| Regla | Gravedad | Qué revisa | Matrices |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** The text between `<!-- name:inicio -->` and `<!-- name:fin -->`, trimmed. */
export function section(readme: string, name: string): string | null {
  const m = new RegExp(`<!-- ${name}:inicio -->([\\s\\S]*?)<!-- ${name}:fin -->`).exec(readme);
  return m ? (m[1] as string).trim() : null;
}

export function replaceSection(readme: string, name: string, body: string): string {
  return readme.replace(
    new RegExp(`(<!-- ${name}:inicio -->)[\\s\\S]*?(<!-- ${name}:fin -->)`),
    (_m, a: string, b: string) => `${a}\n\n${body}\n\n${b}`
  );
}

/** A markdown table as rows of trimmed cells, so column padding (Prettier's) does not matter. */
export function tableCells(markdown: string | null): string[][] {
  return (markdown ?? "")
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim())
    );
}
