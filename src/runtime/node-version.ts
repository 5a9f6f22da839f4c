// Grassroots runs on Node.js 24 LTS (Node 20 gets no security fixes since April 2026). `npm ci` installs
// Node 24 from the npm package `node` into node_modules/.bin, and every `npm run …`/`npx …` puts that folder
// first on PATH, so a machine whose own Node is older still runs the product on 24. Someone who starts a file
// directly with an old `node` gets one sentence saying how, instead of a stack trace later on.
export const REQUIRED_NODE_MAJOR = 24;

export function nodeMajor(version: string = process.versions.node): number {
  return Number(version.split('.')[0]);
}

export function unsupportedNodeMessage(version: string, lang: string | undefined): string | null {
  if (nodeMajor(version) >= REQUIRED_NODE_MAJOR) return null;
  return /^en/i.test(lang ?? '')
    ? `Grassroots needs Node.js ${REQUIRED_NODE_MAJOR} or newer (this is ${version}): start it through npm (npm start, npx grassroots), which uses the Node ${REQUIRED_NODE_MAJOR} installed in node_modules by npm ci, or install Node.js ${REQUIRED_NODE_MAJOR} LTS.`
    : `Grassroots cần Node.js ${REQUIRED_NODE_MAJOR} trở lên (máy đang chạy ${version}): hãy chạy qua npm (npm start, npx grassroots) để dùng Node ${REQUIRED_NODE_MAJOR} mà npm ci đã cài trong node_modules, hoặc cài Node.js ${REQUIRED_NODE_MAJOR} LTS.`;
}

/** Ends the process with one sentence when the running Node is too old. */
export function requireSupportedNode(): void {
  const message = unsupportedNodeMessage(process.versions.node, process.env.LC_ALL || process.env.LANG);
  if (!message) return;
  console.error(message);
  process.exit(1);
}
