import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { SetupStep } from '../api/operations';
import { useI18n } from '../i18n/i18n';
import { FIRST_PORTAL_STEP, STEP_COUNT, STEP_NUMBER } from './wizard-state';
import { useWizard } from './wizard-context';

interface StepPageProps {
  step: SetupStep;
  title: string;
  /** Where in the step this page is (the service setup's pages), after "Step 10 of 10". */
  stage?: string;
  intro?: ReactNode;
  children?: ReactNode;
  formRef?: RefObject<HTMLFormElement | null>;
  onSubmit?: () => void;
  nextLabel?: string;
  /** Back for this page; defaults to the wizard's Back (earlier draft steps). */
  onBack?: (() => void) | null;
  /** Buttons between the content and Back/Next (e.g. "I don't recognize this organization"). */
  extraActions?: ReactNode;
  /** Next as a plain button (when submitting the form is another button's job, e.g. Save). */
  onNext?: () => void;
  nextDisabled?: boolean;
}

/**
 * One step of the wizard: progress, a heading that takes the focus when the step appears (so a
 * screen reader announces it), the form, and Back/Next where the source has them.
 */
export function StepPage({ step, title, stage, intro, children, formRef, onSubmit, nextLabel, onBack, extraActions, onNext, nextDisabled }: StepPageProps) {
  const { t } = useI18n();
  const { back, busy } = useWizard();
  const heading = useRef<HTMLHeadingElement>(null);
  const number = STEP_NUMBER[step];
  const backAction = onBack === undefined ? back : onBack;

  useEffect(() => {
    heading.current?.focus();
  }, [title]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit?.();
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
      {number !== undefined && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="overline" component="p" color="text.secondary" data-testid="progress">
            {t('common.progress', { step: number, total: STEP_COUNT })}
            {stage && ` · ${stage}`}
          </Typography>
          {/* Steps 1–2 happen in CCW and in the email: the bar counts the steps done here, so the first page shows none done. */}
          <LinearProgress variant="determinate" value={((number - FIRST_PORTAL_STEP) / (STEP_COUNT - FIRST_PORTAL_STEP + 1)) * 100} aria-hidden="true" />
        </Box>
      )}
      <Box component="form" ref={formRef} noValidate onSubmit={submit} aria-labelledby="step-heading" aria-busy={busy}>
        <Typography variant="h1" id="step-heading" ref={heading} tabIndex={-1} gutterBottom>
          {title}
        </Typography>
        {intro && (
          <Typography component="div" color="text.secondary" sx={{ mb: 1 }}>
            {intro}
          </Typography>
        )}
        {children}
        {extraActions && <Box sx={{ mt: 3, display: 'flex', flexWrap: 'wrap', gap: 1 }}>{extraActions}</Box>}
        <Box sx={{ mt: 3, display: 'flex', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
          {backAction ? (
            <Button variant="outlined" onClick={backAction} disabled={busy}>
              {t('common.back')}
            </Button>
          ) : (
            <span />
          )}
          <Button type={onNext ? 'button' : 'submit'} onClick={onNext} variant="contained" disabled={busy || nextDisabled} sx={{ minWidth: 120 }}>
            {nextLabel ?? t('common.next')}
          </Button>
        </Box>
        {busy && <LinearProgress sx={{ mt: 2 }} aria-label={t('app.loading')} />}
      </Box>
    </Paper>
  );
}

/** A definition list of facts (review pages, order details). */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(8rem, max-content) 1fr' }, columnGap: 2, rowGap: 0.5 }}>
      {items.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 600, color: 'text.secondary', mt: { xs: 1, sm: 0 } }}>
            {label}
          </Box>
          <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
