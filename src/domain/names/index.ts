export { normalizeFullName, searchName, splitName } from './normalize.js';
export type { NameParts } from './normalize.js';
export { sortKey } from './sort-key.js';
