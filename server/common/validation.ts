import { DateTime, IANAZone } from 'luxon';
import { UserErrorCode, UserFacingError, type UserErrorData, type UserErrorParams } from './errors.js';

/**
 * Values people type travel as strings (docs/integrators.md, "Conventions") and are checked here, so a mistake
 * comes back as a `UserError` naming the input field. Each check returns the normalised value and
 * records an error instead of throwing, so one answer lists every mistake; `done()` throws them.
 */
export class InputValidator {
  private readonly errors: UserErrorData[] = [];

  constructor(private readonly root: string[] = ['input']) {}

  /** `params`: the message's values and its `reason`, for clients that phrase errors themselves (UserError.params). */
  private fail(code: UserErrorCode, field: string, message: string, params?: UserErrorParams): undefined {
    this.errors.push({ code, message, field: [...this.root, ...field.split('.')], params });
    return undefined;
  }

  text(field: string, value: string | null | undefined, options: { max: number; label: string; min?: number; pattern?: RegExp; patternHint?: string }): string {
    const trimmed = (value ?? '').normalize('NFC').trim();
    if (trimmed.length < (options.min ?? 1))
      return this.fail(UserErrorCode.INVALID_INPUT, field, `${options.label} is required`, { reason: 'REQUIRED', label: options.label }) ?? '';
    if (trimmed.length > options.max)
      return (
        this.fail(UserErrorCode.INVALID_INPUT, field, `${options.label} must be at most ${options.max} characters`, {
          reason: 'TOO_LONG',
          label: options.label,
          max: options.max,
        }) ?? ''
      );
    // Control characters have no place in a name, an address or an identifier; nor have lone
    // surrogates (not Unicode at all: PostgreSQL refuses them in jsonb, so they must stop here).
    if (/[\p{Cc}\p{Cs}]/u.test(trimmed))
      return (
        this.fail(UserErrorCode.INVALID_INPUT, field, `${options.label} contains characters that are not allowed`, {
          reason: 'CHARACTERS',
          label: options.label,
        }) ?? ''
      );
    // Nor have format characters (Unicode category Cf: bidirectional overrides and isolates such as
    // U+202E, zero-width spaces and joiners, soft hyphens, tags): invisible, they let one name pass for
    // another ("Acme\u202Egnp.exe") in the console and in emails. Refused, not stripped, so what is
    // stored is what the person typed and saw.
    if (/\p{Cf}/u.test(trimmed)) {
      return (
        this.fail(
          UserErrorCode.INVALID_INPUT,
          field,
          `${options.label} contains invisible formatting characters (such as a direction override or a zero-width space), which are not allowed`,
          { reason: 'FORMAT_CHARACTERS', label: options.label },
        ) ?? ''
      );
    }
    if (options.pattern && !options.pattern.test(trimmed)) {
      return (
        this.fail(UserErrorCode.INVALID_INPUT, field, `${options.label} ${options.patternHint ?? 'is not valid'}`, {
          reason: 'PATTERN',
          label: options.label,
        }) ?? ''
      );
    }
    return trimmed;
  }

  optionalText(
    field: string,
    value: string | null | undefined,
    options: { max: number; label: string; pattern?: RegExp; patternHint?: string },
  ): string | null {
    if (value === null || value === undefined || value.trim() === '') return null;
    return this.text(field, value, options);
  }

  email(field: string, value: string | null | undefined): string {
    const email = (value ?? '').trim().toLowerCase();
    // Pragmatic: one @, a dot in the domain, no spaces or control characters, within RFC 5321 lengths.
    const valid =
      email.length <= 254 && /^[^\s@\p{Cc}]{1,64}@[^\s@\p{Cc}]+\.[^\s@\p{Cc}.]{2,}$/u.test(email) && !email.includes('..') && /^[\x21-\x7e]+$/.test(email);
    if (!valid)
      return this.fail(UserErrorCode.INVALID_EMAIL, field, `"${truncate(value ?? '')}" is not a valid email address`, { value: truncate(value ?? '') }) ?? '';
    return email;
  }

  /** A calendar date `YYYY-MM-DD`. */
  date(field: string, value: string | null | undefined, label: string): string {
    const text = (value ?? '').trim();
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? DateTime.fromISO(text, { zone: 'UTC' }) : undefined;
    if (!parsed?.isValid || parsed.year < 2000 || parsed.year > 2100) {
      return this.fail(UserErrorCode.INVALID_INPUT, field, `${label} must be a date written YYYY-MM-DD`, { reason: 'DATE', label }) ?? '';
    }
    return text;
  }

  timeZone(field: string, value: string | null | undefined): string {
    const text = (value ?? '').trim();
    if (!text || text.length > 64 || !IANAZone.isValidZone(text)) {
      return (
        this.fail(UserErrorCode.INVALID_INPUT, field, `"${truncate(text)}" is not an IANA time zone such as Europe/Rome`, {
          reason: 'TIME_ZONE',
          value: truncate(text),
        }) ?? ''
      );
    }
    return new IANAZone(text).name;
  }

  /** ISO 3166-1 alpha-2, upper case. */
  country(field: string, value: string | null | undefined): string {
    const code = (value ?? '').trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code) || !isKnownRegion(code)) {
      return (
        this.fail(UserErrorCode.INVALID_INPUT, field, `"${truncate(value ?? '')}" is not an ISO 3166-1 country code such as IT`, {
          reason: 'COUNTRY',
          value: truncate(value ?? ''),
        }) ?? ''
      );
    }
    return code;
  }

  /** BCP 47, canonicalised (`en-us` → `en-US`). */
  language(field: string, value: string | null | undefined): string {
    const text = (value ?? '').trim();
    try {
      if (text && text.length <= 35) {
        const [canonical] = Intl.getCanonicalLocales(text);
        if (canonical) return canonical;
      }
    } catch {
      // fall through
    }
    return (
      this.fail(UserErrorCode.INVALID_INPUT, field, `"${truncate(text)}" is not a language tag such as it or en-US`, {
        reason: 'LANGUAGE',
        value: truncate(text),
      }) ?? ''
    );
  }

  integer(field: string, value: number, options: { min: number; max: number; label: string }): number {
    if (!Number.isInteger(value) || value < options.min || value > options.max) {
      this.fail(UserErrorCode.INVALID_INPUT, field, `${options.label} must be between ${options.min} and ${options.max}`, {
        reason: 'RANGE',
        label: options.label,
        min: options.min,
        max: options.max,
      });
    }
    return value;
  }

  /** Records a rule that the caller checked itself. */
  check(condition: boolean, code: UserErrorCode, field: string, message: string, params?: UserErrorParams): void {
    if (!condition) this.fail(code, field, message, params);
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** Throws every recorded mistake at once, or returns if there is none. */
  done(): void {
    if (this.errors.length) throw new UserFacingError(this.errors);
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
function isKnownRegion(code: string): boolean {
  try {
    return code !== 'ZZ' && regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** A row id as the database writes it (a uuid): anything else finds nothing, without reaching SQL. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
