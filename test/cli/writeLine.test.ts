import { describe, expect, it } from "vitest";
import { EventEmitter } from "node:events";
import { endQuietlyOnClosedPipe, writeLine } from "../../src/cli/io";

/** A stream that records each write. */
function recorder() {
  const writes: string[] = [];
  return { writes, write: (chunk: string) => (writes.push(chunk), true) };
}

describe("writeLine", () => {
  it("writes a short line in one call", () => {
    const out = recorder();
    writeLine(out, "hola");
    expect(out.writes).toEqual(["hola\n"]);
  });

  it("writes a large report in pieces that add up to it, never splitting a surrogate pair", () => {
    const out = recorder();
    // The emoji's two halves straddle the first 1 MiB boundary.
    const text = `${"a".repeat((1 << 20) - 1)}😀${"b".repeat(1 << 20)}`;
    writeLine(out, text);
    expect(out.writes.length).toBeGreaterThan(2);
    expect(out.writes.join("")).toBe(`${text}\n`);
    for (const piece of out.writes) expect(Buffer.from(piece).toString()).toBe(piece);
  });
});

describe("a reader that closes the pipe early", () => {
  it("ends the CLI quietly on EPIPE and words any other stream failure in Spanish", () => {
    const stream = new EventEmitter();
    const exits: number[] = [];
    const said: string[] = [];
    endQuietlyOnClosedPipe(
      stream,
      (c) => exits.push(c),
      (t) => said.push(t)
    );
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits).toEqual([0]);
    expect(said).toEqual([]);
    stream.emit("error", Object.assign(new Error("write ENOSPC"), { code: "ENOSPC" }));
    expect(exits).toEqual([0, 2]);
    expect(said).toEqual(["No se pudo escribir la salida (ENOSPC)."]);
  });
});
