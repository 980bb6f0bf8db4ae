// Loaded into the harness process with `node --expose-gc --import <this file>` (bench only; the harness
// itself is not changed). It watches the process's own event loop; for each line the bench writes to the
// process's stdin it prints one line, `BENCH-PROBE {json}`, with the loop delay since the last line and
// the RSS after a full GC, then starts a new window. (Not a signal: a listener in the harness's
// dependencies re-raises SIGUSR2, which would end every window twice.) The delay is what
// perf_hooks.monitorEventLoopDelay records minus its timer interval: how late a timer due now ran.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const RESOLUTION_MS = 5;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();
const lagMs = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS);

process.stdin.setEncoding('utf8').on('data', (text) => {
  for (let asked = text.split('\n').length - 1; asked > 0; asked--) {
    const line = {
      p50: lagMs(histogram.percentile(50)),
      p99: lagMs(histogram.percentile(99)),
      max: lagMs(histogram.max),
      samples: histogram.count,
      gc: typeof globalThis.gc === 'function',
    };
    globalThis.gc?.();
    line.rssMb = process.memoryUsage.rss() / 1024 / 1024;
    process.stdout.write(`BENCH-PROBE ${JSON.stringify(line)}\n`);
    histogram.reset();
  }
});
