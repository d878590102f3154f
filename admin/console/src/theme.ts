import { deepmerge } from '@mui/utils';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default themes in Cisco's blues. */
const palette = { primary: { main: '#005073' }, secondary: { main: '#7b4fa0' } };

export const lightTheme: RaThemeOptions = deepmerge(defaultLightTheme, { palette });
export const darkTheme: RaThemeOptions = deepmerge(defaultDarkTheme, { palette: { primary: { main: '#5eb8e6' }, secondary: { main: '#c8a2e8' } } });
