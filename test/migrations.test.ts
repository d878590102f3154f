import { openDatabase } from '../server/db/orm.js';
import { createTestDatabase, databaseUrl, serverUrl, withAdminClient } from './support/database.js';

describe('migrations', () => {
  it('are reversible: down removes every table, up brings them back', async () => {
    const name = `ph_migrate_${process.pid}_${Date.now()}`;
    await withAdminClient((client) => client.query(`create database "${name}"`));
    const orm = await openDatabase(databaseUrl(serverUrl(), name));
    const tables = async () =>
      (
        await orm.em
          .fork()
          .getConnection()
          .execute(`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations'`)
      )[0].n;
    try {
      const migrator = orm.getMigrator();
      await migrator.up();
      const after = await tables();
      expect(after).toBeGreaterThanOrEqual(14);
      await migrator.down({ to: 0 });
      expect(await tables()).toBe(0);
      await migrator.up();
      expect(await tables()).toBe(after);
      expect(await migrator.getPendingMigrations()).toEqual([]);
    } finally {
      await orm.close();
      await withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`));
    }
  });

  it('give every test file its own clone of the migrated template', async () => {
    const a = await createTestDatabase();
    const b = await createTestDatabase();
    expect(a.url).not.toBe(b.url);
    await Promise.all([a.drop(), b.drop()]);
  });
});
