import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { formatSettingsErrors, parseSettings, readEnvironment } from '../../src/config/settings';

describe('settings', () => {
  it('has working defaults with no configuration at all', () => {
    const result = parseSettings({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.PORT).toBe(3978);
    expect(result.settings.PLAYGROUND_PORT).toBe(56150);
    expect(result.settings.BOT_ID).toBeUndefined();
    expect(result.settings.DEMO_DATA).toBe(true);
  });

  it('names every bad variable, one line each, in French', () => {
    const result = parseSettings({
      PORT: 'abc',
      BOT_ID: 'not-a-guid',
      CONTROLLER_EMAILS: 'camille@greenova.example, pas-un-email',
      DEMO_DATA: 'peut-être',
      TABLE_PREFIX: '1bad',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const variables = result.errors.map((e) => e.variable).sort();
    expect(variables).toEqual(['BOT_ID', 'CONTROLLER_EMAILS', 'DEMO_DATA', 'PORT', 'TABLE_PREFIX']);
    const text = formatSettingsErrors(result.errors);
    expect(text.split('\n')).toHaveLength(5);
    expect(text).toContain('Configuration invalide : BOT_ID — BOT_ID doit être un GUID');
    expect(text).toContain('adresse e-mail invalide : « pas-un-email »');
  });

  it('requires the secret and the tenant once BOT_ID is set', () => {
    const result = parseSettings({ BOT_ID: '11111111-2222-3333-4444-555555555555' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.variable).sort()).toEqual(['BOT_TENANT_ID', 'SECRET_BOT_PASSWORD']);
  });

  it('reads env/.env.<APP_ENV> then .user, and the process environment wins', () => {
    const env = readEnvironment({ APP_ENV: 'local', PORT: '4000' }, resolve(__dirname, '../..'));
    expect(env.PORT).toBe('4000');
    expect(env.CONTROLLER_EMAILS).toBe('camille.roux@greenova.example');
  });

  it('stops start-up with exit code 1 and one line per bad variable', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', resolve(__dirname, '../../src/server/main.ts')],
      {
        env: { ...process.env, APP_ENV: 'local', PORT: '70000', LOG_LEVEL: 'loud' },
        encoding: 'utf8',
        // Compiling main.ts with tsx takes seconds on a loaded 2-core machine.
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(1);
    const lines = run.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('Configuration invalide'));
    expect(lines).toHaveLength(2);
    expect(run.stderr).toContain('PORT');
    expect(run.stderr).toContain('LOG_LEVEL');
  }, 70_000);
});
