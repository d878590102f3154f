import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import { HttpError } from 'react-admin';
import type { UserErrorLike } from '../../../shared/user-errors';
import { client } from '../dataProvider/client';
import { userErrorsToHttpError } from '../dataProvider';
import { CANNED_RESOLUTIONS, DELETE_CANNED_RESOLUTION, DELETE_VIEW, SAVE_CANNED_RESOLUTION, SAVE_VIEW, SAVED_VIEWS } from './documents';

export type ViewResource = 'ESCALATIONS' | 'ORDERS';

export interface SavedViewRecord {
  id: string;
  resource: ViewResource;
  name: string;
  filters: Record<string, unknown>;
  columns: string[] | null;
}

export interface CannedResolutionRecord {
  id: string;
  title: string;
  text: string;
  updatedAt: string;
}

/** One mutation: its payload, or an HttpError whose `body.errors` names the form's fields (as the console's other forms). */
async function mutate<T extends { errors: UserErrorLike[] }>(
  mutation: TypedDocumentNode<any, any>,
  input: Record<string, unknown>,
  formFields?: readonly string[],
) {
  const { data } = await client.mutate({ mutation, variables: { input } }).catch((error: any) => {
    throw new HttpError(error?.graphQLErrors?.[0]?.message ?? error?.message ?? 'ra.notification.http_error', 200);
  });
  const payload = Object.values(data as Record<string, T>)[0];
  if (payload.errors.length) throw userErrorsToHttpError(payload.errors, formFields);
  return payload;
}

/** The caller's own saved views of a list, kept by react-query (the menu refetches after each change). */
export function useSavedViews(resource: ViewResource) {
  return useQuery({
    queryKey: ['savedViews', resource],
    queryFn: async () => (await client.query({ query: SAVED_VIEWS, variables: { resource } })).data.savedViews as SavedViewRecord[],
  });
}

export function useSavedViewActions(resource: ViewResource) {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['savedViews', resource] });
  return {
    async save(name: string, filters: Record<string, unknown>, columns: string[] | null): Promise<SavedViewRecord> {
      const payload = await mutate<{ errors: UserErrorLike[]; view: SavedViewRecord }>(SAVE_VIEW, { resource, name, filters, columns }, ['name']);
      await invalidate();
      return payload.view;
    },
    async remove(id: string): Promise<void> {
      await mutate(DELETE_VIEW, { id });
      await invalidate();
    },
  };
}

export function useCannedResolutions() {
  return useQuery({
    queryKey: ['cannedResolutions'],
    queryFn: listCanned,
  });
}

async function listCanned(): Promise<CannedResolutionRecord[]> {
  return (await client.query({ query: CANNED_RESOLUTIONS })).data.cannedResolutions as CannedResolutionRecord[];
}

const CANNED = 'cannedResolutions';
const CANNED_FIELDS = ['title', 'text'] as const;

/** `cannedResolutions` as a react-admin resource (list, create, edit, delete); at most 200, so paged and searched here. */
const cannedProvider = {
  async getList(params: GetListParams) {
    const q = String(params.filter?.q ?? '')
      .trim()
      .toLowerCase();
    const all = (await listCanned()).filter((c) => !q || c.title.toLowerCase().includes(q) || c.text.toLowerCase().includes(q));
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const field = (params.sort?.field === 'updatedAt' ? 'updatedAt' : 'title') as keyof CannedResolutionRecord;
    const sorted = [...all].sort((a, b) => a[field].localeCompare(b[field]) * (params.sort?.order === 'DESC' ? -1 : 1));
    return { data: sorted.slice((page - 1) * perPage, page * perPage), total: all.length };
  },
  async getOne(id: string) {
    const found = (await listCanned()).find((c) => c.id === String(id));
    if (!found) throw new HttpError('ra.notification.item_doesnt_exist', 404);
    return { data: found };
  },
  async getMany(ids: string[]) {
    const wanted = new Set(ids.map(String));
    return { data: (await listCanned()).filter((c) => wanted.has(c.id)) };
  },
  async save(data: Record<string, unknown>, id?: string) {
    const input = { ...(id ? { id } : {}), title: data.title ?? '', text: data.text ?? '' };
    const payload = await mutate<{ errors: UserErrorLike[]; cannedResolution: CannedResolutionRecord }>(SAVE_CANNED_RESOLUTION, input, CANNED_FIELDS);
    return { data: payload.cannedResolution };
  },
  async delete(id: string, previous?: RaRecord) {
    await mutate(DELETE_CANNED_RESOLUTION, { id });
    return { data: previous ?? { id } };
  },
};

/** The console's data provider with `cannedResolutions` handled here (the other resources as they were). */
export function withCannedResolutions<T extends DataProvider>(base: T): T {
  const mine = (resource: string) => resource === CANNED;
  return {
    ...base,
    getList: (resource, params) => (mine(resource) ? cannedProvider.getList(params) : base.getList(resource, params)),
    getOne: (resource, params) => (mine(resource) ? cannedProvider.getOne(String(params.id)) : base.getOne(resource, params)),
    getMany: (resource, params) => (mine(resource) ? cannedProvider.getMany(params.ids.map(String)) : base.getMany(resource, params)),
    create: (resource, params) => (mine(resource) ? cannedProvider.save(params.data) : base.create(resource, params)),
    update: (resource, params) => (mine(resource) ? cannedProvider.save(params.data, String(params.id)) : base.update(resource, params)),
    delete: (resource, params) => (mine(resource) ? cannedProvider.delete(String(params.id), params.previousData) : base.delete(resource, params)),
  } as T;
}
