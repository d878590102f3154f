import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessage } from './outbox-message.entity.js';

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

function render(paragraphs: string[], action?: { label: string; url: string }): { text: string; html: string } {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : [])].join('\n\n') + '\n';
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const button = action
    ? `<p><a href="${escapeHtml(action.url)}" style="background:#005073;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>`
    : '';
  return { text, html: `<!doctype html><html><body style="font-family:sans-serif">\n${body}\n${button}\n</body></html>\n` };
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
        [
          'Gentile cliente,',
          m.handedOverBy
            ? `${m.handedOverBy} ti ha chiesto di completare il provisioning dell'ordine Webex ${m.ccwOrderNumber} per ${m.customerName}.`
            : `l'ordine Webex ${m.ccwOrderNumber} per ${m.customerName} è pronto per il provisioning.`,
          `Fai clic su Imposta ora per iniziare. Il collegamento è valido fino al ${m.expiresOn}. Puoi uscire dalla procedura in qualsiasi momento: nessuna informazione viene salvata e puoi ricominciare con lo stesso collegamento.`,
          'Se questo indirizzo è un alias, inoltra il messaggio alla persona che fornirà le informazioni di provisioning.',
        ],
        { label: 'Imposta ora', url: m.url },
      ),
    };
  }
  return {
    subject: `Set up your Webex order ${m.ccwOrderNumber}`,
    ...render(
      [
        'Hello,',
        m.handedOverBy
          ? `${m.handedOverBy} asked you to complete provisioning of Webex order ${m.ccwOrderNumber} for ${m.customerName}.`
          : `Webex order ${m.ccwOrderNumber} for ${m.customerName} is ready to be provisioned.`,
        `Click Set up now to begin. The link works until ${m.expiresOn}. You can leave the wizard at any time: nothing is saved, and you can start again with the same link.`,
        'If this address is an alias, forward this message to the person who will supply the provisioning information.',
      ],
      { label: 'Set up now', url: m.url },
    ),
  };
}

export function activationEmail(language: EmailLanguage, m: { organizationName: string; url: string; expiresOn: string }): EmailContent {
  if (language === 'it') {
    return {
      subject: `Attiva il tuo account amministratore Webex per ${m.organizationName}`,
      ...render(
        [
          'Gentile amministratore,',
          `sei stato indicato come amministratore dell'organizzazione Webex ${m.organizationName}.`,
          `Scegli una password per attivare il tuo account. Il collegamento è valido fino al ${m.expiresOn}.`,
        ],
        { label: 'Attiva account', url: m.url },
      ),
    };
  }
  return {
    subject: `Activate your Webex administrator account for ${m.organizationName}`,
    ...render(
      [
        'Hello,',
        `You were named administrator of the Webex organization ${m.organizationName}.`,
        `Choose a password to activate your account. The link works until ${m.expiresOn}.`,
      ],
      { label: 'Activate account', url: m.url },
    ),
  };
}

export function repNoticeEmail(language: EmailLanguage, m: { ccwOrderNumber: string; kind: string; partnerName: string; customerName: string; consoleUrl: string }): EmailContent {
  const what: Record<string, [string, string]> = {
    OVERDUE_PROVISIONING: ['provisioning has not started one day after the requested start date', 'il provisioning non è iniziato un giorno dopo la data di inizio richiesta'],
    UNRECOGNIZED_PARTNER_ORGANIZATION: ['the partner did not recognize its organization; the order is on hold', "il partner non ha riconosciuto la propria organizzazione; l'ordine è sospeso"],
    UNRECOGNIZED_CUSTOMER_ORGANIZATION: ['the customer organization was not recognized; the order is on hold', "l'organizzazione cliente non è stata riconosciuta; l'ordine è sospeso"],
  };
  const [en, it] = what[m.kind] ?? [m.kind, m.kind];
  if (language === 'it') {
    return {
      subject: `[Provisioning Hub] Ordine ${m.ccwOrderNumber}: ${it}`,
      ...render([`Ordine ${m.ccwOrderNumber} (${m.partnerName} per ${m.customerName}): ${it}.`, 'Contatta il partner dalla console.'], {
        label: 'Apri la console',
        url: m.consoleUrl,
      }),
    };
  }
  return {
    subject: `[Provisioning Hub] Order ${m.ccwOrderNumber}: ${en}`,
    ...render([`Order ${m.ccwOrderNumber} (${m.partnerName} for ${m.customerName}): ${en}.`, 'Please contact the partner from the console.'], {
      label: 'Open the console',
      url: m.consoleUrl,
    }),
  };
}

/**
 * Queues an email in the caller's transaction: it is sent only if the change that causes it commits,
 * and never twice for the same `messageKey`.
 */
export function enqueueEmail(
  em: EntityManager,
  now: Date,
  message: EmailContent & { messageKey: string; template: string; recipient: string; locale: string; orderId?: string },
): OutboxMessage {
  const row = em.create(OutboxMessage, { ...message, nextAttemptAt: now, createdAt: now });
  em.persist(row);
  return row;
}

export function formatDay(date: Date, language: EmailLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'long', timeZone }).format(date);
}
