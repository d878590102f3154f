import 'reflect-metadata';
import { loadConfig } from '../common/config.js';
import { ormOptions } from './orm.js';

/** For the MikroORM CLI (`MIKRO_ORM_CLI_CONFIG=dist/server/db/mikro-orm.config.js`). */
const url = loadConfig().databaseUrl;
if (!url) throw new Error('Set DATABASE_URL to use the MikroORM CLI; `npm run migrate` handles the embedded database.');
export default ormOptions(url);
