import type { Language } from '../i18n/i18n';

/** Region codes Intl knows that are not countries a Webex organization can be in. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const countryCache = new Map<Language, { value: string; label: string }[]>();

/** ISO 3166-1 alpha-2 countries, named in the user's language (the server accepts the same set). */
export function countries(lang: Language): { value: string; label: string }[] {
  let list = countryCache.get(lang);
  if (!list) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    list = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (NOT_COUNTRIES.has(code)) continue;
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        if (name && name !== code) list.push({ value: code, label: name });
      }
    }
    list.sort((x, y) => x.label.localeCompare(y.label, lang));
    countryCache.set(lang, list);
  }
  return list;
}

/** IANA time zones, with `always` (the order's zone) included even if this browser does not list it. */
export function timeZones(always: string): { value: string; label: string }[] {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  zones.add(always);
  zones.add('UTC');
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}

/** Languages offered for announcements, emails and meeting sites (BCP 47). */
const SERVICE_LANGUAGES = ['en-US', 'en-GB', 'it', 'de', 'fr', 'es', 'pt-BR', 'nl', 'ja', 'zh-CN'];

export function serviceLanguages(lang: Language, always?: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const codes = always && !SERVICE_LANGUAGES.includes(always) ? [...SERVICE_LANGUAGES, always] : SERVICE_LANGUAGES;
  return codes.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }));
}

/** The service language closest to a locale: `it` → it, `en` → en-US. */
export function serviceLanguageFor(locale: string): string {
  const exact = SERVICE_LANGUAGES.find((code) => code.toLowerCase() === locale.toLowerCase());
  if (exact) return exact;
  const base = locale.toLowerCase().split('-')[0];
  return SERVICE_LANGUAGES.find((code) => code.split('-')[0] === base) ?? 'en-US';
}

/** A guess of the country from a locale's region (`it` → IT, `en-GB` → GB), or nothing. */
export function countryFor(locale: string): string {
  const [language, region] = locale.split('-');
  if (region && /^[A-Za-z]{2}$/.test(region)) return region.toUpperCase();
  return language?.toLowerCase() === 'it' ? 'IT' : '';
}

/** A name as a host label: "Acme Italia S.p.A." → "acme-italia-spa" (or "acmeitaliaspa" without a separator). */
export function slug(name: string, separator = '-'): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f.]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.join(separator).slice(0, 63).replace(/-+$/, '');
}
