/**
 * How many SQL statements each wizard step sends (issue 25: "five statements per wizard step"), the
 * bench's walk (partner, SELF, new organizations, meetings ordered) with the bench's small payload.
 * Printed per step for the record, and bounded so that a step that starts sending more fails.
 */
import { startTestApp, type TestApp } from './support/app.js';
import { countStatements, type StatementCounter } from './support/statements.js';
import { unique } from './support/factories.js';
import { Wizard } from './support/wizard.js';

let app: TestApp;
let counter: StatementCounter;

beforeAll(async () => {
  app = await startTestApp();
  counter = countStatements();
});

afterAll(async () => {
  counter.stop();
  await app.stop();
});

const PAYLOAD = 'errors { code message } session { nextStep missingSettings }';
const step = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { ${PAYLOAD} } }`;

const WALK: [string, string, (n: string) => Record<string, unknown>][] = [
  ['chooseRole', 'ChooseRoleInput', () => ({ role: 'PARTNER' })],
  ['chooseSetupOwner', 'ChooseSetupOwnerInput', () => ({ owner: 'SELF' })],
  [
    'createPartnerOrganization',
    'CreatePartnerOrganizationInput',
    (n) => ({ name: `Probe Partner ${n}`, country: 'IT', address: 'Via Roma 1', city: 'Milano', postalCode: '20100' }),
  ],
  ['setCustomerAdministrator', 'SetCustomerAdministratorInput', (n) => ({ email: `it-${n}@probe-customer.example` })],
  [
    'confirmCustomerOrganization',
    'ConfirmCustomerOrganizationInput',
    (n) => ({ newOrganization: { name: `Probe Customer ${n}`, country: 'IT', address: 'Corso Como 1', city: 'Milano', postalCode: '20154' } }),
  ],
  ['completeOrderSetup', 'CompleteOrderSetupInput', () => ({})],
  ['setPassword', 'SetPasswordInput', () => ({ password: 'Probe-walk-pass-2026!' })],
  ['saveMeetingSettings', 'MeetingSettingsInput', (n) => ({ siteName: `probe${n}`.toLowerCase(), timeZone: 'Europe/Rome', language: 'it' })],
  ['saveEnterpriseSettings', 'EnterpriseSettingsInput', (n) => ({ subdomain: `probe${n}`.toLowerCase() })],
  ['provisionSubscription', 'ProvisionInput', () => ({})],
];

/**
 * The statements each step may send, counted with the test clock (frozen: on a moving clock the session's and the
 * order's activity times change too, and the step's end writes them in its one statement, so each step of this walk
 * sends as many; only a step that changes nothing else sends its end on a moving clock alone). Every step:
 * the setup session's bearer (1), BEGIN, the session, order and link locked by one statement
 * (setup/step-rows.ts; after step 8 with the subscription and its organization), the step's own reads and
 * writes, the step's end (setup/step-end.ts: the locked rows' changes and the step's audit rows in one statement),
 * COMMIT: five for a step with no reads or writes of its own. The payload's reads (the session's missingSettings:
 * subscription, organization) are answered from the rows the step held (setup.service.ts, primeStepAnswer: locked by
 * the service setup; completeOrderSetup's, which creates the subscription), except after setPassword, which holds
 * neither. completeOrderSetup's own (setup/order-setup-completion.ts): the administrator's address (its user and
 * whether a rep has it, one statement), one insert per table it creates rows in (organization, app_user, subscription),
 * the SET_UP transition's escalation read, and the unit of work's flush before the step's end (order_event,
 * audit_event, the activation email and its link): 14. The session and the order are written by the step's end only.
 */
const BOUND: Record<string, number> = {
  startSetup: 10,
  chooseRole: 5,
  chooseSetupOwner: 8,
  createPartnerOrganization: 5,
  setCustomerAdministrator: 7,
  confirmCustomerOrganization: 5,
  completeOrderSetup: 14,
  setPassword: 9,
  saveMeetingSettings: 5,
  saveEnterpriseSettings: 5,
  provisionSubscription: 8,
};

/** The step's end (setup/step-end.ts) and what follows it: the rows it wrote are not updated again by the unit of work. */
const STEP_END = /^with (audit|w0) as \(/;
const LOCKED_ROW_UPDATE = /^update "(setup_session|customer_order|subscription|organization)"/;
const SESSION_OR_ORDER_UPDATE = /^update "(setup_session|customer_order)"/;
const INSERT = /^insert into "?(\w+)"?/;

it('each wizard step of the bench walk sends a bounded number of statements', async () => {
  const wizard = new Wizard(app);
  const counts: Record<string, number[]> = {};
  for (let walk = 0; walk < 3; walk++) {
    const { token } = await wizard.orderWithLink({ offer: 'A_FLEX', services: [{ kind: 'MEETINGS', quantity: 25 }] });
    const n = unique('')
      .replace(/[^a-z0-9]/gi, '')
      .slice(-10);
    counter.reset();
    const { sessionToken, session } = await wizard.start(token);
    (counts.startSetup ??= []).push(counter.statements.length);
    expect(session.nextStep).toBe('CHOOSE_ROLE');
    for (const [name, type, input] of WALK) {
      counter.reset();
      const { data, errors } = await app.gql(step(name, type), { input: input(n) }, sessionToken);
      expect(errors).toBeUndefined();
      expect(data[name].errors).toEqual([]);
      (counts[name] ??= []).push(counter.statements.length);
      const end = counter.statements.findIndex((s) => STEP_END.test(s));
      expect(end).toBeGreaterThan(0);
      expect(counter.statements.slice(end + 1).filter((s) => LOCKED_ROW_UPDATE.test(s))).toEqual([]);
      // The session and the order are written by the step's end only, and no table gets two insert statements (a step's
      // new rows of one table go in one; the end's audit rows are inserted within its own statement, `with audit as`).
      expect(counter.statements.slice(0, end).filter((s) => SESSION_OR_ORDER_UPDATE.test(s))).toEqual([]);
      const inserted = counter.statements.map((s) => INSERT.exec(s)?.[1]).filter((table) => table !== undefined);
      expect(inserted.filter((table, i) => inserted.indexOf(table) !== i)).toEqual([]);
      if (process.env.SHOW_STATEMENTS && walk === 2)
        console.log(
          name,
          counter.statements.map((s) => s.slice(0, 160)),
        );
    }
  }
  if (process.env.SHOW_STATEMENTS)
    console.log(
      Object.entries(counts)
        .map(([name, c]) => `${name}: ${c.join(' / ')}`)
        .join('\n'),
    );
  const over = Object.entries(counts).filter(([name, c]) => Math.max(...c) > BOUND[name]);
  expect(over).toEqual([]);
  expect(Object.keys(counts).sort()).toEqual(Object.keys(BOUND).sort());
});
