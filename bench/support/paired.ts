import { performance } from 'node:perf_hooks';

// Paired runs: the app and the tool it replaces, one after the other, the order swapped every pair,
// so a slow minute on a shared machine falls on both sides instead of on one.

export interface PairTimes {
  app: number;
  tool: number;
  /** app / tool for this pair. */
  ratio: number;
}

export async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** `pairs` pairs of (app, tool) runs; even pairs run the app first, odd pairs the tool first. */
export async function runPairs(
  pairs: number,
  app: (index: number) => Promise<void>,
  tool: (index: number) => Promise<void>,
  onPair?: (index: number, times: PairTimes) => void,
): Promise<PairTimes[]> {
  const results: PairTimes[] = [];
  for (let i = 0; i < pairs; i++) {
    let appMs: number;
    let toolMs: number;
    if (i % 2 === 0) {
      appMs = await timed(() => app(i));
      toolMs = await timed(() => tool(i));
    } else {
      toolMs = await timed(() => tool(i));
      appMs = await timed(() => app(i));
    }
    const times = { app: appMs, tool: toolMs, ratio: appMs / toolMs };
    onPair?.(i, times);
    results.push(times);
  }
  return results;
}

/** BENCH_PAIRS (default 5, at least 1): how many pairs each side-by-side figure runs. */
export function pairCount(fallback = 5): number {
  const asked = Number(process.env.BENCH_PAIRS);
  return Number.isInteger(asked) && asked >= 1 ? asked : fallback;
}
