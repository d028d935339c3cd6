import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileError } from "./fileErrors";
import { releaseLocksSync, removeStaleTemps } from "./outputLock";

/** Temporary files being written, removed if the process is interrupted or dies. */
const pending = new Set<string>();
let hooked = false;

function cleanUpSync() {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
  releaseLocksSync();
}

export function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  process.on("exit", cleanUpSync);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      cleanUpSync();
      // Exit as the signal would have (128 + its number), after removing what we started.
      process.exit(signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 129);
    });
  }
}

/**
 * Writes `data` to `output` through a temporary file in the same folder, renamed into place only
 * once complete: a reader never sees half a file, and the temporary file is removed on any
 * failure, on Ctrl+C and on SIGTERM; those a killed process left are removed by the next run.
 * Errors are Spanish sentences naming the file.
 */
export async function writeAtomically(output: string, data: Buffer | Uint8Array): Promise<void> {
  hookSignals();
  const target = resolve(output);
  removeStaleTemps(dirname(target));
  const tmp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  pending.add(tmp);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    await rename(tmp, target);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw fileError(error, output, "escribir");
  } finally {
    pending.delete(tmp);
  }
}
