import { Migrator } from '@mikro-orm/migrations';
import { DataloaderType, MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    discovery: { disableDynamicFileAccess: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      silent: true,
      // The schema lives in hand-written migrations; a snapshot file per database name is noise.
      snapshot: false,
      path: 'server/db/migrations',
    },
    // Relations and collections touched by GraphQL field resolvers load in batches (no N+1).
    dataloader: DataloaderType.ALL,
    // Every request and job forks its own EntityManager; the global one is never used by accident.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    debug: false,
    ...overrides,
  };
}

export async function openDatabase(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}

export async function migrateUp(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
