import { describeUserError } from '../admin/console/src/i18n/user-errors.js';
import { phraseUserError } from '../admin/shared/user-errors.js';
import { InputValidator } from '../server/common/validation.js';
import { UserErrorCode, UserFacingError } from '../server/common/errors.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, orderInput } from './support/factories.js';

/**
 * UserError.params (an addition to the contract's type, docs/integrators.md): the values a message names, and a `reason` where
 * a code covers several situations. Both apps phrase errors from `code` + `params` through one core
 * (admin/shared/user-errors.ts), so rewording the server's English changes no translation.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('UserError.params', () => {
  it('carries the reason and the values of an input mistake through GraphQL', async () => {
    const key = await createApiKey(app.em(), ['orders:write']);
    const { data } = await app.gql(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { errors { code field message params } order { id } } }`,
      { input: orderInput({ customerName: '   ', timeZone: 'Mars/Olympus' }) },
      key,
    );
    expect(data.placeOrder.order).toBeNull();
    expect(data.placeOrder.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'customerName'], params: expect.objectContaining({ reason: 'REQUIRED' }) }),
        expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'timeZone'], params: { reason: 'TIME_ZONE', value: 'Mars/Olympus' } }),
      ]),
    );
  });

  it('is an empty object when the message names nothing', async () => {
    const { data } = await app.gql(`mutation($input: StartSetupInput!) { startSetup(input: $input) { errors { code params } } }`, {
      input: { token: 'not-a-token' },
    });
    expect(data.startSetup.errors).toEqual([{ code: 'TOKEN_INVALID', params: {} }]);
  });

  it('names the limits a validator applied', () => {
    const v = new InputValidator();
    v.text('name', 'x'.repeat(11), { max: 10, label: 'The name' });
    v.integer('quantity', 0, { min: 1, max: 5, label: 'The quantity' });
    let thrown: unknown;
    try {
      v.done();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserFacingError);
    expect((thrown as UserFacingError).errors.map((e) => [e.code, e.params])).toEqual([
      [UserErrorCode.INVALID_INPUT, { reason: 'TOO_LONG', label: 'The name', max: 10 }],
      [UserErrorCode.INVALID_INPUT, { reason: 'RANGE', label: 'The quantity', min: 1, max: 5 }],
    ]);
  });
});

describe('phrasing by code and params (the core both apps share)', () => {
  const catalog: Record<string, string> = {
    INVALID_INPUT: 'Check this value',
    'INVALID_INPUT.email': 'Check this email',
    'INVALID_INPUT.TOO_LONG': 'At most {max} characters',
    'INVALID_INPUT.TOO_LONG.postalCode': 'A postal code has at most {max} characters',
    'INVALID_TRANSITION.ORDER': 'From {from:OrderStatus} to {to:OrderStatus}',
  };
  const lookup = (key: string) => catalog[key];

  it('takes the most specific template: code.reason.field, code.reason, code.field, code', () => {
    const base = { code: 'INVALID_INPUT', message: 'ignored' };
    expect(phraseUserError({ ...base, field: ['input', 'postalCode'], params: { reason: 'TOO_LONG', max: 10 } }, lookup)).toBe(
      'A postal code has at most 10 characters',
    );
    expect(phraseUserError({ ...base, field: ['input', 'city'], params: { reason: 'TOO_LONG', max: 80 } }, lookup)).toBe('At most 80 characters');
    expect(phraseUserError({ ...base, field: ['input', 'email'], params: { reason: 'OTHER' } }, lookup)).toBe('Check this email');
    expect(phraseUserError({ ...base, field: ['input', 'city'] }, lookup)).toBe('Check this value');
    expect(phraseUserError({ code: 'NOT_FOUND', message: 'No such thing' }, lookup)).toBeUndefined();
  });

  it('fills values from params, phrasing enum values through the app', () => {
    const error = {
      code: 'INVALID_TRANSITION',
      message: 'An order cannot go from PLACED to PROVISIONED',
      params: { reason: 'ORDER', from: 'PLACED', to: 'PROVISIONED' },
    };
    expect(phraseUserError(error, lookup, { format: (kind, value) => `${kind}:${value.toLowerCase()}` })).toBe(
      'From OrderStatus:placed to OrderStatus:provisioned',
    );
  });
});

describe("the console's Italian", () => {
  const ENUMS: Record<string, string> = { 'console.enums.OrderStatus.PLACED': 'Ricevuto', 'console.enums.OrderStatus.CANCELLED': 'Annullato' };
  const translate = (key: string, options?: Record<string, unknown>) =>
    ENUMS[key] ?? (key === 'console.errors.codes.NOT_FOUND' ? 'Non trovato' : String(options?._ ?? key));

  it('does not depend on the English sentence: a reworded message keeps its translation', () => {
    const params = { reason: 'ORDER', from: 'PLACED', to: 'CANCELLED' };
    for (const message of ['An order cannot go from PLACED to CANCELLED', 'Orders that are PLACED may not become CANCELLED']) {
      expect(describeUserError({ code: 'INVALID_TRANSITION', message, params }, 'it', translate)).toBe('Un ordine non può passare da Ricevuto a Annullato');
    }
  });

  it("reads the server's English in English, and an unknown case as the code's summary and the server's words", () => {
    expect(
      describeUserError(
        { code: 'INVALID_TRANSITION', message: 'An order cannot go from PLACED to CANCELLED', params: { reason: 'ORDER', from: 'PLACED', to: 'CANCELLED' } },
        'en',
        translate,
      ),
    ).toBe('An order cannot go from PLACED to CANCELLED');
    expect(describeUserError({ code: 'NOT_FOUND', message: 'No such widget', field: ['input', 'widgetId'] }, 'it', translate)).toBe(
      'Non trovato: No such widget',
    );
  });
});
