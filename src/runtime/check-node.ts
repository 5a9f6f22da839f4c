// Imported first by every entry point (server, CLI, bench): ES modules run their imports in order, so this
// check runs before anything that could fail in an obscure way on an old Node.
import { requireSupportedNode } from './node-version.js';

requireSupportedNode();
