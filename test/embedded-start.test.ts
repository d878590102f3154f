import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../server/common/config.js';
import { runOverdueEscalations } from '../server/jobs/overdue-escalations.job.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { startRuntime } from '../server/runtime.js';
import { freePort } from './support/server-process.js';

const PLACE = `mutation { placeOrder(input: { ccwOrderNumber: "EMB-1", offer: A_WX, partnerAccountId: "PA-E", partnerName: "P", customerName: "C",
  services: [{ kind: CALLING, quantity: 1 }], requestedStartDate: "2030-01-01", provisioningContactEmail: "e@p.example" }) { created errors { code } } }`;

describe('npm start with nothing configured (embedded PostgreSQL)', () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'ph-embedded-'));
  chmodSync(parent, 0o755);
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('starts a real PostgreSQL under the data directory, prints working credentials, and keeps the data across restarts', async () => {
    const env = {
      PH_DATA_DIR: path.join(parent, 'data'),
      PORT: String(await freePort()),
      PH_EMBEDDED_PG_PORT: String(await freePort()),
      PH_MODE: 'api',
      NODE_ENV: 'test',
    };
    const log = pino({ level: 'silent' });
    const call = (url: string, key: string, query = PLACE): Promise<any> =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query }),
      }).then((r) => r.json());

    const first = await startRuntime(loadConfig(env), { log });
    try {
      expect(first.embedded).toBeDefined();
      expect(first.credentials?.credentials.intakeApiKey).toMatch(/^phk_/);
      expect(first.credentials?.sources.intakeApiKey).toBe('generated-now');
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
      expect(await call(first.url!, first.credentials!.credentials.intakeApiKey)).toEqual({ data: { placeOrder: { created: true, errors: [] } } });

      // #22 item 3: with nothing configured, the reps' notices go to the first rep this start created.
      expect(first.config.repsEmail).toBe(first.credentials!.credentials.adminEmail);
      const yesterday = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
      const late = await call(
        first.url!,
        first.credentials!.credentials.intakeApiKey,
        `mutation { placeOrder(input: { ccwOrderNumber: "EMB-LATE", offer: A_WX, partnerAccountId: "PA-E", partnerName: "P", customerName: "C",
          services: [{ kind: CALLING, quantity: 1 }], requestedStartDate: "${yesterday}", timeZone: "UTC", provisioningContactEmail: "e@p.example" }) { order { id } errors { code } } }`,
      );
      expect(late.data.placeOrder.errors).toEqual([]);
      const deps = { orm: first.orm, services: first.services, clock: { now: () => new Date(Date.now() + 2 * 86_400_000) }, config: first.config, log };
      await runOverdueEscalations(deps);
      const notices = await first.orm.em.fork().find(OutboxMessage, { template: 'REP_NOTICE', orderId: late.data.placeOrder.order.id });
      expect(notices.map((n) => n.recipient)).toEqual([first.credentials!.credentials.adminEmail]);
    } finally {
      await first.stop();
    }

    const second = await startRuntime(loadConfig(env), { log });
    try {
      expect(second.credentials!.credentials).toEqual(first.credentials!.credentials);
      expect(second.credentials!.sources.intakeApiKey).toBe('generated-earlier');
      expect(await call(second.url!, second.credentials!.credentials.intakeApiKey)).toEqual({ data: { placeOrder: { created: false, errors: [] } } });
    } finally {
      await second.stop();
    }
  });

  it('says clearly when the embedded database port is taken', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const env = { PH_DATA_DIR: path.join(parent, 'other'), PORT: '0', PH_EMBEDDED_PG_PORT: String(port), PH_MODE: 'api', NODE_ENV: 'test' };
      await expect(startRuntime(loadConfig(env), { log: pino({ level: 'silent' }) })).rejects.toThrow(
        `Port ${port} is taken, so the embedded PostgreSQL cannot start`,
      );
    } finally {
      blocker.close();
    }
  });
});
