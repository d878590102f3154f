import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../common/config.js';
import { ApiKey } from './api-key.entity.js';
import { Rep } from './rep.entity.js';

/**
 * What the start finds wrong with a deployment that would serve nobody (on the operator's own database;
 * the embedded one generates what is missing). `refusals` stop a production start and are warned about
 * in development; `warnings` are warned about everywhere. Each names the variable to set.
 */
export interface StartupFindings {
  refusals: string[];
  warnings: string[];
}

/** Run after the bootstrap credentials are applied, so a rep or key created now counts. */
export async function checkSomeoneCanWork(em: EntityManager, config: Config): Promise<StartupFindings> {
  const refusals: string[] = [];
  const warnings: string[] = [];
  if (config.mode === 'worker') return { refusals, warnings };

  if (config.adminPassword && !config.adminEmail) {
    refusals.push("ADMIN_PASSWORD is set but ADMIN_EMAIL is not, so no rep account is created from it: set ADMIN_EMAIL to the first rep's address");
  }
  const reps = await em.count(Rep, { active: true });
  if (reps === 0 && !config.oidc) {
    if (config.adminEmail && !config.adminPassword) {
      refusals.push(`no rep can sign in: the database has no rep account and ADMIN_EMAIL is set but ADMIN_PASSWORD is not: set ADMIN_PASSWORD`);
    } else if (!config.adminEmail && !config.adminPassword) {
      refusals.push(
        'no rep can sign in: the database has no rep account and ADMIN_EMAIL and ADMIN_PASSWORD are not set: set both (the first rep, an administrator), or single sign-on (OIDC_ISSUER)',
      );
    }
  }
  const keys = await em.find(ApiKey, { revokedAt: null }, { fields: ['scopes'] });
  if (!keys.some((key) => key.scopes.includes('orders:write'))) {
    warnings.push('no machine key can place orders: INTAKE_API_KEY is not set (CCW cannot send orders until it is)');
  }
  if (!keys.some((key) => key.scopes.includes('orders:overdue:read'))) {
    warnings.push('SCHEDULER_API_KEY is not set: no scheduler can read overdue orders');
  }
  if (!config.repsEmail) {
    warnings.push('neither REPS_EMAIL nor ADMIN_EMAIL is set: notices of new escalations go to nobody');
  }
  return { refusals, warnings };
}
