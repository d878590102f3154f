import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from '../common/config.js';
import { metricsHandler, observeRequests } from '../observability/http-observability.js';
import type { Metrics } from '../observability/metrics.js';
import { healthRoutes } from './health.js';

export interface OpsServer {
  server: http.Server;
  /** The base URL it listens on. */
  url: string;
  close(): Promise<void>;
}

/**
 * What a worker process (`PH_MODE=worker`, no API) answers on `PORT`: `/healthz`, `/readyz` and
 * `/metrics`, for health checks and Prometheus. Nothing else.
 */
export async function startOpsServer(deps: { orm: MikroORM; config: Config; log: Logger; metrics: Metrics }): Promise<OpsServer> {
  const { orm, config, log, metrics } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.use(observeRequests({ log, metrics }));
  healthRoutes(app, orm, log);
  app.get('/metrics', metricsHandler(metrics, config.metricsToken, log));
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found: a worker serves /healthz, /readyz and /metrics only\n');
  });

  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  return {
    server,
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Keep-alive connections of a scraper would otherwise hold close() open.
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
