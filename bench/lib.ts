// Small timing helpers shared by the benchmarks: each figure is printed beside a baseline from the same run.
export interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

export async function measure(n: number, fn: (i: number) => Promise<unknown>, warmup = 10): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { n, p50: at(0.5), p95: at(0.95), mean: times.reduce((a, b) => a + b, 0) / n };
}

export async function timeOnce<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const rows: string[][] = [];

export function report(name: string, s: Stats, baselineName: string, b: Stats, target?: string) {
  rows.push([name, ms(s.p50), ms(s.p95), baselineName, ms(b.p50), ms(b.p95), `${(s.p95 / b.p95).toFixed(2)}×`, target ?? '']);
}

export function reportOnce(name: string, v: number, baselineName: string, b: number, target?: string) {
  rows.push([name, ms(v), '', baselineName, ms(b), '', `${(v / b).toFixed(2)}×`, target ?? '']);
}

export function printReport() {
  const head = ['benchmark', 'p50', 'p95', 'baseline', 'b.p50', 'b.p95', 'ratio p95', 'target'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const r of all) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

export const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
