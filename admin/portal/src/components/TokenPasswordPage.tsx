import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import Button from '@mui/material/Button';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { RequestFailed } from '../api/graphql';
import type { UserError } from '../api/operations';
import { useI18n } from '../i18n/i18n';
import { PasswordFields } from '../setup/steps/review';
import { ErrorSummary, useFormErrors } from './forms';
import { Shell } from './Shell';

export type LinkProblem = 'TOKEN_EXPIRED' | 'TOKEN_INVALID';

/**
 * A page opened from an emailed link that asks for a new password (account activation, password
 * reset): the password and its confirmation, the server's errors beside their fields, and, when the
 * link is expired or not valid, a warning with the page's own way out instead of the form.
 */
export function TokenPasswordPage(props: {
  token: string | null;
  id: string;
  title: string;
  intro: string;
  submitLabel: string;
  problemMessage: (problem: LinkProblem) => string;
  problemActions: (problem: LinkProblem) => ReactNode;
  /** Sends the password; resolves to the server's errors (none: the page's work is done). */
  submit: (token: string, password: string) => Promise<UserError[]>;
}) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [linkProblem, setLinkProblem] = useState<LinkProblem | null>(props.token ? null : 'TOKEN_INVALID');
  const formRef = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const errors = useFormErrors(formRef);

  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !props.token) return;
    if (password !== confirm) return errors.show([{ code: 'MISMATCH', message: t('password.mismatch'), field: ['input', 'confirm'] }]);
    setBusy(true);
    try {
      const failures = await props.submit(props.token, password);
      const link = failures.find((e) => e.code === 'TOKEN_EXPIRED' || e.code === 'TOKEN_INVALID');
      if (link) setLinkProblem(link.code as LinkProblem);
      else if (failures.length) errors.show(failures);
    } catch (error) {
      errors.show([{ code: error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED', message: String(error), field: null }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
        <Box component="form" ref={formRef} noValidate onSubmit={submit} aria-labelledby={`${props.id}-heading`}>
          <Typography variant="h1" id={`${props.id}-heading`} ref={heading} tabIndex={-1} gutterBottom>
            {props.title}
          </Typography>
          {linkProblem ? (
            <>
              <Alert severity="warning" role="alert">
                {props.problemMessage(linkProblem)}
              </Alert>
              {props.problemActions(linkProblem)}
            </>
          ) : (
            <>
              <Typography color="text.secondary">{props.intro}</Typography>
              <ErrorSummary errors={errors.others(['password', 'confirm'])} />
              <PasswordFields
                password={password}
                confirm={confirm}
                onChange={(p, c) => {
                  setPassword(p);
                  setConfirm(c);
                }}
                errors={errors}
              />
              <Box>
                <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 2 }}>
                  {props.submitLabel}
                </Button>
              </Box>
            </>
          )}
        </Box>
      </Paper>
    </Shell>
  );
}
