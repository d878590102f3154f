/**
 * Mutations answer with `errors: [UserError!]!` whose `field` is a path into the arguments
 * (`["input", "email"]`, `["input", "meetingSettings", "timeZone"]`). A form wants them keyed by its
 * own field names, nested like its values; anything that names no field is a message for the page.
 */
export interface UserErrorLike {
  code: string;
  message: string;
  field?: readonly string[] | null;
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
