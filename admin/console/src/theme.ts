import { deepmerge } from '@mui/utils';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default themes in Cisco's blues. The light theme's warning and info colours are
 * darker than MUI's so white text on them (status chips) reads at 4.5:1 (axe-core's color-contrast).
 */
const palette = {
  primary: { main: '#005073' },
  secondary: { main: '#7b4fa0' },
  warning: { main: '#b45309', contrastText: '#ffffff' },
  info: { main: '#0369a1', contrastText: '#ffffff' },
};

export const lightTheme: RaThemeOptions = deepmerge(defaultLightTheme, { palette });
export const darkTheme: RaThemeOptions = deepmerge(defaultDarkTheme, { palette: { primary: { main: '#5eb8e6' }, secondary: { main: '#c8a2e8' } } });
