import { userErrorsOf, type UserError } from './user-error.js';

/** What every mutation's payload carries: the user mistakes (empty when the work was done). */
export interface Payload {
  errors: UserError[];
}

/**
 * A mutation's payload from its work. `mutationPayload('order', () => service.cancel(ctx, input))`
 * answers `{ order, errors: [] }`, or `{ order: null, errors }` when the work refused with a user
 * mistake; anything else is not ours to hide and is rethrown (`userErrorsOf`).
 */
export function mutationPayload<K extends string, T>(key: K, work: () => Promise<T>): Promise<{ [P in K]: T | null } & Payload>;
/**
 * The same for a payload of several fields (or none): the work's fields spread with `errors: []`; on a
 * user mistake, `failed`'s fields with the errors. `failed` may be a function: it then runs after the
 * errors are known (a wizard step answers the session as it still is).
 */
export function mutationPayload<F extends object, E extends object = Record<never, never>>(
  work: () => Promise<F | void>,
  failed?: E | (() => Promise<E>),
): Promise<(F & Payload) | (E & Payload)>;
export async function mutationPayload(
  keyOrWork: string | (() => Promise<unknown>),
  workOrFailed?: (() => Promise<unknown>) | object,
): Promise<Payload & Record<string, unknown>> {
  if (typeof keyOrWork === 'string') {
    const work = workOrFailed as () => Promise<unknown>;
    try {
      return { [keyOrWork]: await work(), errors: [] };
    } catch (error) {
      return { [keyOrWork]: null, errors: userErrorsOf(error) };
    }
  }
  try {
    return { ...((await keyOrWork()) as object | undefined), errors: [] };
  } catch (error) {
    const errors = userErrorsOf(error);
    const failed = typeof workOrFailed === 'function' ? await (workOrFailed as () => Promise<object>)() : workOrFailed;
    return { ...failed, errors };
  }
}
