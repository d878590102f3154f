/**
 * Mutations answer with `errors: [UserError!]!` whose `field` is a path into the arguments
 * (`["input", "email"]`, `["input", "meetingSettings", "timeZone"]`). A form wants them keyed by its
 * own field names, nested like its values; anything that names no field is a message for the page.
 */
export interface UserErrorLike {
  code: string;
  message: string;
  field?: readonly string[] | null;
  /** UserError.params: the values the message names, and `reason` where a code covers several situations. */
  params?: Readonly<Record<string, unknown>> | null;
}

/**
 * The one way both apps phrase a user error: by `code` and `params`, never by the server's sentence.
 * `lookup` answers a template of the app's catalog or undefined; the keys tried, most specific first,
 * are `CODE.reason.field`, `CODE.reason`, `CODE.field`, `CODE` (`field`: the last name of the error's
 * field path). `{name}` in the template is filled from `params`, then from `extra` (e.g. the value the
 * person typed); `{name:Kind}` passes the value through `format(Kind, value)` (e.g. an enum's value in
 * the reader's language). Undefined
 * when the catalog has no template: the caller then falls back (to the server's English message).
 */
export function phraseUserError(
  error: UserErrorLike,
  lookup: (key: string) => string | undefined,
  options: { extra?: Record<string, unknown>; format?: (kind: string, value: string) => string } = {},
): string | undefined {
  const reason = typeof error.params?.reason === 'string' ? error.params.reason : undefined;
  const field = error.field?.length ? error.field[error.field.length - 1] : undefined;
  const keys = [reason && field && `${error.code}.${reason}.${field}`, reason && `${error.code}.${reason}`, field && `${error.code}.${field}`, error.code];
  for (const key of keys) {
    const template = key ? lookup(key) : undefined;
    if (template === undefined) continue;
    const values: Record<string, unknown> = { ...options.extra, ...error.params };
    return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, kind: string | undefined) => {
      if (!(name in values)) return whole;
      const value = values[name];
      const text = Array.isArray(value) ? value.join(', ') : String(value);
      return kind && options.format ? options.format(kind, text) : text;
    });
  }
  return undefined;
}

export type FieldErrors = { [field: string]: string | FieldErrors };

export interface SplitErrors {
  fieldErrors: FieldErrors;
  messages: string[];
}

export function splitUserErrors(
  errors: readonly UserErrorLike[],
  describe: (error: UserErrorLike) => string = (error) => error.message,
  /** Top-level form fields; errors on other fields become messages. Omitted: every field counts. */
  formFields?: readonly string[],
): SplitErrors {
  const fieldErrors: FieldErrors = {};
  const messages: string[] = [];
  for (const error of errors) {
    const path = error.field?.[0] === 'input' ? error.field.slice(1) : (error.field ?? []);
    const text = describe(error);
    if (path.length === 0 || (formFields && !formFields.includes(path[0]))) {
      messages.push(text);
      continue;
    }
    let node = fieldErrors;
    path.slice(0, -1).forEach((key) => {
      const next = node[key];
      node = (typeof next === 'object' ? next : (node[key] = {})) as FieldErrors;
    });
    const last = path[path.length - 1];
    // The first mistake on a field is the one to show.
    if (node[last] === undefined) node[last] = text;
  }
  return { fieldErrors, messages };
}

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
