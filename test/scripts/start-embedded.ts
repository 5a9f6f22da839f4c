// Child process for the lifecycle test: starts the embedded server, says "ready", then waits to be killed.
import { startEmbedded } from '../../src/db/embedded.js';

const [dataDir, port] = process.argv.slice(2);
const server = await startEmbedded({ dataDir: dataDir!, port: Number(port) });
console.log(`ready ${server.url}`);
setInterval(() => {}, 1000);
