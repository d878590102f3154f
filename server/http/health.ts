import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Logger } from 'pino';

/** `GET /healthz` (200 while the process runs) and `GET /readyz` (200 only when the database answers). */
export function healthRoutes(app: Express, orm: MikroORM, log: Logger): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        orm.em.fork().getConnection().execute('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('database timeout')), 2000);
        }),
      ]);
      res.json({ status: 'ready' });
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', reason: 'database' });
    } finally {
      clearTimeout(timer);
    }
  });
}
