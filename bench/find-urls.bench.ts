// Growth of the URL finder on hostile input: runs of "https://", bare colons and escaped slashes,
// the inputs that make a backtracking pattern quadratic. Run: npx tsx bench/find-urls.bench.ts
//
// Milliseconds depend on the machine and its load; the ratio between sizes does not. Linear
// work doubles when the input doubles (ratio ≈ 2 per step); quadratic work quadruples. The bench
// fails when the median ratio over the doublings passes 3.

import { performance } from 'node:perf_hooks';
import { findUrls } from '../shared/domain-rules';

const hostile = (scale: number) => 'https://'.repeat(5_000 * scale) + ':'.repeat(5_000 * scale) + 'https:\\/\\/'.repeat(2_000 * scale);

function timeOf(scale: number): number {
  const text = hostile(scale);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    findUrls(text);
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

timeOf(1); // warm-up: the first run pays for compiling the code
const scales = [2, 4, 8, 16];
const times = scales.map(timeOf);
const ratios = times.slice(1).map((time, i) => time / times[i]!);
const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;

console.log('findUrls on hostile input');
scales.forEach((scale, i) => console.log(`  ${String(hostile(scale).length).padStart(9)} chars  ${times[i]!.toFixed(1).padStart(8)} ms`));
console.log(`  growth per doubling: ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${median.toFixed(2)}; linear ≈ 2, quadratic ≈ 4)`);
if (median > 3) {
  console.error('  FAIL: grows faster than linear');
  process.exit(1);
}
