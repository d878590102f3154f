import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** A message as the sink received it; headers and MIME parts are decoded on first use. */
export class ReceivedEmail {
  private parsed?: { headers: Map<string, string>; text?: string; html?: string };

  constructor(
    readonly envelopeFrom: string,
    readonly envelopeTo: string[],
    readonly raw: string,
  ) {}

  private parse() {
    return (this.parsed ??= parseMessage(this.raw));
  }
  header(name: string): string | undefined {
    return this.parse().headers.get(name.toLowerCase());
  }
  get messageId(): string | undefined {
    return this.header('message-id');
  }
  get subject(): string {
    return decodeWords(this.header('subject') ?? '');
  }
  get contentLanguage(): string | undefined {
    return this.header('content-language');
  }
  get text(): string {
    return this.parse().text ?? '';
  }
  get html(): string {
    return this.parse().html ?? '';
  }
}

export interface Rejection {
  code: number;
  message: string;
}

/**
 * A real SMTP server in the test process (`smtp-server`). It records what it accepts, can refuse
 * recipients with a chosen reply (4xx temporary, 5xx permanent), and can go down and come back on
 * the same port to play an outage.
 */
export class SmtpSink {
  readonly messages: ReceivedEmail[] = [];
  /** Decides per recipient; undefined accepts. */
  rejectRecipient?: (address: string) => Rejection | undefined;
  private server?: SMTPServer;
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(private port: number) {}

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink(0);
    await sink.up();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Starts listening (again, on the same port after `down()`). */
  async up(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 50,
      size: 10 * 1024 * 1024,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        const rejection = this.rejectRecipient?.(address.address);
        if (!rejection) return callback();
        const error = Object.assign(new Error(rejection.message), { responseCode: rejection.code });
        callback(error);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          this.messages.push(
            new ReceivedEmail(
              from,
              session.envelope.rcptTo.map((r) => r.address),
              Buffer.concat(chunks).toString('utf8'),
            ),
          );
          this.notify();
          callback();
        });
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and drops open connections: senders now get "connection refused". */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  stop(): Promise<void> {
    return this.down();
  }

  /** Resolves once `count` messages have arrived in total. */
  waitFor(count: number, timeoutMs = 10_000): Promise<ReceivedEmail[]> {
    if (this.messages.length >= count) return Promise.resolve(this.messages);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} emails within ${timeoutMs} ms, got ${this.messages.length}`)), timeoutMs);
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.messages);
        },
      });
    });
  }

  to(address: string): ReceivedEmail[] {
    return this.messages.filter((m) => m.envelopeTo.includes(address));
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => {
      if (this.messages.length < w.count) return true;
      w.resolve();
      return false;
    });
  }
}

function splitHead(raw: string): { head: string; body: string } {
  const index = raw.indexOf('\r\n\r\n');
  return index < 0 ? { head: raw, body: '' } : { head: raw.slice(0, index), body: raw.slice(index + 4) };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      const text = body.replace(/=\r\n/g, '');
      const bytes: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const hex = text[i] === '=' ? /^[0-9A-F]{2}/i.exec(text.slice(i + 1, i + 3)) : null;
        if (hex) {
          bytes.push(parseInt(hex[0], 16));
          i += 2;
        } else {
          bytes.push(...Buffer.from(text[i], 'utf8'));
        }
      }
      return Buffer.from(bytes).toString('utf8');
    }
    default:
      return body;
  }
}

/** RFC 2047 encoded words in a header (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
    );
}

function parseMessage(raw: string): { headers: Map<string, string>; text?: string; html?: string } {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const result: { headers: Map<string, string>; text?: string; html?: string } = { headers };
  const visit = (partHeaders: Map<string, string>, partBody: string) => {
    const type = partHeaders.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      for (const part of partBody.split(`--${boundary}`).slice(1)) {
        if (part.startsWith('--')) break;
        const { head: h, body: b } = splitHead(part.replace(/^\r\n/, ''));
        visit(parseHeaders(h), b.replace(/\r\n$/, ''));
      }
      return;
    }
    // SMTP carries CRLF line ends; give the test the text as the sender wrote it.
    const decoded = decodeBody(partBody, partHeaders.get('content-transfer-encoding')).replace(/\r\n/g, '\n');
    if (type.toLowerCase().startsWith('text/html')) result.html ??= decoded;
    else if (type.toLowerCase().startsWith('text/plain')) result.text ??= decoded;
  };
  visit(headers, body);
  return result;
}
