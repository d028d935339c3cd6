/** A small seeded PRNG (mulberry32) so generated cases are the same on every run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

export type Rng = ReturnType<typeof seededRandom>;

const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** Writes a number as planners type it: Aplicativo, Spanish, percent, soles or plain text. */
export function textNumber(rng: Rng, value: number): string {
  const [int, dec] = Math.abs(value).toFixed(2).split(".") as [string, string];
  const sign = value < 0 ? "-" : "";
  switch (rng.int(0, 5)) {
    case 0:
      return `${sign}${group(int, ",")}.${dec}`; // 3,047.00
    case 1:
      return `${sign}${group(int, ".")},${dec}`; // 1.295,60
    case 2:
      return `${sign}${int}.${dec} %`; // 88.70 %
    case 3:
      return `${sign}${int},${dec}%`; // 59,48%
    case 4:
      return `S/ ${group(int, " ")},${dec}`; // S/ 3 047,00
    default:
      return `${sign}${int}.${dec}`; // 42.72
  }
}
