/** Messages of the Webhooks resource (issue 18), in English and Italian: the same keys. */
export const webhooksEn = {
  webhooks: {
    secret_title: 'Signing secret',
    secret_text:
      'Copy this secret now and give it to the receiver: it is shown only this once. Every delivery is signed with it (header X-PH-Signature, HMAC-SHA256 of timestamp and body).',
    copy: 'Copy',
    copied: 'Copied',
    stored: 'I have stored it',
    rotate: 'Rotate secret',
    rotate_title: 'Rotate the signing secret',
    rotate_text:
      'A new secret is made and shown once. Until the overlap ends, deliveries carry two signatures (the new secret’s and the current one’s), so the receiver can switch without refusing any.',
    overlap_hours: 'Overlap (hours)',
    enable: 'Enable',
    disable: 'Disable',
    enabled_done: 'Webhook enabled: queued deliveries go out again',
    disabled_done: 'Webhook disabled: no new deliveries, queued ones wait',
    resume: 'Resume',
    resumed_done: 'Webhook resumed: the held deliveries go out, in order',
    delete: 'Delete',
    delete_title: 'Delete this webhook?',
    delete_text: 'The subscription and its delivery log are deleted; deliveries still queued are dropped.',
    deleted: 'Webhook deleted',
    send_again: 'Send again',
    sent_again: 'Queued to be sent again',
    log_title: 'Delivery log',
    log_empty: 'No deliveries yet.',
    log_latest: 'The latest %{count} of %{total}',
    owner_key: 'API key',
    owner_reps: 'Reps',
    url_hint: 'An absolute http:// or https:// address, without user name or password. Redirects are not followed.',
    create_title: 'New webhook',
    next_attempt_waiting: 'waits for an earlier delivery',
  },
};

export const webhookEnumsEn = {
  OrderEventType: {
    ORDER_STATUS_CHANGED: 'Order status changed',
    SUBSCRIPTION_ACTIVATED: 'Subscription activated',
    ESCALATION_OPENED: 'Escalation opened',
    ESCALATION_RESOLVED: 'Escalation resolved',
    ORDER_AMENDED: 'Order amended',
  },
  WebhookDeliveryStatus: { PENDING: 'Queued', DELIVERED: 'Delivered', FAILED: 'Failed' },
};

export const webhookResourceEn = {
  name: 'Webhook |||| Webhooks',
  fields: {
    url: 'URL',
    eventTypes: 'Events',
    description: 'Description',
    enabled: 'Enabled',
    ownedByApiKey: 'Owner',
    createdBy: 'Created by',
    createdAt: 'Created',
    secretRotatedAt: 'Secret rotated',
    previousSecretExpiresAt: 'Previous secret signs until',
    pausedAt: 'Paused since',
    pauseReason: 'Why paused',
    consecutiveFailures: 'Failed deliveries in a row',
  },
  deliveries: {
    event: 'Event',
    eventAt: 'Event time',
    order: 'Order',
    status: 'Status',
    attempts: 'Attempts',
    lastResponse: 'Last answer',
    nextAttemptAt: 'Next attempt',
    deliveredAt: 'Delivered',
  },
};

export const webhooksIt: typeof webhooksEn = {
  webhooks: {
    secret_title: 'Segreto di firma',
    secret_text:
      'Copia ora questo segreto e consegnalo a chi riceve: viene mostrato solo questa volta. Ogni consegna è firmata con esso (intestazione X-PH-Signature, HMAC-SHA256 di orario e corpo).',
    copy: 'Copia',
    copied: 'Copiato',
    stored: 'L’ho conservato',
    rotate: 'Rinnova il segreto',
    rotate_title: 'Rinnova il segreto di firma',
    rotate_text:
      'Viene creato un nuovo segreto, mostrato una sola volta. Fino alla fine della sovrapposizione le consegne portano due firme (del nuovo segreto e di quello attuale), così chi riceve può passare al nuovo senza rifiutarne nessuna.',
    overlap_hours: 'Sovrapposizione (ore)',
    enable: 'Attiva',
    disable: 'Disattiva',
    enabled_done: 'Webhook attivato: le consegne in coda ripartono',
    disabled_done: 'Webhook disattivato: nessuna nuova consegna, quelle in coda attendono',
    resume: 'Riprendi',
    resumed_done: 'Webhook ripreso: le consegne in attesa partono, in ordine',
    delete: 'Elimina',
    delete_title: 'Eliminare questo webhook?',
    delete_text: 'La sottoscrizione e il suo registro delle consegne vengono eliminati; le consegne ancora in coda vengono scartate.',
    deleted: 'Webhook eliminato',
    send_again: 'Invia di nuovo',
    sent_again: 'Rimessa in coda per un nuovo invio',
    log_title: 'Registro delle consegne',
    log_empty: 'Ancora nessuna consegna.',
    log_latest: 'Le ultime %{count} di %{total}',
    owner_key: 'Chiave API',
    owner_reps: 'Rappresentanti',
    url_hint: 'Un indirizzo assoluto http:// o https://, senza nome utente né password. I reindirizzamenti non vengono seguiti.',
    create_title: 'Nuovo webhook',
    next_attempt_waiting: 'attende una consegna precedente',
  },
};

export const webhookEnumsIt: typeof webhookEnumsEn = {
  OrderEventType: {
    ORDER_STATUS_CHANGED: 'Stato dell’ordine cambiato',
    SUBSCRIPTION_ACTIVATED: 'Abbonamento attivato',
    ESCALATION_OPENED: 'Segnalazione aperta',
    ESCALATION_RESOLVED: 'Segnalazione risolta',
    ORDER_AMENDED: 'Ordine modificato',
  },
  WebhookDeliveryStatus: { PENDING: 'In coda', DELIVERED: 'Consegnata', FAILED: 'Non consegnata' },
};

export const webhookResourceIt: typeof webhookResourceEn = {
  name: 'Webhook |||| Webhook',
  fields: {
    url: 'URL',
    eventTypes: 'Eventi',
    description: 'Descrizione',
    enabled: 'Attivo',
    ownedByApiKey: 'Proprietario',
    createdBy: 'Creato da',
    createdAt: 'Creato',
    secretRotatedAt: 'Segreto rinnovato',
    previousSecretExpiresAt: 'Il segreto precedente firma fino a',
    pausedAt: 'In pausa da',
    pauseReason: 'Motivo della pausa',
    consecutiveFailures: 'Consegne non riuscite di fila',
  },
  deliveries: {
    event: 'Evento',
    eventAt: 'Ora dell’evento',
    order: 'Ordine',
    status: 'Stato',
    attempts: 'Tentativi',
    lastResponse: 'Ultima risposta',
    nextAttemptAt: 'Prossimo tentativo',
    deliveredAt: 'Consegnata',
  },
};
