import { describe, expect, it } from "vitest";
import { writeLine } from "../../src/cli/io";

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
