import { Writable } from 'node:stream';
import { createLogger, maskUrlCredentials } from '../../src/config/logger';

/** A JSON logger writing into an array, as production writes to stdout. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(
    { LOG_LEVEL: 'info', LOG_FORMAT: 'json', NODE_ENV: 'test' },
    'relances',
    stream,
  );
  return { logger, text: () => lines.join('') };
}

const SECRETS = [
  'smtp-password-1',
  'graph-secret-2',
  'openai-key-3',
  'azure-key-4',
  'signing-key-5',
  'job-key-6',
  'bearer-token-7',
  'bearer-token-8',
  'job-header-9',
  'bot-password-10',
  'any-secret-11',
  'deep-token-12',
];

it('never writes a secret, whatever its depth or its name', () => {
  const { logger, text } = capture();
  logger.warn(
    {
      SMTP_URL: 'smtp://relances:smtp-password-1@mail.example:587',
      settings: {
        SECRET_GRAPH_CLIENT_SECRET: 'graph-secret-2',
        OPENAI_API_KEY: 'openai-key-3',
        model: { AZURE_OPENAI_API_KEY: 'azure-key-4' },
        DOCUMENT_SIGNING_KEY: 'signing-key-5',
        JOB_KEY: 'job-key-6',
        SECRET_BOT_PASSWORD: 'bot-password-10',
        SECRET_ANYTHING_NEW: 'any-secret-11',
      },
      req: { headers: { authorization: 'Bearer bearer-token-7', 'x-job-key': 'job-header-9' } },
      request: { options: { headers: { Authorization: 'Bearer bearer-token-8' } } },
      a: { b: { c: { d: { authorization: 'deep-token-12' } } } },
      kept: 'visible',
    },
    'a warning',
  );
  const written = text();
  for (const secret of SECRETS) expect(written).not.toContain(secret);
  expect(written).toContain('visible');
  expect(written).toContain('[masqué]');
});

it('removes the credentials of URLs in messages and in errors', () => {
  const { logger, text } = capture();
  const error = new Error('Invalid login: smtp://relances:hunter2@mail.example:587 refused');
  Object.assign(error, { settings: { SMTP_URL: 'smtp://x:y@z', SECRET_X: 'secret-in-error' } });
  logger.error({ err: error }, 'sending through smtps://user:pass-in-message@mail.example failed');
  const written = text();
  expect(written).not.toContain('hunter2');
  expect(written).not.toContain('pass-in-message');
  expect(written).not.toContain('secret-in-error');
  expect(written).toContain('mail.example');
  // The error keeps what makes it useful.
  expect(written).toContain('Invalid login');
  expect(JSON.parse(written).err.stack).toContain('Error: Invalid login');
});

it('leaves URLs without credentials as they are', () => {
  expect(maskUrlCredentials('see https://relances.example/documents/1?sig=a@b')).toContain(
    'https://relances.example/documents/1?sig=a@b',
  );
  expect(maskUrlCredentials('smtp://u:p@h')).toBe('smtp://[masqué]@h');
  expect(maskUrlCredentials('write to claire@greenova.example')).toBe('write to claire@greenova.example');
});
