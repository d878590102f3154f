import { phraseUserError, type UserErrorLike } from '../../../shared/user-errors.js';

/**
 * The server's user errors in the console's languages, by code and params (UserError.params), through
 * the core both apps share (admin/shared/user-errors.ts). Keys: `CODE`, `CODE.field`, `CODE.reason`,
 * `CODE.reason.field` (the most specific one found wins); `{name}` is a param, `{name:Enum}` a param
 * shown as the value of that enum (console.enums). English is the server's own language: an error
 * without an entry here reads as the server wrote it.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

const CATALOG: Record<string, Record<string, string>> = {
  en: {},
  it: {
    'NOT_FOUND.escalationId': 'Segnalazione non trovata',
    'NOT_FOUND.orderId': 'Ordine non trovato',
    'NOT_FOUND.organizationId': 'Organizzazione non trovata',
    'NOT_FOUND.subscriptionId': 'Abbonamento non trovato',
    'NOT_FOUND.repId': 'Rappresentante non trovato o non attivo',
    'INVALID_TRANSITION.ALREADY_RESOLVED': 'La segnalazione è già risolta',
    'INVALID_TRANSITION.ESCALATION': 'Una segnalazione non può passare da {from:EscalationStatus} a {to:EscalationStatus}',
    'INVALID_TRANSITION.ORDER': 'Un ordine non può passare da {from:OrderStatus} a {to:OrderStatus}',
    'INVALID_TRANSITION.CANCEL': 'Un ordine nello stato «{status:OrderStatus}» non può essere annullato',
    'INVALID_TRANSITION.LINK_NO_LONGER_VALID':
      'Il link in questa email non funziona più (è stato sostituito, usato o è scaduto): invia un nuovo link invece di questa email',
    'INVALID_TRANSITION.ORDER_NOT_ON_HOLD': "L'ordine è «{status:OrderStatus}», non in sospeso: la sua organizzazione non si può più riassegnare",
    'INVALID_INPUT.NOT_A_PARTNER.organizationId': "{name} è un'organizzazione cliente: scegli un'organizzazione partner",
    'INVALID_INPUT.NOT_A_CUSTOMER': "{name} è un'organizzazione partner: scegli un'organizzazione cliente",
    'INVALID_INPUT.SELF_MANAGED': '{name} ha configurato da sé la propria organizzazione Webex: non si può dare accesso a un partner',
    'INVALID_INPUT.OTHER_PARTNER': '{name} è gestita da un altro partner',
    'INVALID_INPUT.SAME_PARTNER': 'È già {name} a gestire questa organizzazione cliente',
    'INVALID_INPUT.SETUP_IN_PROGRESS': 'L’ordine {ccwOrderNumber} di questa organizzazione è ancora in configurazione: trasferiscila quando sarà attivato',
    'INVALID_INPUT.NOT_REASSIGNABLE': "Solo una segnalazione di organizzazione non riconosciuta si risolve riassegnando l'organizzazione",
    ORDER_ON_HOLD: "L'ordine è in sospeso finché un rappresentante Cisco non risolve la segnalazione",
    'INVALID_INPUT.REQUIRED': 'Obbligatorio',
    'INVALID_INPUT.TOO_LONG': 'Al massimo {max} caratteri',
    'INVALID_INPUT.CHARACTERS': 'Contiene caratteri non ammessi',
    'INVALID_INPUT.PATTERN.postalCode': 'Può contenere solo lettere, cifre, spazi e trattini',
    'INVALID_INPUT.PATTERN.mainNumber': 'Deve essere in formato internazionale, come +390212345678',
    'INVALID_INPUT.DATE': 'Deve essere una data scritta AAAA-MM-GG',
    'INVALID_INPUT.RANGE': 'Deve essere tra {min} e {max}',
    INVALID_EMAIL: '"{value}" non è un indirizzo email valido',
    'INVALID_INPUT.COUNTRY': '"{value}" non è un codice paese ISO 3166-1 come IT',
    'INVALID_INPUT.TIME_ZONE': '"{value}" non è un fuso orario IANA come Europe/Rome',
    'INVALID_INPUT.LANGUAGE': '"{value}" non è un codice di lingua come it o en-US',
    'INVALID_INPUT.ACCOUNT_TAKEN': "Quell'account partner CCW appartiene già a un'altra organizzazione partner",
    'INVALID_INPUT.NOT_A_PARTNER.partnerAccountId': "Solo un'organizzazione partner ha un account partner CCW",
    'INVALID_INPUT.PROVISIONED': "L'abbonamento è attivato: ora le impostazioni si modificano negli strumenti di amministrazione dell'organizzazione",
    'INVALID_INPUT.NOT_SAVED.meetingSettings': 'Le impostazioni delle riunioni non sono ancora state salvate',
    'INVALID_INPUT.NOT_SAVED.callingSettings': 'Le impostazioni delle chiamate non sono ancora state salvate',
    'INVALID_INPUT.REP_EXISTS': 'Esiste già un rappresentante con email {email}',
    'INVALID_INPUT.OWN_ACCOUNT': 'Non puoi disattivare il tuo account',
    'INVALID_INPUT.OWN_ROLE': 'Non puoi toglierti il ruolo di amministratore',
    'INVALID_INPUT.URL': 'Deve essere un indirizzo assoluto http:// o https://',
    'INVALID_INPUT.URL_CREDENTIALS': "L'indirizzo non deve contenere nome utente o password",
    'INVALID_INPUT.URL_FRAGMENT': "L'indirizzo non deve contenere un frammento (#…)",
    'INVALID_INPUT.TOO_MANY_SUBSCRIPTIONS': 'Una chiave può avere al massimo {max} webhook',
    'INVALID_TRANSITION.WEBHOOK_DELIVERY': 'Si può inviare di nuovo solo una consegna non riuscita; questa è «{status:WebhookDeliveryStatus}»',
    'NOT_FOUND.deliveryId': 'Consegna non trovata',
    'NOT_FOUND.id': 'Non trovato',
    PASSWORD_TOO_WEAK: 'Scegli una password più robusta: almeno 12 caratteri, lettere con cifre o simboli',
    INVALID_CREDENTIALS: "L'email o la password non sono corrette",
    TOO_MANY_ATTEMPTS: 'Troppi tentativi: riprova più tardi',
  },
};

export function describeUserError(error: UserErrorLike, locale: string, translate: Translate): string {
  const catalog = CATALOG[locale] ?? CATALOG.en;
  const phrased = phraseUserError(error, (key) => catalog[key], { format: (kind, value) => translate(`console.enums.${kind}.${value}`, { _: value }) });
  if (phrased !== undefined) return phrased;
  // Not in the catalog: the server's words, after a summary of its code in the reader's language.
  if (locale === 'en') return error.message;
  const summary = translate(`console.errors.codes.${error.code}`, { _: '' });
  return summary ? `${summary}: ${error.message}` : error.message;
}
