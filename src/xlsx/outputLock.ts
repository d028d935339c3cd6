import { readdirSync, readFileSync, rmSync } from "node:fs";
import { open, readFile, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { FileError, fileError } from "./fileErrors";

/** Whether a process with this id is running (EPERM: it runs, under another user). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** `.salida.xlsx.<pid>.<hex>.tmp`: the temporary files Semáforo writes beside an output. */
const TEMP = /^\..+\.(?:xlsx|xlsm|json|jsonl|csv|txt|md|html?)\.(\d+)\.[0-9a-f]{8}\.tmp$/i;

/**
 * Removes the temporary files that Semáforo processes killed outright (kill -9, a power cut)
 * left in `folder`; those of processes still running are theirs and stay. Best effort.
 */
export function removeStaleTemps(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m && !isAlive(Number(m[1]))) rmSync(join(folder, name), { force: true });
  }
}

const lockOf = (output: string) => {
  const target = resolve(output);
  return join(dirname(target), `.${basename(target)}.semaforo-lock`);
};

/** Locks held by this process, let go of if it is interrupted. */
export const heldLocks = new Set<string>();

/** Releases what this process still holds (on exit and on signals). */
export function releaseLocksSync(): void {
  for (const lock of heldLocks) {
    try {
      if (readFileSync(lock, "utf8").trim() === String(process.pid)) rmSync(lock, { force: true });
    } catch {
      // already gone
    }
  }
  heldLocks.clear();
}

/**
 * Claims `output` for one apply or quitar, from reading the input to the final rename: a second
 * Semáforo writing the same output meanwhile is refused in Spanish instead of silently losing
 * the race. A lock left by a process that died is taken over. Returns the release.
 */
export async function claimOutput(output: string): Promise<() => Promise<void>> {
  const lock = lockOf(output);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      heldLocks.add(lock);
      return async () => {
        heldLocks.delete(lock);
        await unlink(lock).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST")
        throw fileError(error, output, "escribir");
      const holder = Number((await readFile(lock, "utf8").catch(() => "")).trim());
      if (isAlive(holder)) {
        throw new FileError(
          `Otro proceso de Semáforo (número ${holder}) está escribiendo «${output}» en este momento. Espere a que termine o elija otra salida.`
        );
      }
      await unlink(lock).catch(() => undefined); // left by a process that died
    }
  }
  throw new FileError(`No se pudo reservar «${output}» para escribirlo. Vuelva a intentarlo.`);
}
