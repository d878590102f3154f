import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { en } from './en';
import { it } from './it';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'it', name: 'Italiano' },
];

/** English and Italian; the browser's language picks the first one, the app bar's menu switches. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'it' ? it : en), resolveBrowserLocale('en') === 'it' ? 'it' : 'en', LOCALES, {
  allowMissing: true,
});
