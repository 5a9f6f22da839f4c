// Runs autocannon in a child process, so the load generator does not share the server's event loop.
// (In a worker thread autocannon would skip aggregating its result, taking itself for one of its own workers.)
// Message in: { url, connections, amount, headers, requests: [{ method, path, body? }] } — each request once, in turn.
import autocannon from 'autocannon';

process.once('message', async ({ url, connections, amount, headers, requests }) => {
  let next = 0;
  const result = await autocannon({
    url, connections, amount, headers,
    requests: [{ setupRequest: (req) => ({ ...req, ...requests[next++ % requests.length] }) }],
  });
  process.send({
    total: result.requests.total, seconds: result.duration, non2xx: result.non2xx, errors: result.errors,
    p50: result.latency.p50, p99: result.latency.p99,
  }, () => process.exit(0));
});
