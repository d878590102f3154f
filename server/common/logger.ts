import { pino, type DestinationStream, type Logger } from 'pino';

/** Structured logs. Secrets never go in: tokens are redacted wherever they might appear. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'provisioning-hub' },
    redact: { paths: ['token', 'password', 'authorization', '*.token', '*.password', '*.authorization', 'req.headers.authorization'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
