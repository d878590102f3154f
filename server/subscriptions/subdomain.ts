import { UserErrorCode } from '../common/errors.js';

/** Words no customer may claim as `<subdomain>.calls.webex.com`. */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set([
  'www',
  'admin',
  'api',
  'mail',
  'webex',
  'cisco',
  'support',
  'help',
  'calls',
  'sip',
  'ftp',
  'smtp',
  'imap',
  'pop',
  'ns1',
  'ns2',
  'login',
  'auth',
  'status',
  'root',
  'test',
  'localhost',
]);

export const SUBDOMAIN_MESSAGES = {
  [UserErrorCode.SUBDOMAIN_INVALID]: 'Invalid subdomain name. Use 1 to 63 letters and digits only.',
  [UserErrorCode.SUBDOMAIN_RESERVED]: 'This name is reserved. Please try another name.',
  [UserErrorCode.SUBDOMAIN_TAKEN]: 'Not available. Please try another name.',
} as const;

export type SubdomainProblem = keyof typeof SUBDOMAIN_MESSAGES;

/** Normalises (trim, lower case) and checks the form of a subdomain; availability is the database's job. */
export function checkSubdomainForm(raw: string): { subdomain: string; problem?: SubdomainProblem } {
  const subdomain = raw.trim().toLowerCase();
  if (!/^[a-z0-9]{1,63}$/.test(subdomain)) return { subdomain, problem: UserErrorCode.SUBDOMAIN_INVALID };
  if (RESERVED_SUBDOMAINS.has(subdomain)) return { subdomain, problem: UserErrorCode.SUBDOMAIN_RESERVED };
  return { subdomain };
}
