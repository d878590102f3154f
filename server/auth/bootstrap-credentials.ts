import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../common/config.js';
import { generateToken, hashToken } from '../common/tokens.js';
import { ApiKey, type Scope } from './api-key.entity.js';
import { hashPassword } from './passwords.js';
import { Rep, RepRole } from './rep.entity.js';

export interface BootstrapCredentials {
  intakeApiKey?: string;
  schedulerApiKey?: string;
  adminEmail?: string;
  adminPassword?: string;
}

/**
 * In embedded mode, keys and the first rep's password are generated once and kept in
 * `<data dir>/credentials.json` (mode 0600), so each start prints the same working values.
 */
export function embeddedCredentials(config: Config): BootstrapCredentials {
  const file = path.join(config.dataDir, 'credentials.json');
  const stored: BootstrapCredentials = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const credentials: BootstrapCredentials = {
    intakeApiKey: config.intakeApiKey ?? stored.intakeApiKey ?? generateToken('key'),
    schedulerApiKey: config.schedulerApiKey ?? stored.schedulerApiKey ?? generateToken('key'),
    adminEmail: config.adminEmail ?? stored.adminEmail ?? 'admin@provisioning-hub.local',
    adminPassword: config.adminPassword ?? stored.adminPassword ?? `Rep-${randomBytes(12).toString('base64url')}`,
  };
  writeFileSync(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  return credentials;
}

async function ensureKey(em: EntityManager, name: string, key: string, scopes: Scope[]): Promise<void> {
  const keyHash = hashToken(key);
  const existing = await em.findOne(ApiKey, { name });
  if (existing) {
    existing.keyHash = keyHash;
    existing.scopes = scopes;
    existing.revokedAt = undefined;
  } else {
    em.persist(em.create(ApiKey, { name, keyHash, scopes }));
  }
}

/** Makes the configured machine keys work (replacing a changed one) and creates the first rep if missing. */
export async function applyBootstrapCredentials(em: EntityManager, credentials: BootstrapCredentials): Promise<void> {
  await em.transactional(async (tx) => {
    if (credentials.intakeApiKey) await ensureKey(tx, 'intake', credentials.intakeApiKey, ['orders:write']);
    if (credentials.schedulerApiKey) await ensureKey(tx, 'scheduler', credentials.schedulerApiKey, ['orders:overdue:read']);
    if (credentials.adminEmail && credentials.adminPassword) {
      const existing = await tx.findOne(Rep, { email: credentials.adminEmail });
      if (!existing) {
        tx.persist(
          tx.create(Rep, {
            email: credentials.adminEmail,
            name: 'Administrator',
            role: RepRole.ADMIN,
            passwordHash: await hashPassword(credentials.adminPassword),
          }),
        );
      }
    }
  });
}
