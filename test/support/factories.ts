import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { ApiKey, type Scope } from '../../server/auth/api-key.entity.js';
import { LoginSession } from '../../server/auth/login-session.entity.js';
import { hashPassword } from '../../server/auth/passwords.js';
import { Rep, RepRole } from '../../server/auth/rep.entity.js';
import { generateToken, hashToken } from '../../server/common/tokens.js';
import { Organization, OrganizationKind } from '../../server/organizations/organization.entity.js';
import { User, UserRole } from '../../server/organizations/user.entity.js';

let sequence = 0;
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(sequence++).toString(36)}${randomBytes(2).toString('hex')}`;

/** A valid `PlaceOrderInput`; override what the test is about. */
export function orderInput(overrides: Record<string, unknown> = {}) {
  return {
    ccwOrderNumber: unique('CCW-'),
    offer: 'A_WX',
    partnerAccountId: unique('PA-'),
    partnerName: 'Rossi Networks S.r.l.',
    customerName: 'Acme Italia S.p.A.',
    services: [
      { kind: 'MEETINGS', quantity: 50 },
      { kind: 'CALLING', quantity: 20 },
    ],
    requestedStartDate: '2026-12-01',
    timeZone: 'Europe/Rome',
    provisioningContactEmail: `${unique('provisioning-')}@rossi-networks.example`.toLowerCase(),
    locale: 'it',
    ...overrides,
  };
}

export async function createApiKey(em: EntityManager, scopes: Scope[], name = unique('key-')): Promise<string> {
  const token = generateToken('key');
  await em.persist(em.create(ApiKey, { name, keyHash: hashToken(token), scopes })).flush();
  return token;
}

export async function createRep(em: EntityManager, options: { role?: RepRole; email?: string; password?: string } = {}) {
  const rep = em.create(Rep, {
    email: options.email ?? `${unique('rep')}@cisco.example`,
    name: 'Test Rep',
    role: options.role ?? RepRole.REP,
    passwordHash: await hashPassword(options.password ?? 'Correct-horse-9'),
  });
  await em.persist(rep).flush();
  return rep;
}

export async function createOrganization(
  em: EntityManager,
  options: { kind: OrganizationKind; name?: string; partnerAccountId?: string; managingPartner?: Organization; country?: string; city?: string },
) {
  const organization = em.create(Organization, {
    kind: options.kind,
    name: options.name ?? unique('Org '),
    country: options.country ?? 'IT',
    address: 'Via Roma 1',
    city: options.city ?? 'Milano',
    postalCode: '20100',
    partnerAccountId: options.partnerAccountId,
    managingPartner: options.managingPartner,
  });
  await em.persist(organization).flush();
  return organization;
}

export async function createUser(em: EntityManager, organization: Organization, email = `${unique('user')}@example.com`, password?: string) {
  const user = em.create(User, { organization, email, role: UserRole.ADMIN, passwordHash: password ? await hashPassword(password) : undefined });
  await em.persist(user).flush();
  return user;
}

/** A login bearer token for a rep or an organization user, valid for a day from `now`. */
export async function loginToken(em: EntityManager, who: { rep?: Rep; user?: User }, now = new Date()): Promise<string> {
  const token = generateToken('login');
  await em
    .persist(em.create(LoginSession, { tokenHash: hashToken(token), rep: who.rep, user: who.user, expiresAt: new Date(now.getTime() + 86_400_000) }))
    .flush();
  return token;
}
