import type { TxScope } from '../common/tx-scope.js';
import { executeInTransaction } from '../db/prepared.js';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity.js';

/** The languages we write email in; anything else falls back to English. */
export type EmailLanguage = 'en' | 'it';

export function emailLanguage(locale: string): EmailLanguage {
  return locale.toLowerCase().split('-')[0] === 'it' ? 'it' : 'en';
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * Every email has a plain-text part and an HTML part; the HTML names its language (`<html lang>`,
 * for screen readers and translation tools) and its charset (the MIME parts say UTF-8 as well).
 */
function render(language: EmailLanguage, paragraphs: string[], action?: { label: string; url: string }): { text: string; html: string } {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : [])].join('\n\n') + '\n';
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const button = action
    ? `<p><a href="${escapeHtml(action.url)}" style="background:#005073;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>`
    : '';
  return {
    text,
    html: `<!doctype html>\n<html lang="${language}">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>\n<body style="font-family:sans-serif">\n${body}\n${button}\n</body>\n</html>\n`,
  };
}

export interface SetupLinkEmail {
  ccwOrderNumber: string;
  customerName: string;
  url: string;
  expiresOn: string;
  handedOverBy?: string;
}

export function setupLinkEmail(language: EmailLanguage, m: SetupLinkEmail): EmailContent {
  if (language === 'it') {
    return {
      subject: `Configura il tuo ordine Webex ${m.ccwOrderNumber}`,
      ...render(
        language,
        [
          // The recipient is the partner's provisioning contact (or whoever it was handed to), never "cliente".
          'Buongiorno,',
          m.handedOverBy
            ? `${m.handedOverBy} ti ha chiesto di completare il provisioning dell'ordine Webex ${m.ccwOrderNumber} per ${m.customerName}.`
            : `l'ordine Webex ${m.ccwOrderNumber} per ${m.customerName} è pronto per il provisioning.`,
          `Per iniziare, fai clic su «Imposta ora». Scadenza del collegamento: ${m.expiresOn}.`,
          // Before step 8 nothing is kept; after it the same link brings back to the service setup (SetupService.open).
          "Puoi uscire dalla procedura in qualsiasi momento. Finché non hai verificato le informazioni su cliente e partner facendo clic su Avanti, non viene salvato nulla e lo stesso collegamento ricomincia dall'inizio; dopo, lo stesso collegamento ti riporta alla configurazione dei servizi, con le impostazioni già salvate, finché non fai clic su Provisioning.",
          'Se questo indirizzo è un alias, inoltra il messaggio alla persona che fornirà le informazioni di provisioning.',
        ],
        { label: 'Imposta ora', url: m.url },
      ),
    };
  }
  return {
    subject: `Set up your Webex order ${m.ccwOrderNumber}`,
    ...render(
      language,
      [
        'Hello,',
        m.handedOverBy
          ? `${m.handedOverBy} asked you to complete provisioning of Webex order ${m.ccwOrderNumber} for ${m.customerName}.`
          : `Webex order ${m.ccwOrderNumber} for ${m.customerName} is ready to be provisioned.`,
        `Click Set up now to begin. The link works until ${m.expiresOn}.`,
        // Before step 8 nothing is kept; after it the same link brings back to the service setup (SetupService.open).
        'You can leave the wizard at any time. Until you have checked the customer and partner information and clicked Next, nothing is saved and the same link starts again from the beginning; after that, the same link brings you back to the service setup, with the settings you saved, until you click Provision.',
        'If this address is an alias, forward this message to the person who will supply the provisioning information.',
      ],
      { label: 'Set up now', url: m.url },
    ),
  };
}

/**
 * The reminder to finish an order that is set up (past step 8) but not provisioned: to whoever completed
 * step 8, with a fresh link that brings them back to the service setup with what they saved.
 */
export function setupReminderEmail(language: EmailLanguage, m: { ccwOrderNumber: string; customerName: string; url: string; expiresOn: string }): EmailContent {
  if (language === 'it') {
    return {
      subject: `Completa la configurazione dei servizi dell'ordine Webex ${m.ccwOrderNumber}`,
      ...render(
        language,
        [
          'Buongiorno,',
          `l'ordine Webex ${m.ccwOrderNumber} per ${m.customerName} è configurato, ma i servizi non sono ancora stati attivati e la fatturazione non è iniziata.`,
          `Fai clic su «Continua la configurazione»: ritroverai le impostazioni già salvate. Non serve una password. Scadenza del collegamento: ${m.expiresOn}.`,
          'Se nessuno completa la configurazione, un rappresentante Cisco contatterà il partner.',
        ],
        { label: 'Continua la configurazione', url: m.url },
      ),
    };
  }
  return {
    subject: `Finish setting up the services of Webex order ${m.ccwOrderNumber}`,
    ...render(
      language,
      [
        'Hello,',
        `Webex order ${m.ccwOrderNumber} for ${m.customerName} is set up, but its services are not provisioned yet and billing has not started.`,
        `Click Continue setup: you will find the settings you already saved. No password is needed. The link works until ${m.expiresOn}.`,
        'If nobody finishes the setup, a Cisco representative will contact the partner.',
      ],
      { label: 'Continue setup', url: m.url },
    ),
  };
}

/** CCW (or a rep) cancelled the order: whoever holds a Set up now link is told, so nobody is left guessing. */
export function orderCancelledEmail(language: EmailLanguage, m: { ccwOrderNumber: string; customerName: string }): EmailContent {
  if (language === 'it') {
    return {
      subject: `Ordine Webex ${m.ccwOrderNumber} annullato`,
      ...render(language, [
        'Buongiorno,',
        `l'ordine Webex ${m.ccwOrderNumber} per ${m.customerName} è stato annullato: il collegamento «Imposta ora» che avevi ricevuto non funziona più e non c'è nulla da configurare.`,
        'Per domande, rivolgiti a chi ha effettuato l’ordine o al tuo rappresentante Cisco.',
      ]),
    };
  }
  return {
    subject: `Webex order ${m.ccwOrderNumber} cancelled`,
    ...render(language, [
      'Hello,',
      `Webex order ${m.ccwOrderNumber} for ${m.customerName} was cancelled: the Set up now link you received no longer works and there is nothing to set up.`,
      'If you have questions, ask whoever placed the order or your Cisco representative.',
    ]),
  };
}

/** The partner is told when a provisioned subscription is suspended or cancelled (#26): by CCW, a rep, or on its scheduled date. */
export function subscriptionChangedEmail(
  language: EmailLanguage,
  m: { change: 'SUSPENDED' | 'CANCELLED'; ccwOrderNumber: string; customerName: string; effectiveOn: string },
): EmailContent {
  const suspended = m.change === 'SUSPENDED';
  if (language === 'it') {
    return {
      subject: suspended
        ? `Abbonamento Webex di ${m.customerName} sospeso (ordine ${m.ccwOrderNumber})`
        : `Abbonamento Webex di ${m.customerName} annullato (ordine ${m.ccwOrderNumber})`,
      ...render(language, [
        'Buongiorno,',
        suspended
          ? `l'abbonamento Webex dell'ordine ${m.ccwOrderNumber} per ${m.customerName} è stato sospeso in data ${m.effectiveOn}: i suoi servizi restano configurati e tornano disponibili quando l'abbonamento viene riattivato.`
          : `l'abbonamento Webex dell'ordine ${m.ccwOrderNumber} per ${m.customerName} è stato annullato in data ${m.effectiveOn}: i suoi servizi non sono più disponibili.`,
        'Per domande, rivolgiti a chi ha effettuato l’ordine o al tuo rappresentante Cisco.',
      ]),
    };
  }
  return {
    subject: suspended
      ? `Webex subscription of ${m.customerName} suspended (order ${m.ccwOrderNumber})`
      : `Webex subscription of ${m.customerName} cancelled (order ${m.ccwOrderNumber})`,
    ...render(language, [
      'Hello,',
      suspended
        ? `The Webex subscription of order ${m.ccwOrderNumber} for ${m.customerName} was suspended on ${m.effectiveOn}: its services stay configured and come back when the subscription is resumed.`
        : `The Webex subscription of order ${m.ccwOrderNumber} for ${m.customerName} was cancelled on ${m.effectiveOn}: its services are no longer available.`,
      'If you have questions, ask whoever placed the order or your Cisco representative.',
    ]),
  };
}

/**
 * A rep moved a customer organization's subscriptions to another partner (#26): the partner that
 * gave it up (`OUT`) and the one that takes it over (`IN`) are told, each under its own name only
 * (neither learns who the other partner is: tenants stay apart). The rep's reason is not in it.
 */
export function customerTransferredEmail(
  language: EmailLanguage,
  m: { direction: 'IN' | 'OUT'; customerName: string; partnerName: string; subscriptionCount: number; effectiveOn: string },
): EmailContent {
  const incoming = m.direction === 'IN';
  if (language === 'it') {
    const count = m.subscriptionCount === 1 ? '1 abbonamento Webex' : `${m.subscriptionCount} abbonamenti Webex`;
    return {
      subject: incoming ? `${m.customerName} è ora gestita da ${m.partnerName}` : `${m.customerName} non è più gestita da ${m.partnerName}`,
      ...render(language, [
        'Buongiorno,',
        incoming
          ? `in data ${m.effectiveOn} un rappresentante Cisco ha affidato a ${m.partnerName} l'organizzazione Webex ${m.customerName} (${count}): da ora la trovi nel portale, con i suoi ordini e abbonamenti.`
          : `in data ${m.effectiveOn} un rappresentante Cisco ha affidato l'organizzazione Webex ${m.customerName} (${count}) a un altro partner: da ora non la trovi più nel portale di ${m.partnerName}, né i suoi ordini e abbonamenti.`,
        'Per domande, rivolgiti al tuo rappresentante Cisco.',
      ]),
    };
  }
  const count = m.subscriptionCount === 1 ? '1 Webex subscription' : `${m.subscriptionCount} Webex subscriptions`;
  return {
    subject: incoming ? `${m.customerName} is now managed by ${m.partnerName}` : `${m.customerName} is no longer managed by ${m.partnerName}`,
    ...render(language, [
      'Hello,',
      incoming
        ? `On ${m.effectiveOn} a Cisco representative handed the Webex organization ${m.customerName} (${count}) over to ${m.partnerName}: you now find it in the portal, with its orders and subscriptions.`
        : `On ${m.effectiveOn} a Cisco representative handed the Webex organization ${m.customerName} (${count}) over to another partner: it is no longer in the portal of ${m.partnerName}, nor are its orders and subscriptions.`,
      'If you have questions, ask your Cisco representative.',
    ]),
  };
}

export function activationEmail(language: EmailLanguage, m: { organizationName: string; url: string; expiresOn: string }): EmailContent {
  if (language === 'it') {
    return {
      subject: `Attiva il tuo account amministratore Webex per ${m.organizationName}`,
      ...render(
        language,
        [
          'Buongiorno,',
          `il tuo indirizzo è stato indicato per amministrare l'organizzazione Webex ${m.organizationName}.`,
          `Scegli una password per attivare il tuo account. Scadenza del collegamento: ${m.expiresOn}.`,
        ],
        { label: "Attiva l'account", url: m.url },
      ),
    };
  }
  return {
    subject: `Activate your Webex administrator account for ${m.organizationName}`,
    ...render(
      language,
      [
        'Hello,',
        `You were named administrator of the Webex organization ${m.organizationName}.`,
        `Choose a password to activate your account. The link works until ${m.expiresOn}.`,
      ],
      { label: 'Activate account', url: m.url },
    ),
  };
}

export function repNoticeEmail(
  language: EmailLanguage,
  m: { ccwOrderNumber: string; kind: string; partnerName: string; customerName: string; consoleUrl: string },
): EmailContent {
  const what: Record<string, [string, string]> = {
    OVERDUE_PROVISIONING: [
      'provisioning has not started one day after the requested start date',
      'il provisioning non è ancora iniziato a un giorno dalla data di inizio richiesta',
    ],
    UNRECOGNIZED_PARTNER_ORGANIZATION: [
      'the partner did not recognize its organization; the order is on hold',
      "il partner non ha riconosciuto la propria organizzazione; l'ordine è sospeso",
    ],
    UNRECOGNIZED_CUSTOMER_ORGANIZATION: [
      'the customer organization was not recognized; the order is on hold',
      "l'organizzazione cliente non è stata riconosciuta; l'ordine è sospeso",
    ],
    STALLED_SETUP: [
      'setup was started but nobody has worked on it for days and the order is still not provisioned',
      "la configurazione è stata avviata ma da giorni nessuno la porta avanti e l'ordine non è ancora attivato",
    ],
  };
  const [en, it] = what[m.kind] ?? [m.kind, m.kind];
  if (language === 'it') {
    return {
      subject: `[Provisioning Hub] Ordine ${m.ccwOrderNumber}: ${it}`,
      ...render(language, [`Ordine ${m.ccwOrderNumber} (${m.partnerName} per ${m.customerName}): ${it}.`, 'Contatta il partner dalla console.'], {
        label: 'Apri la console',
        url: m.consoleUrl,
      }),
    };
  }
  return {
    subject: `[Provisioning Hub] Order ${m.ccwOrderNumber}: ${en}`,
    ...render(language, [`Order ${m.ccwOrderNumber} (${m.partnerName} for ${m.customerName}): ${en}.`, 'Please contact the partner from the console.'], {
      label: 'Open the console',
      url: m.consoleUrl,
    }),
  };
}

/** Escalation kinds in a sentence, for the reps' emails: [en, it], the words of the apps' glossary (admin/shared/glossary.ts; test/glossary.test.ts). */
const ESCALATION_KIND_NAMES: Record<string, [string, string]> = {
  OVERDUE_PROVISIONING: ['overdue provisioning', 'provisioning in ritardo'],
  UNRECOGNIZED_PARTNER_ORGANIZATION: ['unrecognized partner organization', 'organizzazione partner non riconosciuta'],
  UNRECOGNIZED_CUSTOMER_ORGANIZATION: ['unrecognized customer organization', 'organizzazione cliente non riconosciuta'],
  STALLED_SETUP: ['stalled setup', 'configurazione ferma'],
};

/** A rep assigned an escalation to a colleague: the notice to that colleague (once per escalation and rep). */
export function escalationAssignedEmail(
  language: EmailLanguage,
  m: { ccwOrderNumber: string; kind: string; partnerName: string; customerName: string; assignedBy: string; consoleUrl: string },
): EmailContent {
  const [en, it] = ESCALATION_KIND_NAMES[m.kind] ?? [m.kind, m.kind];
  if (language === 'it') {
    return {
      subject: `[Provisioning Hub] Ti è stata assegnata la segnalazione sull'ordine ${m.ccwOrderNumber}`,
      ...render(
        language,
        [
          `${m.assignedBy} ti ha assegnato una segnalazione: ordine ${m.ccwOrderNumber} (${m.partnerName} per ${m.customerName}), ${it}.`,
          'La trovi nella console, tra le segnalazioni assegnate a te.',
        ],
        { label: 'Apri la segnalazione', url: m.consoleUrl },
      ),
    };
  }
  return {
    subject: `[Provisioning Hub] An escalation on order ${m.ccwOrderNumber} is assigned to you`,
    ...render(
      language,
      [
        `${m.assignedBy} assigned you an escalation: order ${m.ccwOrderNumber} (${m.partnerName} for ${m.customerName}), ${en}.`,
        'It is in the console, among the escalations assigned to you.',
      ],
      { label: 'Open the escalation', url: m.consoleUrl },
    ),
  };
}

export interface WebhookPausedEmail {
  subscriptionId: string;
  url: string;
  description: string | null;
  /** How many deliveries FAILED in a row (`WEBHOOK_PAUSE_AFTER_FAILURES` reached). */
  failures: number;
  /** The last FAILED delivery's error (e.g. `HTTP 500`). */
  lastError: string;
  /** Where the subscription is shown (the console's webhook page). */
  consoleUrl: string;
}

/** A webhook subscription paused after too many FAILED deliveries in a row: to its owner and to the reps, once per pause. */
export function webhookPausedEmail(language: EmailLanguage, m: WebhookPausedEmail): EmailContent {
  const name = m.description ? `${m.url} (${m.description})` : m.url;
  if (language === 'it') {
    return {
      subject: `[Provisioning Hub] Webhook in pausa: ${m.url}`,
      ...render(
        language,
        [
          `Il webhook ${name}, id ${m.subscriptionId}, è in pausa: le ultime ${m.failures} consegne non sono riuscite nemmeno dopo l'ultimo tentativo.`,
          `Ultimo errore: ${m.lastError}.`,
          'Finché è in pausa, i nuovi eventi restano in attesa e non si perde nulla. Quando il ricevitore risponde di nuovo, riprendi il webhook (nella console: «Riprendi» nella sua pagina; dall’API: la mutation resumeWebhookSubscription): gli eventi in attesa vengono inviati, nell’ordine di ogni ordine.',
        ],
        { label: 'Apri il webhook', url: m.consoleUrl },
      ),
    };
  }
  return {
    subject: `[Provisioning Hub] Webhook paused: ${m.url}`,
    ...render(
      language,
      [
        `The webhook ${name}, id ${m.subscriptionId}, is paused: its last ${m.failures} deliveries failed, each after its last attempt.`,
        `Last error: ${m.lastError}.`,
        'While it is paused, new events are held and nothing is lost. Once the receiver answers again, resume the webhook (in the console: Resume on its page; through the API: the resumeWebhookSubscription mutation): the held events are then sent, in order for each order.',
      ],
      { label: 'Open the webhook', url: m.consoleUrl },
    ),
  };
}

export interface PasswordResetEmail {
  url: string;
  /** Minutes the link works (the link is good once). */
  validMinutes: number;
}

/** "Forgot your password?": a one-time link; using it signs the person out everywhere else. */
export function passwordResetEmail(language: EmailLanguage, m: PasswordResetEmail): EmailContent {
  if (language === 'it') {
    return {
      subject: 'Reimposta la password di Provisioning Hub',
      ...render(
        language,
        [
          'Buongiorno,',
          `è stata chiesta una nuova password per l'account Provisioning Hub di questo indirizzo. Se la richiesta è tua, scegli la nuova password con il collegamento qui sotto: funziona una sola volta, per ${m.validMinutes} minuti.`,
          'Con la nuova password si chiudono tutte le altre sessioni aperte con questo account.',
          'Se non hai chiesto tu una nuova password, ignora questo messaggio: la password attuale resta valida.',
        ],
        { label: 'Scegli una nuova password', url: m.url },
      ),
    };
  }
  return {
    subject: 'Reset your Provisioning Hub password',
    ...render(
      language,
      [
        'Hello,',
        `Someone asked for a new password for the Provisioning Hub account of this address. If it was you, choose a new password with the link below: it works once, for ${m.validMinutes} minutes.`,
        'Choosing a new password signs you out everywhere else.',
        'If you did not ask for a new password, ignore this email: your current password keeps working.',
      ],
      { label: 'Choose a new password', url: m.url },
    ),
  };
}

/**
 * Queues an email in the caller's transaction: it is sent only if the change that causes it commits,
 * and never twice for the same `messageKey`.
 */
export function enqueueEmail(
  { em, now }: Pick<TxScope, 'em' | 'now'>,
  message: EmailContent & { messageKey: string; template: string; recipient: string; locale: string; orderId?: string },
): OutboxMessage {
  const row = em.create(OutboxMessage, { ...message, nextAttemptAt: now, createdAt: now });
  em.persist(row);
  return row;
}

/**
 * Queues a batch of emails in one statement, at once, in `em`'s open transaction: the rows
 * `enqueueEmail` queues, for the batched sweeps (which write without the unit of work).
 */
export async function enqueueEmails(
  { em, now }: Pick<TxScope, 'em' | 'now'>,
  messages: readonly (EmailContent & { id: string; messageKey: string; template: string; recipient: string; locale: string; orderId?: string })[],
): Promise<void> {
  if (!messages.length) return;
  await executeInTransaction(
    em,
    `insert into outbox_message (id, message_key, template, recipient, locale, subject, text, html, order_id, status, attempts, next_attempt_at, created_at)
     select (m->>'id')::uuid, m->>'messageKey', m->>'template', m->>'recipient', m->>'locale', m->>'subject', m->>'text', m->>'html',
       (m->>'orderId')::uuid, ?, 0, ?, ?
     from jsonb_array_elements(?::jsonb) with ordinality as batch(m, n) order by n`,
    [OutboxStatus.PENDING, now, now, JSON.stringify(messages)],
  );
}

/** One formatter per language and time zone (IANA zones are a bounded set): making one costs far more than using it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDay(date: Date, language: EmailLanguage, timeZone: string): string {
  const key = `${language} ${timeZone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'long', timeZone });
    dayFormats.set(key, format);
  }
  return format.format(date);
}
