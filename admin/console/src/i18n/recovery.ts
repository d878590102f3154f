/** Account recovery in the console: "Forgot your password?" and new activation links (en, it). */
export const recoveryEn = {
  forgot_link: 'Forgot your password?',
  back_to_login: 'Back to sign in',
  forgot: {
    title: 'Forgot your password?',
    intro: 'Enter the email address you sign in with. If it has an account, we email you a link to choose a new password. The link works once, for one hour.',
    submit: 'Email me a link',
    sent: 'If %{email} has an account, a link to choose a new password is on its way. Check your inbox, and your spam folder too.',
  },
  reset: {
    title: 'Choose a new password',
    intro: 'You are then signed in, and signed out everywhere else.',
    password: 'New password',
    confirm: 'Repeat the new password',
    mismatch: 'The two passwords are not the same.',
    submit: 'Save the password and sign in',
    expired: 'This link was already used or has expired (links work for one hour). Ask for a new one.',
    invalid: 'This link is not valid. Check that you opened the whole link from the email, or ask for a new one.',
    ask_again: 'Ask for a new link',
    not_a_rep: 'Your new password is saved. This console is for Cisco reps: partners and customers sign in to the partner portal.',
  },
  activation: {
    send: 'Send a new activation link',
    title: 'Send a new activation link to %{email}?',
    text: 'Activation links expire after 7 days. A new link goes to this address; the earlier ones stop working.',
    sent: 'A new activation link was sent to %{email}.',
  },
  errors: {
    ACCOUNT_ALREADY_ACTIVE: 'This account is already active: the person can sign in, or use “Forgot your password?”.',
    TOKEN_EXPIRED: 'This link has expired or was replaced by a newer one.',
    TOKEN_INVALID: 'This link is not valid.',
  },
};

export const recoveryIt: typeof recoveryEn = {
  forgot_link: 'Hai dimenticato la password?',
  back_to_login: 'Torna all’accesso',
  forgot: {
    title: 'Hai dimenticato la password?',
    intro:
      'Inserisci l’indirizzo e-mail con cui accedi. Se esiste un account, ti inviamo un collegamento per scegliere una nuova password. Il collegamento funziona una sola volta, per un’ora.',
    submit: 'Inviami il collegamento',
    sent: 'Se a %{email} corrisponde un account, è in arrivo un collegamento per scegliere una nuova password. Controlla la posta in arrivo e anche la cartella dello spam.',
  },
  reset: {
    title: 'Scegli una nuova password',
    intro: 'Poi l’accesso viene eseguito e le altre sessioni vengono chiuse.',
    password: 'Nuova password',
    confirm: 'Ripeti la nuova password',
    mismatch: 'Le due password non coincidono.',
    submit: 'Salva la password e accedi',
    expired: 'Questo collegamento è già stato usato o è scaduto (vale un’ora). Chiedine uno nuovo.',
    invalid: 'Questo collegamento non è valido. Verifica di aver aperto il collegamento completo dell’e-mail, oppure chiedine uno nuovo.',
    ask_again: 'Chiedi un nuovo collegamento',
    not_a_rep: 'La nuova password è salvata. Questa console è per i rappresentanti Cisco: partner e clienti accedono al portale partner.',
  },
  activation: {
    send: 'Invia un nuovo collegamento di attivazione',
    title: 'Inviare un nuovo collegamento di attivazione a %{email}?',
    text: 'I collegamenti di attivazione scadono dopo 7 giorni. Il nuovo collegamento va a questo indirizzo; quelli precedenti smettono di funzionare.',
    sent: 'Un nuovo collegamento di attivazione è stato inviato a %{email}.',
  },
  errors: {
    ACCOUNT_ALREADY_ACTIVE: 'Questo account è già attivo: la persona può accedere, oppure usare «Hai dimenticato la password?».',
    TOKEN_EXPIRED: 'Questo collegamento è scaduto o è stato sostituito da uno più recente.',
    TOKEN_INVALID: 'Questo collegamento non è valido.',
  },
};
