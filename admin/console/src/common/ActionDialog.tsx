import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Form, SaveButton, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider';
import { useConsoleDataProvider } from './useConsoleDataProvider';

type ActionName = Parameters<ConsoleDataProvider['act']>[0];

/** Focuses the dialog's first field once it has opened, unless a field inside it already has the focus. */
function focusFirstField(node: HTMLElement) {
  const active = document.activeElement;
  if (active instanceof HTMLElement && node.contains(active) && active.matches('input, textarea, select')) return;
  node.querySelector<HTMLElement>('input:not([type=hidden]), textarea')?.focus();
}

/** The dialog's form starts from its own defaults, not from the record of the page it opens on. */
const NO_RECORD = {};

/**
 * A button that opens a small form and performs one of the reps' actions. Mistakes the server
 * reports on a field show under that field; others as a notification. On success: a
 * notification, the dialog closes and the page reloads its data.
 */
export function ActionDialog({
  label,
  title,
  text,
  action,
  toInput,
  formFields,
  defaultValues,
  success,
  icon,
  children,
  variant = 'outlined',
  color = 'primary',
  submitLabel,
  disabled,
  testId,
  open: controlledOpen,
  onClose,
}: {
  label: string;
  title: string;
  text?: ReactNode;
  action: ActionName;
  toInput: (values: Record<string, any>) => Record<string, unknown>;
  /** The form's top-level fields, so server errors land on them. */
  formFields?: string[];
  defaultValues?: Record<string, unknown>;
  /** The notification's message key; a function of the form's values where the outcome depends on them (at once, or scheduled). */
  success: string | ((values: Record<string, any>) => string);
  icon?: ReactNode;
  children?: ReactNode;
  variant?: 'outlined' | 'contained' | 'text';
  color?: 'primary' | 'secondary' | 'error' | 'success' | 'warning' | 'inherit';
  submitLabel?: string;
  disabled?: boolean;
  testId?: string;
  /** Opened by its owner (a keyboard shortcut) instead of its own button, which is then not shown. */
  open?: boolean;
  onClose?: () => void;
}) {
  const [ownOpen, setOwnOpen] = useState(false);
  const controlled = controlledOpen !== undefined;
  const open = controlled ? controlledOpen : ownOpen;
  const setOpen = (value: boolean) => (controlled ? !value && onClose?.() : setOwnOpen(value));
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();

  const submit = async (values: Record<string, any>) => {
    try {
      await dataProvider.act(action, toInput(values), formFields);
      notify(typeof success === 'function' ? success(values) : success, { type: 'success' });
      setOpen(false);
      refresh();
      return undefined;
    } catch (error: any) {
      if (error?.message && error.message !== 'ra.message.invalid_form') notify(error.message, { type: 'error' });
      return error?.body?.errors;
    }
  };

  return (
    <>
      {controlled ? null : (
        <Button variant={variant} color={color} startIcon={icon} onClick={() => setOpen(true)} disabled={disabled} data-testid={testId}>
          {label}
        </Button>
      )}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="sm"
        aria-labelledby={`${action}-title`}
        // The keyboard starts in the form's first field (its inputs may render after the dialog opens: a reference loads),
        // unless the rep is already in one: a click into a field while the dialog opens keeps its focus (and its open list).
        slotProps={{ transition: { onEntered: focusFirstField } }}
      >
        <Form onSubmit={submit} record={NO_RECORD} defaultValues={defaultValues} noValidate>
          <DialogTitle id={`${action}-title`}>{title}</DialogTitle>
          <DialogContent>
            {text ? <DialogContentText sx={{ mb: 2 }}>{text}</DialogContentText> : null}
            {children}
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={() => setOpen(false)}>{translate('console.common.cancel')}</Button>
            <SaveButton label={submitLabel ?? label} icon={<></>} alwaysEnable color={color === 'inherit' ? 'primary' : color} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
