import { createTheme } from '@mui/material/styles';

/** A focus ring that stays visible on white and on the primary colour: dark, thick, offset. */
const focusRing = { outline: '3px solid #1b1b1b', outlineOffset: '2px' };

export const theme = createTheme({
  palette: {
    primary: { main: '#005073' },
    secondary: { main: '#0d274d' },
    background: { default: '#f5f7f9' },
  },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.6rem', fontWeight: 600, lineHeight: 1.3 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1.05rem', fontWeight: 600 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        'a:focus-visible, [tabindex="-1"]:focus-visible': focusRing,
        // Headings receive focus on each new step (for screen readers); no ring for that.
        'h1[tabindex="-1"]:focus': { outline: 'none' },
      },
    },
    MuiButtonBase: {
      defaultProps: { disableRipple: false },
      styleOverrides: { root: { '&.Mui-focusVisible': focusRing } },
    },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } },
    },
    MuiToggleButton: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600, paddingTop: 4, paddingBottom: 4 } } },
    MuiTextField: { defaultProps: { fullWidth: true, margin: 'normal' } },
    MuiOutlinedInput: {
      styleOverrides: { root: { '&.Mui-focused .MuiOutlinedInput-notchedOutline': { borderWidth: 3 } } },
    },
  },
});
