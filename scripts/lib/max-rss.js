"use strict";
// Loaded with `node --require` by the benchmarks: prints the process's peak resident memory
// (KiB, from the kernel) and its CPU time (ms, user and system) on stderr when it exits, whatever
// the exit path.
process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpu = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  require("node:fs").writeSync(2, `\n@@maxrss ${usage.maxRSS}\n@@cpu ${cpu}\n`);
});
