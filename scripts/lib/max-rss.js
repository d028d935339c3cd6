"use strict";
// Loaded with `node --require` by the benchmarks: prints the process's peak resident memory
// (KiB, from the kernel) on stderr when it exits, whatever the exit path.
process.on("exit", () => {
  require("node:fs").writeSync(2, `\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
