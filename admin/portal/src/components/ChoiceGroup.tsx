import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A line under the label, read as the radio's description. */
  hint?: ReactNode;
  /** Shown under the choice while it is selected (e.g. the email of the person to hand over to). */
  detail?: ReactNode;
}

/** A fieldset of radio buttons with a legend, descriptions, and an error on the group. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  value,
  onChange,
  choices,
  error,
  hideLegend,
}: {
  name: string;
  legend: string;
  value: T | '';
  onChange: (value: T) => void;
  choices: Choice<T>[];
  error?: string;
  hideLegend?: boolean;
}) {
  const errorId = `${name}-error`;
  return (
    <FormControl component="fieldset" error={!!error} fullWidth sx={{ mt: 2 }}>
      <FormLabel component="legend" sx={hideLegend ? visuallyHidden : { fontWeight: 600, mb: 1 }}>
        {legend}
      </FormLabel>
      {error && (
        <FormHelperText id={errorId} sx={{ mx: 0, mb: 1, fontSize: '0.95rem' }}>
          {error}
        </FormHelperText>
      )}
      <RadioGroup name={name} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {choices.map((choice) => {
          const hintId = `${name}-${choice.value}-hint`;
          const described = [choice.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
          return (
            <Box
              key={choice.value}
              sx={{
                border: 1,
                borderColor: value === choice.value ? 'primary.main' : 'divider',
                borderRadius: 1,
                px: 1.5,
                py: 1,
                mb: 1,
                bgcolor: value === choice.value ? 'action.hover' : 'transparent',
              }}
            >
              <FormControlLabel
                value={choice.value}
                control={<Radio slotProps={{ input: { 'aria-describedby': described, 'aria-invalid': error ? true : undefined } as object }} />}
                label={<Typography sx={{ fontWeight: 600 }}>{choice.label}</Typography>}
                sx={{ width: '100%', mr: 0 }}
              />
              {choice.hint && (
                <Typography id={hintId} variant="body2" color="text.secondary" sx={{ pl: 4 }}>
                  {choice.hint}
                </Typography>
              )}
              {value === choice.value && choice.detail && <Box sx={{ pl: { xs: 0, sm: 4 } }}>{choice.detail}</Box>}
            </Box>
          );
        })}
      </RadioGroup>
    </FormControl>
  );
}

export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
