// Runs autocannon in a child process, so the load generator does not share the server's event loop.
// (In a worker thread autocannon would skip aggregating its result, taking itself for one of its own workers.)
// Message in: { url, connections, amount, headers, requests: [{ method, path, body? }] } — each request once, in turn.
// The time is taken from the start to the last response: autocannon's own duration ends at its next sampling
// tick after the last response (up to a second later), which understated short runs' rates.
import autocannon from 'autocannon';

process.once('message', async ({ url, connections, amount, headers, requests }) => {
  let next = 0;
  let last = 0;
  const start = performance.now();
  const instance = autocannon({
    url,
    connections,
    amount,
    headers,
    sampleInt: 100,
    requests: [{ setupRequest: (req) => ({ ...req, ...requests[next++ % requests.length] }) }],
  });
  instance.on('response', () => {
    last = performance.now();
  });
  const result = await instance;
  process.send(
    {
      total: result.requests.total,
      seconds: (last - start) / 1000,
      non2xx: result.non2xx,
      errors: result.errors,
      p50: result.latency.p50,
      p99: result.latency.p99,
    },
    () => process.exit(0),
  );
});
