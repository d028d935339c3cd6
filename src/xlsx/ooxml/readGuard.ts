/** 32767 → "32 767" (a space between groups, as Spanish style guides write numbers). */
export const groupDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/** Bounds every read of one file so a hostile workbook is reported, never a crash. */
export interface ReadLimits {
  /** Excel's own limit for one cell: longer texts are cut and reported. */
  maxCellText: number;
  /** Wall-clock budget for one file, in milliseconds. */
  maxMillis: number;
  /** Resident memory the process may reach while reading (bytes). */
  maxRss: number;
  /** Uncompressed bytes one part may expand to (zip bombs). */
  maxPartBytes: number;
  /** Cells read in one file. */
  maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxCellText: 32_767,
  maxMillis: 25_000,
  maxRss: 900 * 2 ** 20,
  maxPartBytes: 1.5 * 2 ** 30,
  maxCells: 20_000_000,
};

/** Reading stopped at a bound; the message is the Spanish reason. */
export class ReadLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReadLimitError";
  }
}

/** Checks time and memory every few thousand events; counts cells; remembers cut texts. */
export class ReadGuard {
  private readonly started = Date.now();
  private ticks = 0;
  cells = 0;
  readonly cutTexts: string[] = [];

  constructor(readonly limits: ReadLimits = DEFAULT_LIMITS) {}

  tick(): void {
    if (++this.ticks % 4096 !== 0) return;
    this.check();
  }

  private lastMemoryCheck = 0;

  check(): void {
    const now = Date.now();
    if (now - this.started > this.limits.maxMillis) {
      throw new ReadLimitError(
        `su lectura superó ${Math.round(this.limits.maxMillis / 1000)} s; el libro es demasiado grande o está mal formado.`
      );
    }
    // Reading the resident size asks the kernel: a few times a second is enough.
    if (now - this.lastMemoryCheck < 50) return;
    this.lastMemoryCheck = now;
    this.checkMemory();
  }

  /** Stops when the process holds more than the memory bound (between the steps of a write). */
  checkMemory(): void {
    if (process.memoryUsage.rss() > this.limits.maxRss) {
      throw new ReadLimitError(
        `su lectura necesitaba más de ${Math.round(this.limits.maxRss / 2 ** 20)} MB de memoria; el libro es demasiado grande o está mal formado.`
      );
    }
  }

  countCell(): void {
    if (++this.cells > this.limits.maxCells) {
      throw new ReadLimitError(
        `tiene más de ${groupDigits(this.limits.maxCells)} celdas con datos; divídalo en libros más pequeños.`
      );
    }
  }
}
