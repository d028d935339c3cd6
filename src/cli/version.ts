import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The version from package.json. Both src/cli (tests) and lib/cli (the built command) sit two
 * folders below the project root, so the same relative path works for both.
 */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, "../../package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** What `semaforo --version` prints. */
export const versionLine = (): string => `semaforo ${cliVersion()}`;
