// The fuzz run's summary: statuses, the failing requests (up to 50), and the failures grouped by route.
export interface Failure {
  problem: '5xx' | 'crash' | 'half-write' | 'no answer';
  op: string;
  kind: string;
  who: string;
  method: string;
  url: string;
  body?: Buffer;
  status: number;
  response: string;
  serverError: string;
}

const excerpt = (s: string, n: number) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);

export function report(r: {
  seed: number;
  total: number;
  statuses: Map<number, number>;
  failures: Failure[];
  crashes: number;
  halfWrites: number;
  peakMb: number;
  uploadPeakMb: number;
  missed: string[];
  seconds: number;
  routes: number;
}): boolean {
  const fives = [...r.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const noAnswer = r.failures.filter((f) => f.problem === 'no answer').length;
  console.log('\n== fuzz summary ==');
  console.log(`seed ${r.seed}; ${r.total} requests over ${r.routes} operations in ${r.seconds.toFixed(0)} s`);
  console.log(
    `answers by status: ${[...r.statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, c]) => `${s}: ${c}`)
      .join(', ')}`,
  );
  console.log(`5xx answers: ${fives} (0 expected)`);
  console.log(`crashes: ${r.crashes} (0 expected); requests without an answer: ${noAnswer}`);
  console.log(`half-writes (a 4xx that changed row counts): ${r.halfWrites} (0 expected)`);
  console.log(`server peak RSS: ${r.peakMb.toFixed(0)} MB (after the hostile uploads: ${r.uploadPeakMb.toFixed(0)} MB)`);
  if (r.missed.length) console.log(`operations not reached: ${r.missed.join(', ')}`);
  if (r.failures.length) {
    console.log(`\nfailing requests (${Math.min(50, r.failures.length)} of ${r.failures.length}):`);
    for (const f of r.failures.slice(0, 50)) {
      console.log(`- [${f.problem}] ${f.method} ${excerpt(f.url, 160)} as ${f.who} (${f.kind})`);
      if (f.body)
        console.log(`    body ${excerpt(f.body.toString('utf8', 0, Math.min(f.body.length, 400)), 160)} (${f.body.length} bytes)`);
      console.log(`    → ${f.status} ${excerpt(f.response, 200)}`);
      if (f.serverError) console.log(`    server: ${f.serverError.slice(0, 400)}`);
    }
    const groups = new Map<string, { n: number; example: Failure }>();
    for (const f of r.failures) {
      const cause = f.serverError.replace(/\d+/g, 'N').slice(0, 160) || f.response.slice(0, 80);
      const key = `${f.problem} ${f.op} ← ${cause}`;
      const g = groups.get(key);
      if (g) g.n += 1;
      else groups.set(key, { n: 1, example: f });
    }
    console.log(`\nfailures grouped by route and cause (${groups.size}):`);
    for (const [key, g] of [...groups].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${g.n}× ${key}  [e.g. ${g.example.kind}]`);
  }
  const ok = fives === 0 && r.crashes === 0 && r.halfWrites === 0 && noAnswer === 0;
  console.log(ok ? '\nfuzz: PASS' : '\nfuzz: FAIL');
  return ok;
}
