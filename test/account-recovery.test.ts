import { SYSTEM_ACTOR } from '../server/common/tx-scope.js';
import { LoginSession } from '../server/auth/login-session.entity.js';
import { PasswordReset } from '../server/auth/password-reset.entity.js';
import { hashToken } from '../server/common/tokens.js';
import { EscalationKind } from '../server/escalations/escalation.entity.js';
import { Order } from '../server/orders/order.entity.js';
import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { OutboxMessage } from '../server/outbox/outbox-message.entity.js';
import { LinkKind } from '../server/setup/setup-enums.js';
import { SetupLink } from '../server/setup/setup-link.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createOrder } from './support/console.js';
import { createOrganization, createRep, createUser, loginToken, unique } from './support/factories.js';
import { administratorWithExpiredActivation, outboxOf, tokenFromOutbox } from './support/recovery.js';

/**
 * Ways back in, over GraphQL against the real server and PostgreSQL: "Forgot your password?" for
 * organization administrators and reps, and fresh activation links (from a rep, from an
 * administrator of the same organization, and from the expired-link page itself).
 */

const OLD_PASSWORD = 'Old-password-2026!';
const NEW_PASSWORD = 'New-password-2026!';

const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { code message field } } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token expiresAt viewer { id kind email } errors { code message field } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token errors { code } } }`;
const VIEWER = `{ viewer { id kind email } }`;
const REQUEST_ACTIVATION = `mutation($input: RequestActivationLinkInput!) { requestActivationLink(input: $input) { errors { code message field } } }`;
const SEND_ACTIVATION = `mutation($input: SendActivationLinkInput!) { sendActivationLink(input: $input) { user { id email activated } errors { code message field } } }`;
const ACTIVATE = `mutation($input: ActivateAccountInput!) { activateAccount(input: $input) { token viewer { kind email } errors { code } } }`;
const PEOPLE = `{ organizationUsers { id email activated } }`;

let app: TestApp;
beforeAll(async () => {
  // Three requests per address and window, to see the throttle; many per client address (all tests share 127.0.0.1).
  app = await startTestApp({ env: { RATE_LIMIT_PER_ACCOUNT: '3', RATE_LIMIT_PER_ADDRESS: '10000', REPS_LOCALE: 'it' } });
}, 120_000);
afterAll(() => app.stop());

async function partnerAdministrator(password = OLD_PASSWORD) {
  const organization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER, name: unique('Rossi ') });
  const user = await createUser(app.em(), organization, `${unique('anna')}@rossi.example`, password);
  return { organization, user };
}

const requestReset = async (email: string, locale?: string) => (await app.gql(REQUEST_RESET, { input: { email, locale } })).data.requestPasswordReset;
const reset = async (token: string, password = NEW_PASSWORD) => (await app.gql(RESET, { input: { token, password } })).data.resetPassword;
const codes = (payload: { errors: { code: string }[] }) => payload.errors.map((e) => e.code);

describe('Forgot your password?', () => {
  it('emails a partner administrator a one-time link; the new password logs in and every other session is revoked', async () => {
    const { user } = await partnerAdministrator();
    const otherSession = await loginToken(app.em(), { user }, app.clock.now());
    expect((await app.gql(VIEWER, {}, otherSession)).data.viewer.email).toBe(user.email);

    expect(await requestReset(user.email.toUpperCase(), 'it-IT')).toEqual({ errors: [] });

    const [email] = await outboxOf(app, user.email, 'PASSWORD_RESET');
    expect(email.locale).toBe('it');
    expect(email.subject).toBe('Reimposta la password di Provisioning Hub');
    const token = /Scegli una nuova password: http:\/\/portal\.test\/portal\/reset-password\?token=(phr_[A-Za-z0-9_-]{43})\n/.exec(email.text)?.[1];
    expect(token).toBeDefined();
    // Only the hash is stored, and the link expires within the hour.
    const stored = await app.em().findOneOrFail(PasswordReset, { user: user.id });
    expect(stored.tokenHash).toBe(hashToken(token!));
    expect(stored.expiresAt.getTime() - app.clock.now().getTime()).toBe(60 * 60_000);

    const result = await reset(token!);
    expect(result.errors).toEqual([]);
    expect(result.viewer).toEqual({ id: user.id, kind: 'PARTNER_ADMIN', email: user.email });
    expect((await app.gql(VIEWER, {}, result.token)).data.viewer.id).toBe(user.id);
    // The session opened before the reset is gone.
    expect((await app.gql(VIEWER, {}, otherSession)).data.viewer).toBeNull();
    const open = await app.em().count(LoginSession, { user: user.id, revokedAt: null });
    expect(open).toBe(1);
    // The old password no longer works; the new one does.
    expect(codes((await app.gql(LOGIN, { input: { email: user.email, password: OLD_PASSWORD } })).data.login)).toEqual(['INVALID_CREDENTIALS']);
    expect(codes((await app.gql(LOGIN, { input: { email: user.email, password: NEW_PASSWORD } })).data.login)).toEqual([]);
  });

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const { user } = await partnerAdministrator();
    const nobody = `${unique('nobody')}@rossi.example`;
    const before = await app.em().count(OutboxMessage, {});
    const known = await app.gql(REQUEST_RESET, { input: { email: user.email } });
    const unknown = await app.gql(REQUEST_RESET, { input: { email: nobody } });
    expect(unknown.status).toBe(known.status);
    expect(unknown.data).toEqual(known.data);
    expect(unknown.data.requestPasswordReset).toEqual({ errors: [] });
    expect(await app.em().count(OutboxMessage, {})).toBe(before + 1);
    expect(await outboxOf(app, nobody, 'PASSWORD_RESET')).toEqual([]);
  });

  it('refuses a mistyped address as INVALID_EMAIL on the email field', async () => {
    expect((await requestReset('not an address')).errors).toEqual([expect.objectContaining({ code: 'INVALID_EMAIL', field: ['input', 'email'] })]);
  });

  it('lets a link work once: a second use is TOKEN_EXPIRED and changes nothing', async () => {
    const { user } = await partnerAdministrator();
    await requestReset(user.email);
    const token = await tokenFromOutbox(app, user.email, 'PASSWORD_RESET');
    expect((await reset(token)).errors).toEqual([]);
    const second = await reset(token, 'Another-password-2026!');
    expect(codes(second)).toEqual(['TOKEN_EXPIRED']);
    expect(codes((await app.gql(LOGIN, { input: { email: user.email, password: NEW_PASSWORD } })).data.login)).toEqual([]);
  });

  it('lets a link expire after an hour', async () => {
    const { user } = await partnerAdministrator();
    await requestReset(user.email);
    const token = await tokenFromOutbox(app, user.email, 'PASSWORD_RESET');
    app.clock.advance(60 * 60_000);
    try {
      expect(codes(await reset(token))).toEqual(['TOKEN_EXPIRED']);
    } finally {
      app.clock.advance(-60 * 60_000);
    }
    expect(codes((await app.gql(LOGIN, { input: { email: user.email, password: OLD_PASSWORD } })).data.login)).toEqual([]);
  });

  it('revokes the earlier link when a new one is asked for', async () => {
    const { user } = await partnerAdministrator();
    await requestReset(user.email);
    const first = await tokenFromOutbox(app, user.email, 'PASSWORD_RESET');
    await requestReset(user.email);
    const second = await tokenFromOutbox(app, user.email, 'PASSWORD_RESET');
    expect(second).not.toBe(first);
    expect(codes(await reset(first))).toEqual(['TOKEN_EXPIRED']);
    expect((await reset(second)).errors).toEqual([]);
  });

  it('refuses a weak password as PASSWORD_TOO_WEAK and keeps the link usable', async () => {
    const { user } = await partnerAdministrator();
    await requestReset(user.email);
    const token = await tokenFromOutbox(app, user.email, 'PASSWORD_RESET');
    expect((await reset(token, 'short')).errors).toEqual([expect.objectContaining({ code: 'PASSWORD_TOO_WEAK', field: ['input', 'password'] })]);
    expect((await reset(token)).errors).toEqual([]);
  });

  it('answers an unknown link as TOKEN_INVALID', async () => {
    expect(codes(await reset('phr_not-a-link'))).toEqual(['TOKEN_INVALID']);
  });

  it('throttles requests like login: after RATE_LIMIT_PER_ACCOUNT requests for one address, TOO_MANY_ATTEMPTS, known or not', async () => {
    const { user } = await partnerAdministrator();
    const nobody = `${unique('nobody')}@rossi.example`;
    for (const address of [user.email, nobody]) {
      for (let i = 0; i < 3; i++) expect(await requestReset(address)).toEqual({ errors: [] });
      expect((await requestReset(address)).errors).toEqual([expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS', field: ['input', 'email'] })]);
    }
    expect(await outboxOf(app, user.email, 'PASSWORD_RESET')).toHaveLength(3);
  });

  it('sends a rep a link to the console, in REPS_LOCALE unless the page asks for another language', async () => {
    const rep = await createRep(app.em(), { password: OLD_PASSWORD });
    const repSession = await loginToken(app.em(), { rep }, app.clock.now());
    await requestReset(rep.email);
    const [italian] = await outboxOf(app, rep.email, 'PASSWORD_RESET');
    expect(italian.locale).toBe('it');
    expect(italian.text).toMatch(/Scegli una nuova password: http:\/\/portal\.test\/admin\/#\/reset-password\?token=phr_/);
    await requestReset(rep.email, 'en');
    const both = await outboxOf(app, rep.email, 'PASSWORD_RESET');
    expect(both.map((m) => `${m.locale}: ${m.subject}`).sort()).toEqual([
      'en: Reset your Provisioning Hub password',
      'it: Reimposta la password di Provisioning Hub',
    ]);

    const result = await reset(await tokenFromOutbox(app, rep.email, 'PASSWORD_RESET'));
    expect(result.viewer).toEqual({ id: rep.id, kind: 'REP', email: rep.email });
    expect((await app.gql(VIEWER, {}, repSession)).data.viewer).toBeNull();
  });
});

describe('a new activation link', () => {
  it('is sent by a rep to an administrator whose link expired: the old link stays dead, the new one activates', async () => {
    const { user, expiredToken } = await administratorWithExpiredActivation(app, { locale: 'it' });
    const rep = await createRep(app.em());
    expect(codes((await app.gql(ACTIVATE, { input: { token: expiredToken, password: NEW_PASSWORD } })).data.activateAccount)).toEqual(['TOKEN_EXPIRED']);

    const sent = (await app.gql(SEND_ACTIVATION, { input: { userId: user.id } }, await loginToken(app.em(), { rep }, app.clock.now()))).data.sendActivationLink;
    expect(sent).toEqual({ user: { id: user.id, email: user.email, activated: false }, errors: [] });

    const emails = await outboxOf(app, user.email, 'ACTIVATION');
    expect(emails).toHaveLength(2);
    expect(emails.map((e) => e.locale)).toEqual(['it', 'it']);
    const fresh = await tokenFromOutbox(app, user.email, 'ACTIVATION');
    expect(fresh).not.toBe(expiredToken);
    // Only the new link is open.
    const links = await app.em().find(SetupLink, { user: user.id, kind: LinkKind.ACTIVATION });
    expect(Object.fromEntries(links.map((l) => [l.tokenHash === hashToken(expiredToken) ? 'expired' : 'fresh', !!l.revokedAt]))).toEqual({
      expired: true,
      fresh: false,
    });
    const activated = (await app.gql(ACTIVATE, { input: { token: fresh, password: NEW_PASSWORD } })).data.activateAccount;
    expect(activated).toMatchObject({ viewer: { kind: 'CUSTOMER_ADMIN', email: user.email }, errors: [] });
  });

  it('is sent by an administrator of the same organization, and refused as NOT_FOUND to another organization’s administrator', async () => {
    const { organization, user } = await administratorWithExpiredActivation(app);
    const colleague = await createUser(app.em(), organization, `${unique('colleague')}@customer.example`, OLD_PASSWORD);
    const stranger = (await partnerAdministrator()).user;

    const refused = (await app.gql(SEND_ACTIVATION, { input: { userId: user.id } }, await loginToken(app.em(), { user: stranger }, app.clock.now()))).data
      .sendActivationLink;
    expect(refused).toEqual({ user: null, errors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'userId'] })] });
    expect(await outboxOf(app, user.email, 'ACTIVATION')).toHaveLength(1);

    const colleagueToken = await loginToken(app.em(), { user: colleague }, app.clock.now());
    const people = (await app.gql(PEOPLE, {}, colleagueToken)).data.organizationUsers;
    expect(people).toEqual(
      [
        { id: colleague.id, email: colleague.email, activated: true },
        { id: user.id, email: user.email, activated: false },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );
    const sent = (await app.gql(SEND_ACTIVATION, { input: { userId: user.id } }, colleagueToken)).data.sendActivationLink;
    expect(sent.errors).toEqual([]);
    expect(await outboxOf(app, user.email, 'ACTIVATION')).toHaveLength(2);
  });

  it('is sent from the expired-link page to the address on file, with nothing but the old link', async () => {
    const { user, expiredToken } = await administratorWithExpiredActivation(app);
    const before = new Set((await app.em().find(OutboxMessage, {})).map((m) => m.id));
    expect((await app.gql(REQUEST_ACTIVATION, { input: { token: expiredToken } })).data.requestActivationLink).toEqual({ errors: [] });
    const queued = (await app.em().find(OutboxMessage, {})).filter((m) => !before.has(m.id));
    expect(queued.map((m) => [m.template, m.recipient])).toEqual([['ACTIVATION', user.email]]);
    const fresh = await tokenFromOutbox(app, user.email, 'ACTIVATION');
    expect((await app.gql(ACTIVATE, { input: { token: fresh, password: NEW_PASSWORD } })).data.activateAccount.errors).toEqual([]);
  });

  it('is not sent for an account that is already active: ACCOUNT_ALREADY_ACTIVE, nothing queued', async () => {
    const { user, expiredToken } = await administratorWithExpiredActivation(app);
    await app.em().nativeUpdate('User', { id: user.id }, { passwordHash: 'set-elsewhere' });
    expect(codes((await app.gql(REQUEST_ACTIVATION, { input: { token: expiredToken } })).data.requestActivationLink)).toEqual(['ACCOUNT_ALREADY_ACTIVE']);
    expect(await outboxOf(app, user.email, 'ACTIVATION')).toHaveLength(1);
  });

  it('answers an unknown link as TOKEN_INVALID, and limits requests per link', async () => {
    expect(codes((await app.gql(REQUEST_ACTIVATION, { input: { token: 'pha_not-a-link' } })).data.requestActivationLink)).toEqual(['TOKEN_INVALID']);
    const { user, expiredToken } = await administratorWithExpiredActivation(app);
    for (let i = 0; i < 3; i++) expect((await app.gql(REQUEST_ACTIVATION, { input: { token: expiredToken } })).data.requestActivationLink.errors).toEqual([]);
    expect(codes((await app.gql(REQUEST_ACTIVATION, { input: { token: expiredToken } })).data.requestActivationLink)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(await outboxOf(app, user.email, 'ACTIVATION')).toHaveLength(4);
  });

  it('for an administrator who never had an activation link, belongs to the organization’s latest order', async () => {
    const organization = await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER });
    const user = await createUser(app.em(), organization);
    const order = await createOrder(app, { customerOrganization: organization });
    const rep = await createRep(app.em());
    const sent = (await app.gql(SEND_ACTIVATION, { input: { userId: user.id } }, await loginToken(app.em(), { rep }, app.clock.now()))).data.sendActivationLink;
    expect(sent.errors).toEqual([]);
    const link = await app.em().findOneOrFail(SetupLink, { user: user.id });
    expect(link.order.id).toBe(order.id);
  });
});

describe('rep notices', () => {
  it('follow REPS_LOCALE (here it)', async () => {
    const order = await createOrder(app);
    await app.em().transactional(async (em) => {
      await app.services.escalations.open(
        { em, actor: SYSTEM_ACTOR, now: app.clock.now() },
        await em.findOneOrFail(Order, order.id),
        EscalationKind.OVERDUE_PROVISIONING,
      );
    });
    const [notice] = await app.em().find(OutboxMessage, { template: 'REP_NOTICE', orderId: order.id });
    expect(notice.locale).toBe('it');
    expect(notice.subject).toBe(
      `[Provisioning Hub] Ordine ${order.ccwOrderNumber}: il provisioning non è ancora iniziato a un giorno dalla data di inizio richiesta`,
    );
    expect(notice.html).toContain('<html lang="it">');
  });
});
