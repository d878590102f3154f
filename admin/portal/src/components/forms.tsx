import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { UserError } from '../api/operations';
import { fieldOf, useI18n } from '../i18n/i18n';

/**
 * A form's UserErrors: each shown on the field it names (docs/integrators.md: `field` is the path inside the
 * arguments), the rest in an alert above the form. The first problem gets the focus.
 */
export function useFormErrors(formRef: RefObject<HTMLElement | null>) {
  const [errors, setErrors] = useState<UserError[]>([]);
  const [serial, setSerial] = useState(0);

  const show = useCallback((next: UserError[]) => {
    setErrors(next);
    setSerial((n) => n + 1);
  }, []);

  useEffect(() => {
    if (!serial || !formRef.current) return;
    const target = formRef.current.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-focus="true"], [role="alert"]');
    target?.focus();
  }, [serial, formRef]);

  return useMemo(
    () => ({
      errors,
      show,
      clear: () => setErrors([]),
      /** The person edits a field: its error has been read and goes away. */
      dismiss: (field: string) => setErrors((current) => (current.some((e) => fieldOf(e) === field) ? current.filter((e) => fieldOf(e) !== field) : current)),
      /** The error on one field (its path below `input`, e.g. "newOrganization.name"). */
      on: (field: string) => errors.find((e) => fieldOf(e) === field),
      /** Errors on none of the fields the form shows. */
      others: (fields: readonly string[]) => errors.filter((e) => !fields.includes(fieldOf(e))),
    }),
    [errors, show],
  );
}

export type FormErrors = ReturnType<typeof useFormErrors>;

/** Errors that belong to no field of the form, in an alert that takes the focus. */
export function ErrorSummary({ errors, values = {} }: { errors: UserError[]; values?: Record<string, string> }) {
  const { t, errorText } = useI18n();
  if (!errors.length) return null;
  return (
    <Alert severity="error" role="alert" tabIndex={-1} sx={{ my: 2 }}>
      {errors.length > 1 && <AlertTitle>{t('common.errorsTitle')}</AlertTitle>}
      {errors.length === 1 ? (
        errorText(errors[0], values[fieldOf(errors[0])])
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {errors.map((error, index) => (
            <li key={index}>{errorText(error, values[fieldOf(error)])}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

type InputProps = Omit<TextFieldProps, 'name' | 'value' | 'onChange' | 'error'> & {
  /** The field's path below `input`, as the server names it in UserError.field. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors: FormErrors;
  hint?: string;
};

/** A labelled text input whose helper text is the server's error on this field, translated. */
export function Input({ name, value, onChange, errors, hint, ...props }: InputProps) {
  const { errorText } = useI18n();
  const error = errors.on(name);
  const id = `field-${name.replace(/\W/g, '-')}`;
  return (
    <TextField
      id={id}
      name={name}
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
        if (error) errors.dismiss(name);
      }}
      error={!!error}
      helperText={error ? errorText(error, value) : hint}
      {...props}
    />
  );
}

/** A native select (works with keyboards, screen readers and phones) with the same error handling. */
export function Select({ options, placeholder, ...props }: InputProps & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Input {...props} select slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Input>
  );
}
