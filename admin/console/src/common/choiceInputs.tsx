import { useMemo } from 'react';
import { AutocompleteInput, useLocaleState, useRecordContext, type AutocompleteInputProps } from 'react-admin';
import { countries, serviceLanguages, timeZones, type Choice } from '../../../shared/choices.js';
import type { GlossaryLanguage } from '../../../shared/glossary.js';

/** The value on file at `source` ("meetingSettings.timeZone"), so that a list always holds it. */
function valueAt(record: Record<string, unknown> | undefined, source: string): string | undefined {
  const value = source.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), record);
  return typeof value === 'string' ? value : undefined;
}

function useLang(): GlossaryLanguage {
  const [locale] = useLocaleState();
  return locale === 'it' ? 'it' : 'en';
}

type ChoiceInputProps = Omit<AutocompleteInputProps, 'choices' | 'optionValue' | 'optionText'> & { source: string };

function ChoiceInput({ choices, ...props }: ChoiceInputProps & { choices: Choice[] }) {
  return <AutocompleteInput {...props} choices={choices} optionValue="value" optionText="label" sx={{ minWidth: 320 }} />;
}

/** A country by its name in the rep's language (current ISO 3166-1 codes only, each once); stores the code. */
export function CountryInput(props: ChoiceInputProps) {
  const lang = useLang();
  const choices = useMemo(() => countries(lang), [lang]);
  return <ChoiceInput {...props} choices={choices} />;
}

/** An IANA time zone by its city and name ("Rome (Central European Time)"); stores the zone's id. */
export function TimeZoneInput(props: ChoiceInputProps) {
  const record = useRecordContext();
  const current = valueAt(record, props.source);
  const lang = useLang();
  // About 400 zones, each named with Intl: built once per language and value on file, not on every render.
  const choices = useMemo(() => timeZones(current, lang), [current, lang]);
  return <ChoiceInput {...props} choices={choices} />;
}

/** A service language by its name ("Italian", "British English"); stores the BCP 47 tag. */
export function ServiceLanguageInput(props: ChoiceInputProps) {
  const record = useRecordContext();
  const current = valueAt(record, props.source);
  const lang = useLang();
  const choices = useMemo(() => serviceLanguages(lang, current), [lang, current]);
  return <ChoiceInput {...props} choices={choices} />;
}
