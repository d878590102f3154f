/** The request's batch loaders live with the plain rows they load (db/loaders.ts); this name stays for HTTP and the seed. */
export { createLoaders, type Loaders } from '../db/loaders.js';
