import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import buildGraphQLProvider from 'ra-data-graphql';
import {
  CREATE as RA_CREATE,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  HttpError,
  UPDATE as RA_UPDATE,
  type DataProvider,
  type RaRecord,
} from 'react-admin';
import { splitUserErrors, type UserErrorLike } from '../../../shared/user-errors';
import { i18nProvider } from '../i18n';
import { describeUserError } from '../i18n/user-errors';
import { client } from './client';
import { ACTIONS, CREATE, DASHBOARD, ESCALATION_COUNTS, RESOURCES, UPDATE, type ActionName, type ResourceName } from './documents';

/** react-admin's sort fields (record paths) → the server's sort enums, per resource. */
const SORT_FIELDS: Record<ResourceName, Record<string, string>> = {
  escalations: { createdAt: 'CREATED_AT', ageHours: 'CREATED_AT', kind: 'KIND', status: 'STATUS', 'order.ccwOrderNumber': 'ORDER_NUMBER' },
  orders: {
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
    ccwOrderNumber: 'CCW_ORDER_NUMBER',
    status: 'STATUS',
    requestedStartDate: 'REQUESTED_START_DATE',
    partnerName: 'PARTNER_NAME',
    customerName: 'CUSTOMER_NAME',
  },
  organizations: { name: 'NAME', createdAt: 'CREATED_AT', kind: 'KIND', country: 'COUNTRY' },
  subscriptions: { createdAt: 'CREATED_AT', status: 'STATUS', billingStartedAt: 'BILLING_STARTED_AT' },
  reps: { name: 'NAME', email: 'EMAIL', createdAt: 'CREATED_AT' },
  webhooks: {},
};

/** Filters the server knows, per resource; list values stay lists, single values become lists where the server wants one. */
const FILTERS: Record<ResourceName, Record<string, 'list' | 'value' | 'boolean' | 'number'>> = {
  escalations: {
    kind: 'list',
    status: 'list',
    assigneeId: 'value',
    unassigned: 'boolean',
    olderThanHours: 'number',
    slaBreached: 'boolean',
    partner: 'value',
    q: 'value',
    orderId: 'value',
    ids: 'list',
  },
  orders: { q: 'value', status: 'list', overdue: 'boolean', partnerOrganizationId: 'value', customerOrganizationId: 'value', ids: 'list' },
  organizations: { q: 'value', kind: 'value', country: 'value', managingPartnerId: 'value', ids: 'list' },
  subscriptions: { q: 'value', status: 'list', customerOrganizationId: 'value', orderId: 'value', ids: 'list' },
  reps: { q: 'value', role: 'value', active: 'boolean', ids: 'list' },
  webhooks: {},
};

/** What a rep may send back on update, per resource (the rest of the record is read-only). */
const EDITABLE: Partial<Record<ResourceName, (data: Record<string, any>) => Record<string, unknown>>> = {
  organizations: (d) => pick(d, ['name', 'country', 'address', 'city', 'postalCode', ...(d.kind === 'PARTNER' ? ['partnerAccountId'] : [])]),
  subscriptions: (d) => ({
    ...(d.meetingSettings ? { meetingSettings: pick(d.meetingSettings, ['timeZone', 'language']) } : {}),
    ...(d.callingSettings ? { callingSettings: pick(d.callingSettings, ['timeZone', 'announcementLanguage', 'emailLanguage', 'mainNumber']) } : {}),
  }),
  reps: (d) => ({ ...pick(d, ['name', 'role', 'active']), ...(d.newPassword ? { password: d.newPassword } : {}) }),
};

function pick(source: Record<string, any>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in source).map((k) => [k, source[k] ?? '']));
}

export function toFilter(resource: ResourceName, filter: Record<string, unknown> = {}): Record<string, unknown> {
  const known = FILTERS[resource];
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(filter)) {
    const kind = known[key];
    if (!kind || raw === undefined || raw === null || raw === '') continue;
    if (kind === 'list') out[key] = Array.isArray(raw) ? raw : [raw];
    else if (kind === 'boolean') out[key] = raw === true || raw === 'true';
    else if (kind === 'number') out[key] = Number(raw);
    else out[key] = raw;
  }
  return out;
}

function isResource(name: string): name is ResourceName {
  return name in RESOURCES;
}

/** Where a form names a field differently from the mutation's input. */
const FORM_FIELD_NAMES: Partial<Record<ResourceName, Record<string, string>>> = {
  reps: { password: 'newPassword' },
};

/** A payload's user errors as the thrown error react-admin maps onto form fields (server-side validation). */
export function userErrorsToHttpError(errors: UserErrorLike[], formFields?: readonly string[], resource?: ResourceName): HttpError {
  const describe = (e: UserErrorLike) => describeUserError(e, i18nProvider.getLocale(), i18nProvider.translate);
  const renames = (resource && FORM_FIELD_NAMES[resource]) || {};
  const renamed = errors.map((e) => (e.field?.[1] && renames[e.field[1]] ? { ...e, field: [e.field[0], renames[e.field[1]], ...e.field.slice(2)] } : e));
  const { fieldErrors, messages } = splitUserErrors(renamed, describe, formFields);
  const message = messages.join(' ') || 'ra.message.invalid_form';
  return new HttpError(message, 400, Object.keys(fieldErrors).length ? { errors: fieldErrors } : {});
}

function payloadOf(data: Record<string, any>): { errors: UserErrorLike[]; [key: string]: any } {
  return Object.values(data)[0];
}

/**
 * ra-data-graphql with our own queries (no introspection): every list is the server's paged,
 * sorted search; getMany asks for ids; getManyReference filters on the reference.
 */
const buildQuery = () => (fetchType: string, resourceName: string, params: any) => {
  if (!isResource(resourceName)) throw new Error(`Unknown resource ${resourceName}`);
  const docs = RESOURCES[resourceName];
  const list = (filter: Record<string, unknown>, pagination = { page: 1, perPage: 25 }, sort?: { field: string; order: string }) => ({
    query: docs.list,
    variables: {
      offset: (pagination.page - 1) * pagination.perPage,
      limit: pagination.perPage,
      // A list the server neither sorts nor filters (webhooks: newest first) declares no such variables.
      ...(Object.keys(SORT_FIELDS[resourceName]).length
        ? { sortField: sort ? SORT_FIELDS[resourceName][sort.field] : undefined, sortOrder: sort?.order === 'DESC' ? 'DESC' : sort ? 'ASC' : undefined }
        : {}),
      ...(Object.keys(FILTERS[resourceName]).length ? { filter: toFilter(resourceName, filter) } : {}),
    },
    parseResponse: ({ data }: { data: any }) => ({ data: data[docs.listField].nodes, total: data[docs.listField].totalCount }),
  });
  switch (fetchType) {
    case GET_LIST:
      return list(params.filter, params.pagination, params.sort);
    case GET_MANY:
      return {
        ...list({ ids: params.ids }, { page: 1, perPage: Math.max(1, Math.min(100, params.ids.length)) }),
        parseResponse: ({ data }: { data: any }) => ({ data: data[docs.listField].nodes }),
      };
    case GET_MANY_REFERENCE:
      return list({ ...params.filter, [params.target]: params.id }, params.pagination, params.sort);
    case GET_ONE:
      return {
        query: docs.one,
        variables: { id: params.id },
        parseResponse: ({ data }: { data: any }) => {
          if (!data[docs.oneField]) throw new HttpError('ra.notification.item_doesnt_exist', 404);
          return { data: data[docs.oneField] };
        },
      };
    case RA_UPDATE: {
      const mutation = UPDATE[resourceName as keyof typeof UPDATE];
      const editable = EDITABLE[resourceName];
      if (!mutation || !editable) throw new Error(`${resourceName} cannot be edited`);
      return {
        query: mutation,
        variables: { input: { id: params.id, ...editable(params.data) } },
        parseResponse: ({ data }: { data: any }) => {
          const payload = payloadOf(data);
          if (payload.errors.length) throw userErrorsToHttpError(payload.errors, undefined, resourceName);
          return { data: Object.values(payload).find((v) => v && typeof v === 'object' && 'id' in v) as RaRecord };
        },
      };
    }
    case RA_CREATE: {
      const mutation = CREATE[resourceName as keyof typeof CREATE];
      if (!mutation) throw new Error(`${resourceName} cannot be created here`);
      return {
        query: mutation,
        variables: { input: pick(params.data, ['email', 'name', 'role', 'password']) },
        parseResponse: ({ data }: { data: any }) => {
          const payload = payloadOf(data);
          if (payload.errors.length) throw userErrorsToHttpError(payload.errors);
          return { data: payload.rep };
        },
      };
    }
    default:
      throw new Error(`${fetchType} is not supported for ${resourceName}`);
  }
};

const base = buildGraphQLProvider({
  client,
  introspection: false,
  buildQuery,
  query: { fetchPolicy: 'no-cache' },
  mutation: { fetchPolicy: 'no-cache' },
} as never) as DataProvider & { client: typeof client };

export interface DashboardData {
  asOf: string;
  openEscalations: number;
  slaBreachedEscalations: number;
  overdueOrders: number;
  ordersOnHold: number;
  weekStart: string;
  openEscalationsByKindAndAge: { kind: string; age: string; count: number }[];
  ordersByStatusThisWeek: { status: string; count: number }[];
  funnel: { since: string; placed: number; setupStarted: number; setUp: number; provisioned: number };
}

export interface EscalationCounts {
  total: number;
  slaBreached: number;
  byStatus: { status: string; count: number }[];
  byKind: { kind: string; count: number }[];
}

export interface ConsoleDataProvider extends DataProvider {
  dashboard(): Promise<DashboardData>;
  escalationCounts(filter: Record<string, unknown>): Promise<EscalationCounts>;
  /**
   * A rep's action (assign, note, contact, resend, resolve, reassign, cancel). User errors are
   * thrown as an HttpError whose `body.errors` names the dialog's fields.
   */
  act(action: ActionName, input: Record<string, unknown>, formFields?: readonly string[]): Promise<void>;
}

function toHttpError(error: any): never {
  if (error instanceof HttpError) throw error;
  const graphQLErrors = error?.graphQLErrors ?? [];
  throw new HttpError(graphQLErrors[0]?.message ?? error?.message ?? 'ra.notification.http_error', error?.networkError?.statusCode ?? 200, error);
}

/** ra-data-graphql wraps whatever parseResponse throws in another HttpError: unwrap ours (they carry form errors). */
function unwrap<T extends (...args: any[]) => Promise<any>>(method: T): T {
  return (async (...args: any[]) => {
    try {
      return await method(...args);
    } catch (error: any) {
      throw error?.body instanceof HttpError ? error.body : error;
    }
  }) as T;
}

export const dataProvider: ConsoleDataProvider = {
  ...base,
  getOne: unwrap(base.getOne),
  update: unwrap(base.update),
  create: unwrap(base.create),
  delete: () => Promise.reject(new Error('Nothing is deleted from the console')),
  deleteMany: () => Promise.reject(new Error('Nothing is deleted from the console')),
  async dashboard() {
    const { data } = await client.query({ query: DASHBOARD }).catch(toHttpError);
    return data.dashboard as DashboardData;
  },
  async escalationCounts(filter) {
    const { data } = await client.query({ query: ESCALATION_COUNTS, variables: { filter: toFilter('escalations', filter) } }).catch(toHttpError);
    return data.escalationQueueCounts as EscalationCounts;
  },
  async act(action, input, formFields) {
    // The dialog's values, checked by the server (a mistake comes back in `errors`, mapped onto the dialog's fields).
    const mutation = ACTIONS[action] as unknown as TypedDocumentNode<Record<string, { errors: UserErrorLike[] }>, { input: Record<string, unknown> }>;
    const { data } = await client.mutate({ mutation, variables: { input } }).catch(toHttpError);
    const payload = payloadOf(data as Record<string, any>);
    if (payload.errors.length) throw userErrorsToHttpError(payload.errors, formFields);
  },
};

/** The query string of a list's CSV export (`/export/<resource>.csv`): the same filter and sort as the list's GraphQL query. */
export function exportQuery(resource: string, filter: Record<string, unknown>, sort?: { field: string; order: string }): string {
  if (!isResource(resource)) throw new Error(`Unknown resource ${resource}`);
  const params = new URLSearchParams({ filter: JSON.stringify(toFilter(resource, filter)) });
  const sortField = sort ? SORT_FIELDS[resource][sort.field] : undefined;
  if (sortField) params.set('sortField', sortField);
  if (sort) params.set('sortOrder', sort.order === 'DESC' ? 'DESC' : 'ASC');
  return params.toString();
}
