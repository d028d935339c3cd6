import { main } from "../../src/cli/main";

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
