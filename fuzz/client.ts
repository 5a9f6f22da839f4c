// Raw HTTP for the fuzzer: node:http sends the path and headers exactly as given (no URL clean-up).
import http from 'node:http';

export interface Answer {
  status: number;
  body: string;
  error?: string;
  ms: number;
}

export function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
  timeoutMs = 60_000,
): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve) => {
    let req: http.ClientRequest;
    const done = (a: Omit<Answer, 'ms'>) => resolve({ ...a, ms: Date.now() - started });
    try {
      req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          agent: false,
          headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            if (size < 4096) chunks.push(c);
            size += c.length;
          });
          res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, 4096) }));
          res.on('error', (e) => done({ status: 0, body: '', error: e.message }));
        },
      );
    } catch (e) {
      // The client itself refused (a header Node will not send): not a request, not counted.
      done({ status: -1, body: '', error: (e as Error).message });
      return;
    }
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', (e) => done({ status: 0, body: '', error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end(body);
  });
}

export interface Session {
  name: string;
  cookie?: string;
  csrf?: string;
}

export async function login(port: number, username: string, password: string): Promise<Session> {
  const body = Buffer.from(JSON.stringify({ username, password }));
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/auth/login',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
        });
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`login ${username}: ${res.statusCode} ${text} (${Date.now() - started} ms)`));
          const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!).find((c) => c.startsWith('gr_session='));
          resolve({ name: username, cookie, csrf: (JSON.parse(text) as { csrfToken: string }).csrfToken });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
