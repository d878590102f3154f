import { SERVICE_LANGUAGES } from '../../../shared/choices';

/** The portal's own guesses from an order's locale; the lists themselves are admin/shared/choices.ts (the console's too). */

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
