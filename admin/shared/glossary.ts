/**
 * The domain's words, in English and Italian, in one place: the partner portal and the reps' console
 * both read their statuses, kinds, roles and audit actions from here, so one status has one name in
 * each language wherever it shows (ON_HOLD is "In sospeso", a pending subscription "In attesa"). The
 * emails name escalation kinds with the same words (test/glossary.test.ts holds them to it).
 *
 * Every term has both languages (the type says so, and test/glossary.test.ts checks that none is
 * empty or left in English). Keys are the GraphQL enum values and the audit trail's action names.
 */
export type GlossaryLanguage = 'en' | 'it';
export interface Term {
  en: string;
  it: string;
}

export const GLOSSARY = {
  OrderStatus: {
    PLACED: { en: 'Placed', it: 'Ricevuto' },
    AWAITING_SETUP: { en: 'Awaiting setup', it: 'In attesa di configurazione' },
    SETUP_IN_PROGRESS: { en: 'Setup in progress', it: 'Configurazione in corso' },
    HANDED_OVER: { en: 'Handed over', it: 'Affidato ad altri' },
    ON_HOLD: { en: 'On hold', it: 'In sospeso' },
    SET_UP: { en: 'Set up', it: 'Impostato' },
    PROVISIONED: { en: 'Provisioned', it: 'Provisioning completato' },
    EXPIRED: { en: 'Expired', it: 'Scaduto' },
    CANCELLED: { en: 'Cancelled', it: 'Annullato' },
  },
  SubscriptionStatus: {
    PENDING: { en: 'Pending', it: 'In attesa' },
    ACTIVE: { en: 'Active', it: 'Attivo' },
    SUSPENDED: { en: 'Suspended', it: 'Sospeso' },
    CANCELLED: { en: 'Cancelled', it: 'Annullato' },
  },
  /** A subscription's change asked for a later date (`SubscriptionChange.kind`, `.status`). */
  SubscriptionChangeKind: {
    CANCEL: { en: 'Cancellation', it: 'Annullamento' },
    QUANTITIES: { en: 'Quantity change', it: 'Cambio di quantità' },
  },
  SubscriptionChangeStatus: {
    SCHEDULED: { en: 'Scheduled', it: 'Programmato' },
    APPLIED: { en: 'Applied', it: 'Applicato' },
    SUPERSEDED: { en: 'Replaced by a later request', it: 'Sostituito da una richiesta successiva' },
    VOIDED: { en: 'Not applied (cancelled first)', it: 'Non applicato (annullato prima)' },
  },
  /** Why a queued webhook delivery waits whatever its next attempt says (`WebhookDelivery.heldBecause`). */
  WebhookDeliveryHold: {
    SUBSCRIPTION_PAUSED: { en: 'Held: webhook paused', it: 'Trattenuta: webhook in pausa' },
    SUBSCRIPTION_DISABLED: { en: 'Held: webhook disabled', it: 'Trattenuta: webhook disattivato' },
  },
  EscalationStatus: {
    OPEN: { en: 'Open', it: 'Aperta' },
    IN_PROGRESS: { en: 'In progress', it: 'In lavorazione' },
    RESOLVED: { en: 'Resolved', it: 'Risolta' },
  },
  EscalationKind: {
    OVERDUE_PROVISIONING: { en: 'Overdue provisioning', it: 'Provisioning in ritardo' },
    UNRECOGNIZED_PARTNER_ORGANIZATION: { en: 'Unrecognized partner organization', it: 'Organizzazione partner non riconosciuta' },
    UNRECOGNIZED_CUSTOMER_ORGANIZATION: { en: 'Unrecognized customer organization', it: 'Organizzazione cliente non riconosciuta' },
    STALLED_SETUP: { en: 'Stalled setup', it: 'Configurazione ferma' },
  },
  EscalationKindShort: {
    OVERDUE_PROVISIONING: { en: 'Overdue', it: 'In ritardo' },
    UNRECOGNIZED_PARTNER_ORGANIZATION: { en: 'Unrecognized partner', it: 'Partner non riconosciuto' },
    UNRECOGNIZED_CUSTOMER_ORGANIZATION: { en: 'Unrecognized customer', it: 'Cliente non riconosciuto' },
    STALLED_SETUP: { en: 'Stalled', it: 'Ferma' },
  },
  OrganizationKind: {
    PARTNER: { en: 'Partner', it: 'Partner' },
    CUSTOMER: { en: 'Customer', it: 'Cliente' },
  },
  ServiceKind: {
    MEETINGS: { en: 'Meetings', it: 'Riunioni' },
    CALLING: { en: 'Calling', it: 'Chiamate' },
    MESSAGING: { en: 'Messaging', it: 'Messaggistica' },
    WEBINARS: { en: 'Webinars', it: 'Webinar' },
  },
  Offer: {
    A_WX: { en: 'A-WX (Webex Suite / Flex)', it: 'A-WX (Webex Suite / Flex)' },
    A_SPK: { en: 'A-SPK', it: 'A-SPK' },
    A_FLEX: { en: 'A-FLEX', it: 'A-FLEX' },
  },
  RepRole: {
    REP: { en: 'Rep', it: 'Rappresentante' },
    ADMIN: { en: 'Administrator', it: 'Amministratore' },
  },
  UserRole: {
    ADMIN: { en: 'Administrator', it: 'Amministratore' },
    MEMBER: { en: 'Member', it: 'Membro' },
  },
  ActorKind: {
    SYSTEM: { en: 'System', it: 'Sistema' },
    API_KEY: { en: 'Machine key', it: 'Chiave di sistema' },
    REP: { en: 'Rep', it: 'Rappresentante' },
    ADMIN: { en: 'Administrator', it: 'Amministratore' },
    PARTNER_ADMIN: { en: 'Partner administrator', it: 'Amministratore del partner' },
    CUSTOMER_ADMIN: { en: 'Customer administrator', it: 'Amministratore del cliente' },
    SETUP_SESSION: { en: 'Setup wizard', it: 'Procedura guidata' },
    ANONYMOUS: { en: 'Anonymous', it: 'Anonimo' },
  },
  OutboxStatus: {
    PENDING: { en: 'Queued', it: 'In coda' },
    SENT: { en: 'Sent', it: 'Inviata' },
    FAILED: { en: 'Failed', it: 'Non recapitata' },
  },
  LinkAudience: {
    PARTNER: { en: 'Partner', it: 'Partner' },
    CUSTOMER: { en: 'Customer administrator', it: 'Amministratore del cliente' },
  },
  LinkKind: {
    SETUP: { en: 'Set up now', it: 'Imposta ora' },
    ACTIVATION: { en: 'Account activation', it: 'Attivazione dell’account' },
  },
  EmailTemplate: {
    SETUP_LINK: { en: 'Set up now link', it: 'Collegamento Imposta ora' },
    ACTIVATION: { en: 'Account activation', it: 'Attivazione dell’account' },
    REP_NOTICE: { en: 'Notice to reps', it: 'Avviso ai rappresentanti' },
    ESCALATION_ASSIGNED: { en: 'Escalation assigned', it: 'Segnalazione assegnata' },
    WEBHOOK_PAUSED: { en: 'Webhook paused', it: 'Webhook in pausa' },
  },
  /** The audit trail's actions (`AuditEvent.action`), as the timeline names them. */
  AuditAction: {
    'order.placed': { en: 'Order placed', it: 'Ordine ricevuto' },
    'order.contact_changed': { en: 'Provisioning contact changed', it: 'Contatto per il provisioning cambiato' },
    'order.on_hold': { en: 'Order put on hold', it: 'Ordine messo in sospeso' },
    'order.set_up': { en: 'Order set up', it: 'Ordine impostato' },
    'order.expired': { en: 'Order expired', it: 'Ordine scaduto' },
    'order.cancelled': { en: 'Order cancelled', it: 'Ordine annullato' },
    'order.organization_reassigned': { en: 'Organization reassigned', it: 'Organizzazione riassegnata' },
    'order.taken_back': { en: 'Order taken back by a rep', it: 'Ordine ripreso da un rappresentante' },
    'order.amended.start_date': { en: 'Requested start date changed', it: 'Data di inizio richiesta cambiata' },
    'order.amended.cancel': { en: 'Cancellation received from CCW', it: 'Annullamento ricevuto da CCW' },
    'order.amended.quantities': { en: 'Quantities changed', it: 'Quantità cambiate' },
    'setup_link.issued': { en: 'Set up now link sent', it: 'Collegamento Imposta ora inviato' },
    'activation_link.issued': { en: 'Activation link sent', it: 'Collegamento di attivazione inviato' },
    'setup.started': { en: 'Wizard started', it: 'Procedura guidata avviata' },
    'setup.resumed': { en: 'Service setup resumed', it: 'Configurazione dei servizi ripresa' },
    'setup.choose_role': { en: 'Role chosen', it: 'Ruolo scelto' },
    'setup.choose_setup_owner': { en: 'Who sets up chosen', it: 'Scelto chi configura' },
    'setup.create_partner_organization': { en: 'Partner organization details entered', it: 'Inseriti i dati dell’organizzazione partner' },
    'setup.review_partner_organization': { en: 'Partner organization reviewed', it: 'Organizzazione partner rivista' },
    'setup.review_partner_organization.not_recognized': {
      en: 'Partner organization not recognized: order on hold',
      it: 'Organizzazione partner non riconosciuta: ordine in sospeso',
    },
    'setup.customer_administrator': { en: 'Customer administrator entered', it: 'Inserito l’amministratore del cliente' },
    'setup.confirm_customer_organization': { en: 'Customer organization confirmed', it: 'Organizzazione cliente confermata' },
    'setup.confirm_customer_organization.not_recognized': {
      en: 'Customer organization not recognized: order on hold',
      it: 'Organizzazione cliente non riconosciuta: ordine in sospeso',
    },
    'setup.verify_customer_organization': { en: 'Customer organization verified', it: 'Organizzazione cliente verificata' },
    'setup.verify_customer_organization.not_recognized': {
      en: 'Customer organization not recognized: order on hold',
      it: 'Organizzazione cliente non riconosciuta: ordine in sospeso',
    },
    'setup.review_order': { en: 'Order reviewed', it: 'Ordine rivisto' },
    'setup.set_password': { en: 'Password set', it: 'Password impostata' },
    'setup.handed_to_colleague': { en: 'Handed over to a colleague', it: 'Affidato a un collega' },
    'setup.handed_to_customer': { en: 'Handed over to the customer', it: 'Affidato al cliente' },
    'user.password_set': { en: 'Administrator password set', it: 'Password dell’amministratore impostata' },
    'user.activated': { en: 'Administrator account activated', it: 'Account dell’amministratore attivato' },
    'password_reset.requested': { en: 'Password reset requested', it: 'Richiesto il ripristino della password' },
    'password_reset.used': { en: 'Password reset', it: 'Password ripristinata' },
    'escalation.opened': { en: 'Escalation opened', it: 'Segnalazione aperta' },
    'escalation.assigned': { en: 'Escalation assigned', it: 'Segnalazione assegnata' },
    'escalation.unassigned': { en: 'Escalation back in the queue', it: 'Segnalazione tornata in coda' },
    'escalation.note_added': { en: 'Note added', it: 'Nota aggiunta' },
    'escalation.partner_contacted': { en: 'Partner contacted', it: 'Partner contattato' },
    'escalation.resolved': { en: 'Escalation resolved', it: 'Segnalazione risolta' },
    'escalation.auto_resolved': { en: 'Escalation resolved automatically', it: 'Segnalazione risolta automaticamente' },
    'canned_resolution.created': { en: 'Canned resolution created', it: 'Risoluzione predefinita creata' },
    'canned_resolution.updated': { en: 'Canned resolution changed', it: 'Risoluzione predefinita modificata' },
    'canned_resolution.deleted': { en: 'Canned resolution deleted', it: 'Risoluzione predefinita eliminata' },
    'email.resent': { en: 'Email sent again', it: 'Email inviata di nuovo' },
    'subscription.calling_settings_saved': { en: 'Calling settings saved', it: 'Impostazioni delle chiamate salvate' },
    'subscription.meeting_settings_saved': { en: 'Meeting settings saved', it: 'Impostazioni delle riunioni salvate' },
    'subscription.settings_corrected': { en: 'Settings corrected by a rep', it: 'Impostazioni corrette da un rappresentante' },
    'subscription.provisioned': { en: 'Provisioned: billing started', it: 'Provisioning completato: fatturazione avviata' },
    'webhook.test_sent': { en: 'Webhook test event sent', it: 'Evento di prova del webhook inviato' },
    'subscription.suspended': { en: 'Subscription suspended', it: 'Abbonamento sospeso' },
    'subscription.resumed': { en: 'Subscription resumed', it: 'Abbonamento riattivato' },
    'subscription.cancelled': { en: 'Subscription cancelled', it: 'Abbonamento annullato' },
    'subscription.cancellation_scheduled': { en: 'Subscription cancellation scheduled', it: 'Annullamento dell’abbonamento programmato' },
    'subscription.quantities_changed': { en: 'Subscription quantities changed', it: 'Quantità dell’abbonamento cambiate' },
    'subscription.quantities_scheduled': { en: 'Subscription quantity change scheduled', it: 'Cambio di quantità dell’abbonamento programmato' },
    'organization.subdomain_saved': { en: 'Subdomain saved', it: 'Sottodominio salvato' },
    'organization.updated': { en: 'Organization details corrected', it: 'Dati dell’organizzazione corretti' },
    'rep.created': { en: 'Rep account created', it: 'Account del rappresentante creato' },
    'rep.updated': { en: 'Rep account changed', it: 'Account del rappresentante modificato' },
    'rep.signed_in_with_sso': { en: 'Rep signed in with single sign-on', it: 'Accesso del rappresentante con single sign-on' },
    'webhook.created': { en: 'Webhook created', it: 'Webhook creato' },
    'webhook.updated': { en: 'Webhook changed', it: 'Webhook modificato' },
    'webhook.deleted': { en: 'Webhook deleted', it: 'Webhook eliminato' },
    'webhook.secret_rotated': { en: 'Webhook secret rotated', it: 'Segreto del webhook rinnovato' },
    'webhook.delivery_resent': { en: 'Webhook delivery sent again', it: 'Consegna del webhook inviata di nuovo' },
    'webhook.paused': { en: 'Webhook paused after repeated failures', it: 'Webhook messo in pausa dopo ripetuti errori' },
    'webhook.resumed': { en: 'Webhook resumed', it: 'Webhook ripreso' },
  },
} as const satisfies Record<string, Record<string, Term>>;

export type GlossaryGroup = keyof typeof GLOSSARY;

/** A value's word in a language, or undefined when the glossary does not know the value. */
export function term(lang: GlossaryLanguage, group: GlossaryGroup, value: string): string | undefined {
  const terms: Record<string, Term> = GLOSSARY[group];
  return Object.prototype.hasOwnProperty.call(terms, value) ? terms[value][lang] : undefined;
}

/** One group in one language, `{ VALUE: word }`: the shape react-admin's messages and the portal's tables take. */
export function glossaryGroup(lang: GlossaryLanguage, group: GlossaryGroup): Record<string, string> {
  return Object.fromEntries(Object.entries(GLOSSARY[group] as Record<string, Term>).map(([value, words]) => [value, words[lang]]));
}

/** Every group in one language (`{ OrderStatus: { PLACED: … }, … }`). */
export function glossaryIn(lang: GlossaryLanguage): Record<GlossaryGroup, Record<string, string>> {
  return Object.fromEntries(Object.keys(GLOSSARY).map((group) => [group, glossaryGroup(lang, group as GlossaryGroup)])) as Record<
    GlossaryGroup,
    Record<string, string>
  >;
}

/**
 * The glossary's entry for an audit event: the action, or its `.not_recognized` variant when the
 * wizard step that records it sent the order on hold (the person did not recognize the organization:
 * "Organization verified" would say the opposite of what happened).
 */
export function auditActionKey(action: string, after: Record<string, unknown> | null | undefined): string {
  const variant = `${action}.not_recognized`;
  return after?.nextStep === 'ON_HOLD' && variant in GLOSSARY.AuditAction ? variant : action;
}

/** The BCP 47 locale used for dates and numbers in each language: one format per language in both apps. */
export const INTL_LOCALE: Record<GlossaryLanguage, string> = { en: 'en-GB', it: 'it-IT' };

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
}

/** A date and time, e.g. "4 Dec 2026, 18:40" / "4 dic 2026, 18:40" (in `timeZone`, else the browser's). */
export function formatDateTime(lang: GlossaryLanguage, value: string | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(toDate(value));
}

/**
 * A calendar day, e.g. "4 Dec 2026" / "4 dic 2026"; a `YYYY-MM-DD` Date is that day wherever the reader is.
 * An instant is the day it falls on in `timeZone` (else the browser's): a subscription change effective
 * from the start of a day in the order's time zone is that day.
 */
export function formatDate(lang: GlossaryLanguage, value: string | Date, timeZone?: string): string {
  const utc = typeof value === 'string' && value.length === 10;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'medium', timeZone: utc ? 'UTC' : timeZone }).format(toDate(value));
}

/** A BCP 47 language tag as its name: `it` → "Italian" / "italiano", `en-US` → "American English" / "inglese americano". */
export function languageName(lang: GlossaryLanguage, code: string): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[lang]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * An IANA time zone as people name it: its city and its generic name, e.g. "Rome (Central European
 * Time)" / "Rome (Ora dell’Europa centrale)" (the city as the zone's id spells it). The zone's own id only when the browser knows no name.
 */
export function timeZoneName(lang: GlossaryLanguage, zone: string): string {
  let generic: string | undefined;
  try {
    generic = new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return zone;
  }
  const city = zone.includes('/') ? zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ') : '';
  if (!generic) return zone;
  return city ? `${city} (${generic})` : generic;
}

/** An ISO 3166-1 alpha-2 code as the country's name in the language. */
export function countryName(lang: GlossaryLanguage, code: string): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[lang]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const LANGUAGE_SETTINGS = new Set(['locale', 'language', 'announcementLanguage', 'emailLanguage']);
const TIME_ZONE_SETTINGS = new Set(['timeZone']);
const COUNTRY_SETTINGS = new Set(['country']);

/** A stored setting as people read it: a language, time zone or country by its name; anything else as it is. */
export function settingText(lang: GlossaryLanguage, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = String(value);
  if (LANGUAGE_SETTINGS.has(key)) return languageName(lang, text);
  if (TIME_ZONE_SETTINGS.has(key)) return timeZoneName(lang, text);
  if (COUNTRY_SETTINGS.has(key)) return countryName(lang, text);
  return text;
}
