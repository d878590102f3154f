/** Messages of single sign-on and of the bulk work (issue 18), in English and Italian: the same keys. */
export const bulkEn = {
  sso: {
    button: 'Sign in with single sign-on',
    or: 'or with your email and password',
    signing_in: 'Signing you in…',
    errors: {
      expired: 'The sign-in took too long or was started in another browser. Please try again.',
      failed: 'The sign-in with single sign-on did not succeed. Please try again.',
      no_email: 'Your single sign-on account has no verified email address.',
      no_role: 'Your groups give you no access to this console. Ask an administrator.',
      inactive: 'Your account is deactivated. Ask an administrator.',
      unavailable: 'Single sign-on is not available right now. Please try again later.',
      TOKEN_INVALID: 'This sign-in link is not valid any more. Please sign in again.',
    },
    logout: {
      done: 'You are signed out of the console and of single sign-on.',
      still_open:
        'You are signed out of the console, but your single sign-on session at the identity provider is still open: anyone at this browser can sign in again without a password. Sign out at the identity provider too, or close the browser.',
    },
  },
  export: {
    button: 'Export CSV',
    failed: 'The export did not succeed',
    audit_trail: 'Timeline as CSV',
  },
  bulk: {
    assign_to_me: 'Assign to me',
    resolve: 'Resolve',
    resolve_title: 'Resolve %{smart_count} escalation |||| Resolve %{smart_count} escalations',
    resolution: 'Resolution',
    done: '%{smart_count} escalation updated |||| %{smart_count} escalations updated',
    partly: '%{done} updated, %{failed} not: %{reasons}',
  },
  emails: {
    send_again: 'Send again',
    sent_again: 'The email is queued to be sent again',
  },
};

export const bulkIt: typeof bulkEn = {
  sso: {
    button: 'Accedi con single sign-on',
    or: 'oppure con email e password',
    signing_in: 'Accesso in corso…',
    errors: {
      expired: "L'accesso ha richiesto troppo tempo o è stato avviato in un altro browser. Riprova.",
      failed: "L'accesso con single sign-on non è riuscito. Riprova.",
      no_email: 'Il tuo account di single sign-on non ha un indirizzo email verificato.',
      no_role: 'I tuoi gruppi non danno accesso a questa console. Chiedi a un amministratore.',
      inactive: 'Il tuo account è disattivato. Chiedi a un amministratore.',
      unavailable: 'Il single sign-on non è disponibile al momento. Riprova più tardi.',
      TOKEN_INVALID: 'Questo link di accesso non è più valido. Accedi di nuovo.',
    },
    logout: {
      done: 'Sei uscito dalla console e dal single sign-on.',
      still_open:
        'Sei uscito dalla console, ma la tua sessione di single sign-on presso il provider di identità è ancora aperta: chiunque usi questo browser può rientrare senza password. Esci anche dal provider di identità, oppure chiudi il browser.',
    },
  },
  export: {
    button: 'Esporta CSV',
    failed: "L'esportazione non è riuscita",
    audit_trail: 'Cronologia in CSV',
  },
  bulk: {
    assign_to_me: 'Assegna a me',
    resolve: 'Risolvi',
    resolve_title: 'Risolvi %{smart_count} segnalazione |||| Risolvi %{smart_count} segnalazioni',
    resolution: 'Risoluzione',
    done: '%{smart_count} segnalazione aggiornata |||| %{smart_count} segnalazioni aggiornate',
    partly: '%{done} aggiornate, %{failed} no: %{reasons}',
  },
  emails: {
    send_again: 'Invia di nuovo',
    sent_again: "L'email è in coda per un nuovo invio",
  },
};
