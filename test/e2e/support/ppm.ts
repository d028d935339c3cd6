import { readFileSync } from "node:fs";

export interface Ppm {
  width: number;
  height: number;
  rgb: Buffer;
}

/** Reads a binary PPM (P6) image, as pdftoppm writes by default. */
export function readPpm(file: string): Ppm {
  const data = readFileSync(file);
  const header = data.subarray(0, 64).toString("latin1");
  const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error(`${file} no es un PPM`);
  return { width: Number(m[1]), height: Number(m[2]), rgb: data.subarray(m[0].length) };
}

/** Pixels within ±5 of `hex` per channel, in columns [fromX, width) when given. */
export function countColour(img: Ppm, hex: string, fromX = 0): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  let n = 0;
  for (let i = 0; i + 2 < img.rgb.length; i += 3) {
    if ((i / 3) % img.width < fromX) continue;
    if (
      Math.abs((img.rgb[i] as number) - r) < 6 &&
      Math.abs((img.rgb[i + 1] as number) - g) < 6 &&
      Math.abs((img.rgb[i + 2] as number) - b) < 6
    )
      n++;
  }
  return n;
}
