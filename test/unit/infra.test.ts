/**
 * infra/ against what uses it: m365agents.yml (paths, placeholders, outputs), the app's settings
 * module (what production requires), the Teams manifest and the HTTP routes. Offline: the Bicep is
 * read by test/support/bicep.ts; the real compilation is `az bicep build --file infra/azure.bicep`,
 * and a real deployment (`atk provision`) cannot be checked on this machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseSettings, settingsSchema } from '../../src/config/settings';
import { blockProperties, parseBicep, topProperties, type BicepFile } from '../support/bicep';

const ROOT = resolve(__dirname, '..', '..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

const YML_TEXT = read('m365agents.yml');
interface Step {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
const YML = parseYaml(YML_TEXT) as Record<string, unknown> & { environmentFolderPath: string };
const STEPS: Step[] = ['provision', 'deploy', 'publish'].flatMap((stage) => (YML[stage] as Step[]) ?? []);
const ARM = STEPS.find((s) => s.uses === 'arm/deploy');
const TEMPLATES = (ARM?.with?.templates ?? []) as { path: string; parameters: string }[];

const BICEP_PATH = TEMPLATES[0]?.path ?? 'infra/azure.bicep';
const BICEP = parseBicep(read(BICEP_PATH));
const PARAMETERS = JSON.parse(read(TEMPLATES[0]?.parameters ?? 'infra/azure.parameters.json')) as {
  parameters: Record<string, { value?: unknown; reference?: unknown }>;
};
const GIVEN = PARAMETERS.parameters;

/** Variables the toolkit defines itself (https://aka.ms/teamsfx-v5.0-guide, « built-in »). */
const BUILT_IN = ['TEAMSFX_ENV', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'APP_NAME_SUFFIX'];

/**
 * The committed environments this yml provisions to Azure: every env/.env.<name> except those of
 * the other two lifecycles (m365agents.local.yml: local; m365agents.playground.yml: playground).
 */
const ENV_DIR = resolve(ROOT, YML.environmentFolderPath);
const OTHER_LIFECYCLES = ['local', 'playground'];
const AZURE_ENV_FILES = readdirSync(ENV_DIR, { withFileTypes: true })
  .filter((f) => /^\.env\.[\w-]+$/.test(f.name) && !OTHER_LIFECYCLES.includes(f.name.slice(5)))
  .map((f) => f.name);
const envFile = (name: string) => parseEnv(readFileSync(resolve(ENV_DIR, name), 'utf8'));

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

/** What the yml writes: writeToEnvironmentFile values, and the Bicep's outputs (arm/deploy). */
const WRITTEN_BY_YML = STEPS.flatMap((s) => Object.values(s.writeToEnvironmentFile ?? {}));

function givenValue(param: string): string {
  const value = GIVEN[param]?.value;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The web app's app settings: the properties of its `Microsoft.Web/sites/config` appsettings. */
function appSettings(file: BicepFile): Record<string, string> {
  const config = file.resources.find(
    (r) => r.type === 'Microsoft.Web/sites/config' && topProperties(r.body).name === "'appsettings'",
  );
  if (!config) throw new Error('pas de ressource Microsoft.Web/sites/config « appsettings »');
  return blockProperties(config.body, 'properties');
}
const APP_SETTINGS = appSettings(BICEP);

function resource(type: string) {
  const found = BICEP.resources.filter((r) => r.type === type);
  const [only] = found;
  if (found.length !== 1 || !only) throw new Error(`${found.length} ressources ${type}`);
  return only;
}

describe('m365agents.yml ↔ infra/', () => {
  it('names files that exist: the Bicep, its parameters, the manifest, the ignore file, the env folder', () => {
    expect(TEMPLATES).toHaveLength(1);
    const paths = [YML.environmentFolderPath, ...TEMPLATES.flatMap((t) => [t.path, t.parameters])];
    for (const step of STEPS)
      for (const key of ['manifestPath', 'ignoreFile', 'artifactFolder'])
        if (typeof step.with?.[key] === 'string') paths.push(step.with[key] as string);
    expect(paths.length).toBeGreaterThanOrEqual(6);
    expect(paths.filter((p) => !existsSync(resolve(ROOT, p)))).toEqual([]);
  });

  it('modules exist, get every parameter they declare without default, and only those they declare', () => {
    expect(BICEP.modules.length).toBeGreaterThan(0);
    for (const mod of BICEP.modules) {
      const path = resolve(ROOT, dirname(BICEP_PATH), mod.path);
      expect(existsSync(path)).toBe(true);
      const declared = parseBicep(readFileSync(path, 'utf8')).params;
      expect(Object.keys(mod.params).filter((p) => !declared.has(p))).toEqual([]);
      const required = [...declared.values()].filter((p) => p.defaultValue === undefined).map((p) => p.name);
      expect(required.filter((p) => !(p in mod.params))).toEqual([]);
    }
  });

  it('every parameter given is declared, and every parameter without default is given', () => {
    const given = Object.keys(GIVEN);
    expect(given.filter((p) => !BICEP.params.has(p))).toEqual([]);
    const required = [...BICEP.params.values()].filter((p) => p.defaultValue === undefined);
    expect(required.length).toBeGreaterThan(0);
    expect(required.map((p) => p.name).filter((p) => !given.includes(p))).toEqual([]);
  });

  it('every ${{X}} of the parameters file and of the yml is a variable some env file or step writes', () => {
    expect(AZURE_ENV_FILES).toContain('.env.dev');
    const used = [
      ...placeholders(JSON.stringify(PARAMETERS)),
      // The yml's own placeholders, comments left out (they may quote ${{…}} as text).
      ...placeholders(
        YML_TEXT.split('\n')
          .filter((l) => !l.trim().startsWith('#'))
          .join('\n'),
      ),
    ];
    expect(used).toContain('BOT_AZURE_APP_SERVICE_RESOURCE_ID');
    for (const file of AZURE_ENV_FILES) {
      const defined = new Set([
        ...BUILT_IN,
        ...WRITTEN_BY_YML,
        ...BICEP.outputs.keys(),
        ...Object.keys(envFile(file)),
      ]);
      expect({ file, undefined: [...new Set(used)].filter((v) => !defined.has(v)) }).toEqual({
        file,
        undefined: [],
      });
    }
  });

  it('declares the outputs the yml says arm/deploy writes, and the deploy step reads one of them', () => {
    const sentence = /outputs? ((?:[A-Z][A-Z0-9_]+(?:, | and )?)+)/.exec(YML_TEXT);
    expect(sentence).not.toBeNull();
    const listed = (sentence?.[1] ?? '').split(/, | and /).filter(Boolean);
    expect(listed).toEqual(['BOT_AZURE_APP_SERVICE_RESOURCE_ID', 'BOT_DOMAIN', 'BOT_ENDPOINT']);
    expect(listed.filter((o) => !BICEP.outputs.has(o))).toEqual([]);
    const zipDeploy = STEPS.find((s) => s.uses === 'azureAppService/zipDeploy');
    expect(placeholders(String(zipDeploy?.with?.resourceId))).toEqual(['BOT_AZURE_APP_SERVICE_RESOURCE_ID']);
    expect(BICEP.outputs.get('BOT_AZURE_APP_SERVICE_RESOURCE_ID')?.value).toBe('webApp.id');
  });
});

describe('secrets', () => {
  it('secure parameters get only a SECRET_* placeholder, and SECRET_* go only to secure parameters', () => {
    const secure = [...BICEP.params.values()].filter((p) => p.secure).map((p) => p.name);
    expect(secure).toEqual(expect.arrayContaining(['botAadAppClientSecret', 'documentSigningKey']));
    for (const [name, given] of Object.entries(GIVEN)) {
      const value = givenValue(name);
      const vars = placeholders(value);
      if (secure.includes(name)) expect({ name, value }).toEqual({ name, value: `\${{${vars[0]}}}` });
      if (secure.includes(name)) expect(vars[0]).toMatch(/^SECRET_/);
      if (vars.some((v) => v.startsWith('SECRET_')))
        expect({ name, secure: true }).toEqual({ name, secure: secure.includes(name) });
      expect(given.reference).toBeUndefined();
    }
  });

  it('no literal secret in the parameters file: no key, password, connection string or long random text', () => {
    for (const name of Object.keys(GIVEN)) {
      const literal = givenValue(name).replace(PLACEHOLDER, '');
      expect({ name, literal }).not.toEqual({
        name,
        literal: expect.stringMatching(/AccountKey=|SharedAccessSignature=|sig=|:\/\/[^/\s]*:[^/\s]*@/i),
      });
      expect({ name, literal }).not.toEqual({
        name,
        literal: expect.stringMatching(/[A-Za-z0-9+/=_-]{24,}/),
      });
    }
  });

  it('committed env files declare SECRET_* names empty: values only in the gitignored .user files', () => {
    const gitignore = read('.gitignore');
    expect(gitignore).toMatch(/^env\/\.env\.\*\.user$/m);
    for (const file of AZURE_ENV_FILES) {
      const secrets = Object.entries(envFile(file)).filter(([k]) => k.startsWith('SECRET_'));
      expect(secrets.filter(([, v]) => v !== '')).toEqual([]);
    }
  });

  it('secure parameters have no default but empty, and no output gives one back', () => {
    const secure = [...BICEP.params.values()].filter((p) => p.secure);
    expect(secure.filter((p) => p.defaultValue !== undefined && p.defaultValue !== "''")).toEqual([]);
    for (const [name, output] of BICEP.outputs)
      for (const p of secure)
        expect({ name, reads: new RegExp(`\\b${p.name}\\b`).test(output.value) }).toEqual({
          name,
          reads: false,
        });
  });

  it('app settings holding a secret take it from a secure parameter, never from a literal', () => {
    // The names the logger masks (src/config/logger.ts), which are the secret settings.
    const secretSetting = /^SECRET_|_API_KEY$|^SMTP_URL$|^DOCUMENT_SIGNING_KEY$|^JOB_KEY$|CONNECTION_STRING$/;
    const secretOnes = Object.entries(APP_SETTINGS).filter(([name]) => secretSetting.test(name));
    expect(secretOnes.map(([n]) => n)).toEqual(
      expect.arrayContaining(['SECRET_BOT_PASSWORD', 'DOCUMENT_SIGNING_KEY']),
    );
    for (const [name, value] of secretOnes)
      expect({ name, secure: BICEP.params.get(value)?.secure }).toEqual({ name, secure: true });
  });

  it('storage is reached by managed identity: no account key is read, the identity gets both data roles', () => {
    const bicep = read(BICEP_PATH);
    expect(bicep).not.toMatch(/listKeys\(|AccountKey=/);
    expect(APP_SETTINGS).not.toHaveProperty('STORAGE_CONNECTION_STRING');
    expect(topProperties(resource('Microsoft.Web/sites').body).identity).toBe('{');
    expect(resource('Microsoft.Web/sites').body).toMatch(/type:\s*'SystemAssigned'/);
    const roles = BICEP.resources.filter((r) => r.type === 'Microsoft.Authorization/roleAssignments');
    const granted = roles.map((r) => {
      const properties = blockProperties(r.body, 'properties');
      const roleVar = /roleDefinitions',\s*(\w+)\)$/.exec(properties.roleDefinitionId ?? '')?.[1] ?? '';
      return {
        scope: topProperties(r.body).scope,
        principal: properties.principalId,
        role: BICEP.vars.get(roleVar)?.replace(/'/g, ''),
      };
    });
    const storage = resource('Microsoft.Storage/storageAccounts').symbol;
    expect(granted).toEqual(
      expect.arrayContaining([
        {
          scope: storage,
          principal: 'webApp.identity.principalId',
          role: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3',
        },
        {
          scope: storage,
          principal: 'webApp.identity.principalId',
          role: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
        },
      ]),
    );
  });
});

describe('what runs on App Service', () => {
  const site = resource('Microsoft.Web/sites');
  const siteConfig = blockProperties(site.body, 'siteConfig');

  it('Linux, Node 22 LTS within the engines range, HTTPS only, Always On, /healthz, FTP off, TLS 1.2', () => {
    expect(topProperties(resource('Microsoft.Web/serverfarms').body).kind).toBe("'linux'");
    expect(blockProperties(site.body, 'properties').httpsOnly).toBe('true');
    expect(siteConfig).toMatchObject({
      linuxFxVersion: "'NODE|22-lts'",
      alwaysOn: 'true',
      healthCheckPath: "'/healthz'",
      ftpsState: "'Disabled'",
      minTlsVersion: "'1.2'",
    });
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    // Node 20 and 22 both, said as majors: `^20.19.0 || ^22.11.0`; the Bicep runs the newest.
    const majors = engines.split('||').map((r) => Number(/^\s*\^(\d+)\./.exec(r)?.[1]));
    expect(majors).toEqual([20, 22]);
    expect(siteConfig.linuxFxVersion).toBe(`'NODE|${Math.max(...majors)}-lts'`);
    expect(APP_SETTINGS.WEBSITE_NODE_DEFAULT_VERSION).toBe("'~22'");
    expect(read('src/server/http.ts')).toMatch(/server\.get\('\/healthz'/);
  });

  it('starts the production entry point `npm run serve` runs, which the build produces', () => {
    const serve = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.serve;
    expect(siteConfig.appCommandLine).toBe(`'${serve}'`);
    // `node dist/<path>.js` is what `tsc -p tsconfig.build.json` (outDir dist) makes of `<path>.ts`.
    const source = /^node dist\/(.+)\.js$/.exec(serve ?? '')?.[1];
    expect(source).toBe('src/server/main');
    expect(existsSync(resolve(ROOT, `${source}.ts`))).toBe(true);
    expect(YML_TEXT).toContain(`\`${serve}\``);
  });

  it('the storage account: StorageV2, TLS 1.2, HTTPS only, no public blobs, the documents container of the app', () => {
    const storage = resource('Microsoft.Storage/storageAccounts');
    expect(topProperties(storage.body).kind).toBe("'StorageV2'");
    expect(blockProperties(storage.body, 'properties')).toMatchObject({
      minimumTlsVersion: "'TLS1_2'",
      allowBlobPublicAccess: 'false',
      supportsHttpsTrafficOnly: 'true',
    });
    const container = resource('Microsoft.Storage/storageAccounts/blobServices/containers');
    const containerName = topProperties(container.body).name ?? '';
    const defaults = parseSettings({});
    if (!defaults.ok) throw new Error('réglages par défaut invalides');
    expect(BICEP.params.get(containerName)?.defaultValue).toBe(`'${defaults.settings.BLOB_CONTAINER}'`);
    expect(APP_SETTINGS.BLOB_CONTAINER).toBe(containerName);
  });
});

describe('the Azure Bot and the Teams app', () => {
  const module = BICEP.modules.find((m) => m.path.includes('botRegistration'));
  const botFile = module ? parseBicep(read(`${dirname(BICEP_PATH)}/${module.path}`)) : undefined;

  it('single tenant, Teams channel, endpoint https://<the web app>/api/messages, F0', () => {
    expect(botFile).toBeDefined();
    const bot = botFile!.resources.find((r) => r.type === 'Microsoft.BotService/botServices');
    const props = blockProperties(bot!.body, 'properties');
    expect(topProperties(bot!.body).location).toBe("'global'");
    expect(props.msaAppType).toBe("'SingleTenant'");
    expect(props.endpoint).toBe("'https://${botAppDomain}/api/messages'");
    expect(module!.params.botAppDomain).toBe('webApp.properties.defaultHostName');
    expect(botFile!.params.get('botServiceSku')?.defaultValue).toBe("'F0'");
    const channel = botFile!.resources.find((r) => r.type === 'Microsoft.BotService/botServices/channels');
    expect(topProperties(channel!.body).name).toBe("'MsTeamsChannel'");
    expect(read('src/server/http.ts')).toMatch(/server\.post\('\/api\/messages'/);
  });

  it('the bot id registered, the one the app checks tokens for and the manifest one are BOT_ID', () => {
    const manifest = JSON.parse(read('appPackage/manifest.json')) as { bots: { botId: string }[] };
    expect(manifest.bots.map((b) => b.botId)).toEqual(['${{BOT_ID}}']);
    const idParam = Object.keys(GIVEN).find((p) => givenValue(p) === '${{BOT_ID}}');
    expect(idParam).toBeDefined();
    expect(botFile!.params.has('botAadAppClientId')).toBe(true);
    expect(module!.params.botAadAppClientId).toBe(idParam);
    expect(APP_SETTINGS.BOT_ID).toBe(idParam);
    const tenantParam = Object.keys(GIVEN).find((p) => givenValue(p) === '${{BOT_TENANT_ID}}');
    expect(APP_SETTINGS.BOT_TENANT_ID).toBe(tenantParam);
    expect(module!.params.botTenantId).toBe(tenantParam);
    expect(APP_SETTINGS.BOT_TYPE).toBe("'SingleTenant'");
  });
});

describe('app settings ↔ the settings module in production', () => {
  const UUID = '6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60';
  const TENANT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  /**
   * What a person (or the toolkit) puts in the variables the parameters file names, for the values
   * the committed env file leaves empty. Only values: which settings are needed is read from the code.
   */
  const FILLED: Record<string, string> = {
    BOT_ID: UUID,
    BOT_TENANT_ID: TENANT,
    SECRET_BOT_PASSWORD: 'bot-client-secret-from-entra',
    SECRET_DOCUMENT_SIGNING_KEY: 'k'.repeat(64),
    SECRET_JOB_KEY: 'j'.repeat(32),
    SECRET_SMTP_URL: 'smtp://relances:motdepasse@smtp.example.fr:587',
    GRAPH_TENANT_ID: TENANT,
    GRAPH_CLIENT_ID: UUID,
    SECRET_GRAPH_CLIENT_SECRET: 'graph-client-secret',
    GRAPH_SENDER: 'relances@greenova.example',
  };

  /** An app setting's value as App Service would hold it, for one environment file and transport. */
  function settingValue(expression: string, env: Record<string, string>): string {
    const literal = /^'([^'$]*)'$/.exec(expression);
    if (literal?.[1] !== undefined) return literal[1];
    const param = BICEP.params.get(expression);
    if (param) {
      const given = GIVEN[expression] ? givenValue(expression) : undefined;
      if (given !== undefined) return given.replace(PLACEHOLDER, (_, v: string) => env[v] || FILLED[v] || '');
      const fallback = param.defaultValue && /^'([^'$]*)'$/.exec(param.defaultValue);
      if (fallback?.[1] !== undefined) return fallback[1];
    }
    if (/primaryEndpoints\.table$/.test(expression)) return 'https://strelances.table.core.windows.net/';
    if (/primaryEndpoints\.blob$/.test(expression)) return 'https://strelances.blob.core.windows.net/';
    if (/^'https:\/\/\$\{webApp\.properties\.defaultHostName\}'$/.test(expression))
      return 'https://relances-dev-abc123.azurewebsites.net';
    throw new Error(`valeur de réglage non comprise par le test : ${expression}`);
  }

  const transports = BICEP.params.get('mailTransport')?.allowed ?? [];

  it('offers only transports that deliver from a server (no local outbox)', () => {
    expect(transports.sort()).toEqual(['graph', 'smtp']);
  });

  it.each(AZURE_ENV_FILES.flatMap((f) => ['smtp', 'graph'].map((t) => [f, t])))(
    'with %s and MAIL_TRANSPORT=%s, the settings module accepts what App Service holds',
    (file, transport) => {
      const env = { ...envFile(file), MAIL_TRANSPORT: transport } as Record<string, string>;
      const held: Record<string, string> = {};
      for (const [name, expression] of Object.entries(APP_SETTINGS))
        held[name] = settingValue(expression, env);
      expect(held.NODE_ENV).toBe('production');
      expect(held.MAIL_TRANSPORT).toBe(transport);
      // App settings win over env/.env.<env>, deployed with the code (src/config/settings readEnvironment).
      const result = parseSettings({ ...envFile(file), ...held });
      expect(result.ok ? [] : result.errors).toEqual([]);
    },
  );

  /** The app's settings: the schema's fields, plus the two endpoint settings of scope B (#17). */
  const KNOWN = new Set([
    ...Object.keys(settingsSchema.innerType().shape),
    // Storage by managed identity (engineer B, #17, src/config/settings/storage.ts), merged with this.
    'STORAGE_TABLE_ENDPOINT',
    'STORAGE_BLOB_ENDPOINT',
  ]);

  it('every app setting is one Relances reads, or one App Service reads (WEBSITE_*, SCM_*)', () => {
    const unknown = Object.keys(APP_SETTINGS).filter((n) => !KNOWN.has(n) && !/^(WEBSITE|SCM)_/.test(n));
    expect(unknown).toEqual([]);
  });

  it('sets every setting the settings module requires in production, for either transport', () => {
    // A production bot in Teams: NODE_ENV=production and a BOT_ID; what else is required is what
    // the settings module says is missing.
    const required = new Set<string>();
    for (const transport of transports) {
      const result = parseSettings({ NODE_ENV: 'production', BOT_ID: UUID, MAIL_TRANSPORT: transport });
      expect(result.ok).toBe(false);
      if (!result.ok) for (const e of result.errors) required.add(e.variable);
    }
    expect([...required]).toEqual(expect.arrayContaining(['SECRET_BOT_PASSWORD', 'DOCUMENT_SIGNING_KEY']));
    // Storage has two ways (connection string or endpoints + managed identity): the endpoints count.
    const storageWays = ['STORAGE_CONNECTION_STRING', 'STORAGE_TABLE_ENDPOINT', 'STORAGE_BLOB_ENDPOINT'];
    const missing = [...required].filter(
      (v) => !(v in APP_SETTINGS) && !(storageWays.includes(v) && storageWays.some((w) => w in APP_SETTINGS)),
    );
    expect(missing).toEqual([]);
  });
});
