import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatDate, formatDateTime, settingText, term, type GlossaryGroup } from '../../../shared/glossary';
import { phraseUserError } from '../../../shared/user-errors';
import type { UserError } from '../api/operations';
import { en, type MessageKey } from './en';
import { it } from './it';

export type Language = 'en' | 'it';
export const LANGUAGES: readonly Language[] = ['en', 'it'];
const TABLES: Record<Language, Record<MessageKey, string>> = { en, it };

/** The portal's language for a BCP 47 locale (an order's `locale`, the browser's): Italian or English. */
export function languageOf(locale: string | null | undefined): Language {
  return (locale ?? '').toLowerCase().split('-')[0] === 'it' ? 'it' : 'en';
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

type Vars = Record<string, string | number>;

function interpolate(text: string, vars?: Vars): string {
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
}

/** The path of a UserError's field below `input`: ["input","newOrganization","name"] → "newOrganization.name". */
export function fieldOf(error: UserError): string {
  const path = error.field ?? [];
  return (path[0] === 'input' ? path.slice(1) : path).join('.');
}

export interface I18n {
  lang: Language;
  /** Switches the language by the user's own choice: the order's locale no longer overrides it. */
  choose(lang: Language): void;
  /** Follows an order's locale unless the user has chosen a language. */
  follow(locale: string): void;
  t(key: MessageKey, vars?: Vars): string;
  /** A status, kind or role in the user's language, from the glossary both apps share (the value itself if unknown). */
  term(group: GlossaryGroup, value: string): string;
  /** A stored setting (language, time zone, country) by its name in the user's language. */
  setting(key: string, value: unknown): string;
  /** A UserError in the user's language: by code and field, by code, else the server's own words. */
  errorText(error: UserError, value?: string): string;
  /** A DateTime (ISO 8601) as a date and time in the user's language. */
  dateTime(iso: string, timeZone?: string): string;
  /** The calendar day of a DateTime (ISO 8601) in the user's language, in `timeZone` (else the browser's). */
  date(iso: string, timeZone?: string): string;
  /** A Date (`YYYY-MM-DD`) in the user's language. */
  day(date: string): string;
  count(key: 'organization.activeSubscriptions' | 'account.count', count: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Language>(() => languageOf(navigator.language));
  const [chosen, setChosen] = useState(false);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = TABLES[lang]['app.title'];
  }, [lang]);

  const choose = useCallback((next: Language) => {
    setChosen(true);
    setLang(next);
  }, []);
  const follow = useCallback(
    (locale: string) => {
      if (!chosen) setLang(languageOf(locale));
    },
    [chosen],
  );

  const value = useMemo<I18n>(() => {
    const table = TABLES[lang];
    const t = (key: MessageKey, vars?: Vars) => interpolate(table[key], vars);
    return {
      lang,
      choose,
      follow,
      t,
      term: (group, value) => term(lang, group, value) ?? value,
      setting: (key, value) => settingText(lang, key, value),
      errorText(error, value) {
        // By code and params through the core the console shares; an empty value the server refused is "required".
        const table: Record<string, string> = TABLES[lang];
        const empty = error.code === 'INVALID_INPUT' && value !== undefined && value.trim() === '';
        const lookup = (key: string) => (empty && key === error.code ? table['error.required'] : table[`error.${key}`]);
        return phraseUserError(error, lookup, { extra: { value: value ?? '' } }) ?? error.message;
      },
      // One format per language, the console's too (admin/shared/glossary.ts).
      dateTime: (iso, timeZone) => formatDateTime(lang, iso, timeZone),
      date: (iso, timeZone) => formatDate(lang, new Date(iso), timeZone),
      day: (date) => formatDate(lang, date),
      count(key, count) {
        return t(count === 1 ? `${key}.one` : `${key}.other`, { count });
      },
    };
  }, [lang, choose, follow]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
