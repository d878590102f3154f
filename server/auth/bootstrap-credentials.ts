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

/** Where each bootstrap value came from: the operator's environment, generated at this start, or generated earlier. */
export type CredentialSource = 'environment' | 'generated-now' | 'generated-earlier';

export interface EmbeddedCredentials {
  credentials: Required<BootstrapCredentials>;
  sources: Record<keyof BootstrapCredentials, CredentialSource>;
}

/**
 * In embedded mode, what the operator did not configure is generated once and kept in
 * `<data dir>/credentials.json` (mode 0600). Values from the environment are never written there
 * (and never printed): a key that is configured replaces the generated one, which the file drops.
 */
export function embeddedCredentials(config: Config): EmbeddedCredentials {
  const file = path.join(config.dataDir, 'credentials.json');
  const stored: BootstrapCredentials = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const generators: Record<keyof BootstrapCredentials, () => string> = {
    intakeApiKey: () => generateToken('key'),
    schedulerApiKey: () => generateToken('key'),
    adminEmail: () => 'admin@provisioning-hub.local',
    adminPassword: () => `Rep-${randomBytes(12).toString('base64url')}`,
  };
  const credentials = {} as Required<BootstrapCredentials>;
  const sources = {} as Record<keyof BootstrapCredentials, CredentialSource>;
  const kept: BootstrapCredentials = {};
  for (const name of Object.keys(generators) as (keyof BootstrapCredentials)[]) {
    const configured = config[name];
    if (configured) {
      credentials[name] = configured;
      sources[name] = 'environment';
    } else {
      credentials[name] = kept[name] = stored[name] ?? generators[name]();
      sources[name] = stored[name] ? 'generated-earlier' : 'generated-now';
    }
  }
  writeFileSync(file, JSON.stringify(kept, null, 2) + '\n', { mode: 0o600 });
  return { credentials, sources };
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
