import isoCountries from 'i18n-iso-countries';
import englishCountries from 'i18n-iso-countries/langs/en.json';
import italianCountries from 'i18n-iso-countries/langs/it.json';
import { languageName, timeZoneName, type GlossaryLanguage } from './glossary.js';

/**
 * The lists people choose from, in both apps (the portal's wizard, the console's forms): countries,
 * time zones and service languages, each by its name in the reader's language, stored by its code.
 */

isoCountries.registerLocale(englishCountries);
isoCountries.registerLocale(italianCountries);

export interface Choice {
  value: string;
  label: string;
}

const countryCache = new Map<GlossaryLanguage, Choice[]>();

/**
 * The countries of ISO 3166-1 as maintained by i18n-iso-countries: current alpha-2 codes only (no
 * retired ones such as DD, YU or CS), each once, named in the user's language and sorted by name.
 */
export function countries(lang: GlossaryLanguage): Choice[] {
  let list = countryCache.get(lang);
  if (!list) {
    const names = isoCountries.getNames(lang, { select: 'official' });
    list = Object.entries(names)
      .map(([value, label]) => ({ value, label }))
      .sort((x, y) => x.label.localeCompare(y.label, lang));
    countryCache.set(lang, list);
  }
  return list;
}

/** A country's name as the country list shows it (the code itself if the list does not know it). */
export function countryLabel(lang: GlossaryLanguage, code: string): string {
  return isoCountries.getName(code, lang, { select: 'official' }) ?? code;
}

/** IANA time zones by their names, with `always` (the value on file) included even if this browser does not list it. */
export function timeZones(always: string | null | undefined, lang: GlossaryLanguage): Choice[] {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  if (always) zones.add(always);
  zones.add('UTC');
  return [...zones].sort().map((zone) => ({ value: zone, label: timeZoneName(lang, zone) }));
}

/** Languages offered for announcements, emails and meeting sites (BCP 47). */
export const SERVICE_LANGUAGES = ['en-US', 'en-GB', 'it', 'de', 'fr', 'es', 'pt-BR', 'nl', 'ja', 'zh-CN'];

/** The service languages by name, with `always` (the value on file) included if it is another. */
export function serviceLanguages(lang: GlossaryLanguage, always?: string | null): Choice[] {
  const codes = always && !SERVICE_LANGUAGES.includes(always) ? [...SERVICE_LANGUAGES, always] : SERVICE_LANGUAGES;
  return codes.map((code) => ({ value: code, label: languageName(lang, code) }));
}
