/**
 * The subscription's life after provisioning (#26) on its console page: the reps' actions, the
 * scheduled changes and the timeline's words for them, in English and Italian (the same keys). The
 * statuses and kinds themselves are the glossary's (admin/shared/glossary.ts).
 */
export const subscriptionLifecycleEn = {
  actions: {
    suspend: 'Suspend',
    suspend_title: 'Suspend the subscription',
    suspend_text: 'It is suspended at once. The partner’s administrators get an email (the reason is not in it).',
    suspended: 'Subscription suspended',
    resume: 'Resume',
    resume_title: 'Resume the subscription',
    resume_text: 'It becomes active again at once.',
    resumed: 'Subscription resumed',
    cancel: 'Cancel the subscription',
    cancel_title: 'Cancel the subscription',
    cancel_text:
      'At once, or from the start of a later day. Cancelled is final: changes still waiting are dropped. The partner’s administrators get an email when it takes effect.',
    cancelled: 'Subscription cancelled',
    cancel_scheduled: 'Cancellation scheduled',
    change_quantities: 'Change quantities',
    change_quantities_title: 'Change the quantities',
    change_quantities_text: 'A new quantity for each service, at once or from the start of a later day. A later change replaces one still waiting.',
    quantities_changed: 'Quantities changed',
    quantities_scheduled: 'Quantity change scheduled',
    reason: 'Reason',
    reason_optional: 'Reason (optional)',
    when: 'When',
    now: 'At once',
    on_date: 'From a later day',
    effective_date: 'Effective date',
    effective_hint: 'From the start of this day in the order’s time zone: %{zone}',
  },
  suspended_since: 'Suspended since',
  suspension_reason: 'Why suspended',
  cancelled_at: 'Cancelled',
  cancellation_reason: 'Why cancelled',
  scheduled: {
    title: 'Scheduled changes',
    none: 'No change is waiting.',
    takes_effect: 'Takes effect on %{date}',
    asked: 'Asked for %{date}',
  },
};

export const subscriptionLifecycleIt: typeof subscriptionLifecycleEn = {
  actions: {
    suspend: 'Sospendi',
    suspend_title: 'Sospendi l’abbonamento',
    suspend_text: 'Viene sospeso subito. Gli amministratori del partner ricevono un’email (senza il motivo).',
    suspended: 'Abbonamento sospeso',
    resume: 'Riattiva',
    resume_title: 'Riattiva l’abbonamento',
    resume_text: 'Torna attivo subito.',
    resumed: 'Abbonamento riattivato',
    cancel: 'Annulla l’abbonamento',
    cancel_title: 'Annullare l’abbonamento?',
    cancel_text:
      'Subito, o dall’inizio di un giorno successivo. L’annullamento è definitivo: le modifiche ancora in attesa decadono. Gli amministratori del partner ricevono un’email quando ha effetto.',
    cancelled: 'Abbonamento annullato',
    cancel_scheduled: 'Annullamento dell’abbonamento programmato',
    change_quantities: 'Cambia le quantità',
    change_quantities_title: 'Cambia le quantità dell’abbonamento',
    change_quantities_text:
      'Una nuova quantità per ogni servizio, subito o dall’inizio di un giorno successivo. Una modifica successiva sostituisce quella ancora in attesa.',
    quantities_changed: 'Quantità dell’abbonamento cambiate',
    quantities_scheduled: 'Cambio di quantità dell’abbonamento programmato',
    reason: 'Motivo',
    reason_optional: 'Motivo (facoltativo)',
    when: 'Quando',
    now: 'Subito',
    on_date: 'Da un giorno successivo',
    effective_date: 'Data di decorrenza',
    effective_hint: 'Dall’inizio di questo giorno nel fuso orario dell’ordine: %{zone}',
  },
  suspended_since: 'Sospeso dal',
  suspension_reason: 'Motivo della sospensione',
  cancelled_at: 'Annullato il',
  cancellation_reason: 'Motivo dell’annullamento',
  scheduled: {
    title: 'Modifiche programmate',
    none: 'Nessuna modifica in attesa.',
    takes_effect: 'Ha effetto dal %{date}',
    asked: 'Richiesta il %{date}',
  },
};

/** The timeline's words for a change's date and what became of a scheduled one. */
export const timelineLifecycleEn = {
  takes_effect: 'takes effect on %{date}',
  applied_as_scheduled: 'as scheduled',
};

export const timelineLifecycleIt: typeof timelineLifecycleEn = {
  takes_effect: 'ha effetto dal %{date}',
  applied_as_scheduled: 'come programmato',
};
