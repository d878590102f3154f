import { useMemo } from 'react';
import { AutocompleteInput, ReferenceInput, required, useLocaleState, useRecordContext, type AutocompleteInputProps } from 'react-admin';
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

/**
 * An existing organization of `kind`, picked by name with its city and country beside it ("Acme · Torino (IT)"), as
 * the reps' dialogs that point something at an organization need it (reassigning an order, transferring a customer);
 * stores the organization's id. Required.
 */
export function OrganizationInput({ source, kind, label }: { source: string; kind: 'PARTNER' | 'CUSTOMER'; label: string }) {
  return (
    <ReferenceInput source={source} reference="organizations" filter={{ kind }} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        label={label}
        optionText={(o: { name: string; city?: string | null; country?: string | null }) =>
          `${o.name}${o.city ? ` · ${o.city}` : ''}${o.country ? ` (${o.country})` : ''}`
        }
        fullWidth
        validate={required()}
      />
    </ReferenceInput>
  );
}
