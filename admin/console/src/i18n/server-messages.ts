import type { UserErrorLike } from '../../../shared/user-errors';

/**
 * The server writes its user errors in English, one precise sentence each. In Italian the console
 * recognises the sentences of the operations it calls and says them in Italian, translating the
 * states they name; anything else keeps the server's words after a translated summary of its code.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

const ITALIAN: [RegExp, string][] = [
  [/^No such escalation$/, 'Segnalazione non trovata'],
  [/^No such order$/, 'Ordine non trovato'],
  [/^No such organization$/, 'Organizzazione non trovata'],
  [/^No such subscription$/, 'Abbonamento non trovato'],
  [/^No such (active )?rep$/, 'Rappresentante non trovato o non attivo'],
  [/^The escalation is already resolved$/, 'La segnalazione è già risolta'],
  [/^An escalation cannot go from (\w+) to (\w+)$/, 'Una segnalazione non può passare da {EscalationStatus:1} a {EscalationStatus:2}'],
  [/^An order cannot go from (\w+) to (\w+)$/, 'Un ordine non può passare da {OrderStatus:1} a {OrderStatus:2}'],
  [/^An order that is (\w+) cannot be cancelled$/, 'Un ordine nello stato «{OrderStatus:1}» non può essere annullato'],
  [/^(.+) is a customer organization: choose a partner organization$/, "{1} è un'organizzazione cliente: scegli un'organizzazione partner"],
  [/^(.+) is a partner organization: choose a customer organization$/, "{1} è un'organizzazione partner: scegli un'organizzazione cliente"],
  [/^(.+) set up its own Webex organization: a partner cannot be given access to it$/, '{1} ha configurato da sé la propria organizzazione Webex: non si può dare accesso a un partner'],
  [/^(.+) is managed by another partner$/, '{1} è gestita da un altro partner'],
  [/^The order is (\w+), not on hold: its organization can no longer be reassigned$/, "L'ordine è «{OrderStatus:1}», non in sospeso: la sua organizzazione non si può più riassegnare"],
  [/^Only an unrecognized-organization escalation is resolved by reassigning the organization$/, "Solo una segnalazione di organizzazione non riconosciuta si risolve riassegnando l'organizzazione"],
  [/^The order is on hold until a Cisco rep resolves it$/, "L'ordine è in sospeso finché un rappresentante Cisco non risolve la segnalazione"],
  [/^The order is already set up; its contact can no longer change$/, "L'ordine è già configurato: il contatto non si può più cambiare"],
  [/^The order is (\w+); its contact can no longer change$/, "L'ordine è «{OrderStatus:1}»: il contatto non si può più cambiare"],
  [/^The \w[\w ]* is required$/, 'Obbligatorio'],
  [/^The [\w ]+ must be at most (\d+) characters$/, 'Al massimo {1} caratteri'],
  [/^The [\w ]+ contains characters that are not allowed$/, 'Contiene caratteri non ammessi'],
  [/^"(.*)" is not a valid email address$/, '"{1}" non è un indirizzo email valido'],
  [/^"(.*)" is not an ISO 3166-1 country code such as IT$/, '"{1}" non è un codice paese ISO 3166-1 come IT'],
  [/^"(.*)" is not an IANA time zone such as Europe\/Rome$/, '"{1}" non è un fuso orario IANA come Europe/Rome'],
  [/^"(.*)" is not a language tag such as it or en-US$/, '"{1}" non è un codice di lingua come it o en-US'],
  [/may contain only letters, digits, spaces and dashes$/, 'Può contenere solo lettere, cifre, spazi e trattini'],
  [/may contain only letters, digits, dots, slashes, dashes and underscores$/, 'Può contenere solo lettere, cifre, punti, barre, trattini e trattini bassi'],
  [/must be in international format, such as (\S+)$/, 'Deve essere in formato internazionale, come {1}'],
  [/^CCW partner account (.+) already belongs to (.+)$/, "L'account partner CCW {1} appartiene già a {2}"],
  [/^That CCW partner account already belongs to another partner organization$/, "Quell'account partner CCW appartiene già a un'altra organizzazione partner"],
  [/^Only a partner organization has a CCW partner account$/, "Solo un'organizzazione partner ha un account partner CCW"],
  [/^The subscription is provisioned: /, "L'abbonamento è attivato: ora le impostazioni si modificano negli strumenti di amministrazione dell'organizzazione"],
  [/^The meeting settings have not been saved yet$/, 'Le impostazioni delle riunioni non sono ancora state salvate'],
  [/^The calling settings have not been saved yet$/, 'Le impostazioni delle chiamate non sono ancora state salvate'],
  [/^A rep with the email (.+) already exists$/, 'Esiste già un rappresentante con email {1}'],
  [/^You cannot deactivate your own account$/, 'Non puoi disattivare il tuo account'],
  [/^You cannot remove your own administrator role$/, 'Non puoi toglierti il ruolo di amministratore'],
  [/^Use at least 12 characters\.?$/, 'Usa almeno 12 caratteri'],
  [/^Use at most 256 characters\.?$/, 'Usa al massimo 256 caratteri'],
  [/^Mix letters with digits or symbols\.?$/, 'Usa lettere insieme a cifre o simboli'],
  [/^Use more different characters\.?$/, 'Usa più caratteri diversi'],
  [/^The email or password is not correct$/, "L'email o la password non sono corrette"],
  [/^Enter your password$/, 'Inserisci la password'],
];

export function describeUserError(error: UserErrorLike, locale: string, translate: Translate): string {
  if (locale !== 'it') return error.message;
  for (const [pattern, template] of ITALIAN) {
    const match = pattern.exec(error.message);
    if (!match) continue;
    return template.replace(/\{(?:(\w+):)?(\d)\}/g, (_, enumName: string | undefined, group: string) => {
      const value = match[Number(group)] ?? '';
      return enumName ? translate(`console.enums.${enumName}.${value}`, { _: value }) : value;
    });
  }
  const summary = translate(`console.errors.codes.${error.code}`, { _: '' });
  return summary ? `${summary}: ${error.message}` : error.message;
}
