import { pino, type Logger } from 'pino';

/** Structured logs. Secrets never go in: tokens are redacted wherever they might appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'provisioning-hub' },
    redact: { paths: ['token', 'password', 'authorization', '*.token', '*.password', '*.authorization', 'req.headers.authorization'], censor: '[redacted]' },
  });
}
