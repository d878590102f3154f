/**
 * The source's alias rule: the provisioning contact "may be an email alias; when the provisioning
 * email arrives, the alias owner can hand it on to the person who will supply the information".
 * When the link went to a shared address (an alias such as `orders@`), the person who opens it gives
 * their own email before anything is created, and an account goes to that person, never to the alias.
 *
 * A shared address is recognised by its local part (before any `+tag`), from this list of the role
 * mailboxes companies use for orders, IT and administration, in English, Italian and German.
 */
export const SHARED_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'orders',
  'order',
  'ordini',
  'ordine',
  'purchasing',
  'procurement',
  'acquisti',
  'bestellung',
  'einkauf',
  'sales',
  'vendite',
  'commerciale',
  'it',
  'ict',
  'ced',
  'sistemi',
  'admin',
  'administrator',
  'amministrazione',
  'info',
  'office',
  'ufficio',
  'segreteria',
  'support',
  'supporto',
  'helpdesk',
  'help',
  'servicedesk',
  'provisioning',
  'webex',
  'collaboration',
  'noc',
  'team',
  'contact',
  'contatti',
  'hello',
  'noreply',
  'no-reply',
]);

export function isSharedAddress(email: string): boolean {
  const local = email.split('@')[0]?.split('+')[0]?.toLowerCase() ?? '';
  return SHARED_LOCAL_PARTS.has(local);
}
