/**
 * Messages of the reps' workspace (#28): saved views, the column chooser, the preview beside the
 * queue, canned resolutions and the lists' density, in English and Italian: the same keys.
 */
export const workspaceEn = {
  workspace: {
    views: {
      button: 'Views',
      none: 'No saved views yet',
      save: 'Save this view…',
      save_title: 'Save this view',
      save_text:
        'Keeps the filters and the columns shown now under a name, on the server: your views follow you to any browser. Saving under a name you already use replaces that view.',
      name: 'Name of the view',
      save_button: 'Save',
      saved: 'View “%{name}” saved',
      deleted: 'View “%{name}” deleted',
      delete: 'Delete the view “%{name}”',
      leave: 'Leave the view (keep the filters)',
    },
    preview: {
      title: 'Order %{number}',
      close: 'Close the preview',
      open: 'Open the escalation',
      contact: 'Provisioning contact',
    },
    canned: {
      pick: 'Use a canned resolution',
      empty_title: 'No canned resolutions yet',
      empty_text:
        'Canned resolutions are texts reps use again to resolve escalations (“Partner confirmed the organization by phone”). Every rep can add, change and delete them. Add one with Create.',
    },
    density: {
      compact: 'Compact lists',
      to_compact: 'Compact lists: more rows on the screen',
      to_comfortable: 'Comfortable lists: taller rows',
    },
  },
};

export const workspaceResourceEn = {
  name: 'Canned resolution |||| Canned resolutions',
  menu: 'Canned resolutions',
  fields: { title: 'Title', text: 'Text', updatedAt: 'Changed' },
  filters: { search: 'Title or text' },
  hints: {
    title: 'A short name reps pick it by (at most 120 characters, not used by another).',
    text: 'What it writes as the resolution; the rep can still change it (at most 2000 characters).',
  },
};

export const workspaceIt: typeof workspaceEn = {
  workspace: {
    views: {
      button: 'Viste',
      none: 'Nessuna vista salvata',
      save: 'Salva questa vista…',
      save_title: 'Salva questa vista',
      save_text:
        'Conserva sul server, con un nome, i filtri e le colonne visibili ora: le tue viste ti seguono su qualsiasi browser. Salvando con un nome che usi già, quella vista viene sostituita.',
      name: 'Nome della vista',
      save_button: 'Salva',
      saved: 'Vista «%{name}» salvata',
      deleted: 'Vista «%{name}» eliminata',
      delete: 'Elimina la vista «%{name}»',
      leave: 'Esci dalla vista (i filtri restano)',
    },
    preview: {
      title: 'Ordine %{number}',
      close: 'Chiudi l’anteprima',
      open: 'Apri la segnalazione',
      contact: 'Contatto per il provisioning',
    },
    canned: {
      pick: 'Usa una soluzione predefinita',
      empty_title: 'Nessuna soluzione predefinita',
      empty_text:
        'Le soluzioni predefinite sono testi che i rep riusano per risolvere le segnalazioni («Il partner ha confermato l’organizzazione al telefono»). Ogni rep può aggiungerle, modificarle ed eliminarle. Aggiungine una con Crea.',
    },
    density: {
      compact: 'Elenchi compatti',
      to_compact: 'Elenchi compatti: più righe sullo schermo',
      to_comfortable: 'Elenchi spaziosi: righe più alte',
    },
  },
};

export const workspaceResourceIt: typeof workspaceResourceEn = {
  name: 'Soluzione predefinita |||| Soluzioni predefinite',
  menu: 'Soluzioni predefinite',
  fields: { title: 'Titolo', text: 'Testo', updatedAt: 'Modificata' },
  filters: { search: 'Titolo o testo' },
  hints: {
    title: 'Un nome breve con cui i rep la scelgono (al massimo 120 caratteri, non già usato).',
    text: 'Ciò che scrive come soluzione; il rep può ancora modificarlo (al massimo 2000 caratteri).',
  },
};
