// Load tests with autocannon, run in a child process beside the server under test.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: string;
}
export interface LoadResult {
  rate: number;
  total: number;
  non2xx: number;
  errors: number;
  p50: number;
  p99: number;
}

/** Sends each request once (in turn), `connections` at a time; returns requests per second and latencies. */
export function load(
  url: string,
  requests: LoadRequest[],
  opts: { connections: number; headers: Record<string, string> },
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./load-worker.mjs', import.meta.url)), [], { execArgv: [] });
    child.once('message', (r: Omit<LoadResult, 'rate'> & { seconds: number }) => resolve({ ...r, rate: r.total / r.seconds }));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`autocannon exited with ${code}`));
    });
    child.send({ url, connections: opts.connections, amount: requests.length, headers: opts.headers, requests });
  });
}
