/**
 * The architecture is enforced by lint (eslint.config.mjs): these probes are files that break a
 * rule, linted as if they were in the tree (ESLint's lintText, nothing written), and each must be
 * refused — so a rule that stops biting fails this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

interface Probe {
  name: string;
  filePath: string;
  code: string;
  rule: string;
}

const PROBES: Probe[] = [
  {
    name: 'the domain imports a storage adapter',
    filePath: 'src/domain/probe.ts',
    code: "import { TableStorage } from '../store/table-storage';\nexport const probe = TableStorage;\n",
    rule: 'boundaries/dependencies',
  },
  {
    name: 'a use case imports the bot',
    filePath: 'src/application/probe.ts',
    code: "import { sendCard } from '../bot/app';\nexport const probe = sendCard;\n",
    rule: 'boundaries/dependencies',
  },
  {
    name: 'the bot imports the server',
    filePath: 'src/bot/probe.ts',
    code: "import { DocumentLinks } from '../server/document-links';\nexport const probe = DocumentLinks;\n",
    rule: 'boundaries/dependencies',
  },
  {
    name: 'a use case imports the bot SDK',
    filePath: 'src/application/probe.ts',
    code: "import { MessageFactory } from 'botbuilder';\nexport const probe = MessageFactory;\n",
    rule: 'boundaries/dependencies',
  },
  {
    name: 'the mail adapter imports an Azure SDK',
    filePath: 'src/mail/probe.ts',
    code: "import { TableClient } from '@azure/data-tables';\nexport const probe = TableClient;\n",
    rule: 'boundaries/dependencies',
  },
  {
    name: 'the domain reads a file',
    filePath: 'src/domain/probe.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    rule: 'boundaries/dependencies',
  },
  {
    name: 'the question parser imports an intent’s executor',
    filePath: 'src/questions/parser/probe.ts',
    code: "import { dsoAnswer } from '../intents/dso/answer';\nexport const probe = dsoAnswer;\n",
    rule: 'boundaries/dependencies',
  },
];

/** Two modules importing each other: written for the run (a cycle is only seen between files). */
const CYCLE = {
  'a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
  'b.ts': "import { a } from './a';\nexport const b = (): number => a() - 1;\n",
};

const ALLOWED: Probe = {
  name: 'a use case imports the domain and a port',
  filePath: 'src/application/probe.ts',
  code: "import type { Stores } from './ports';\nimport { cents } from '../domain/money';\nexport const probe = (s: Stores) => [s, cents(1)];\n",
  rule: '',
};

/**
 * Lints every probe in one ESLint process (starting it is the slow part), then the files of
 * `files`: the rule ids reported, per probe, and for the files.
 */
function lint(probes: readonly Probe[], files: string): { probes: string[][]; files: string[] } {
  const script = `
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
    const probes = JSON.parse(process.argv[1]);
    const out = { probes: [], files: [] };
    for (const p of probes) {
      const [result] = await eslint.lintText(p.code, { filePath: p.filePath });
      out.probes.push(result.messages.map((m) => m.ruleId ?? m.message));
    }
    for (const result of await eslint.lintFiles([process.argv[2]]))
      out.files.push(...result.messages.map((m) => m.ruleId ?? m.message));
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(probes), files],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { probes: string[][]; files: string[] };
}

jest.setTimeout(120_000);

it('lint refuses each boundary violation and cycle, and accepts what the layers allow', () => {
  const dir = mkdtempSync(join(ROOT, 'src', 'domain', 'architecture-probe-'));
  try {
    for (const [name, code] of Object.entries(CYCLE)) writeFileSync(join(dir, name), code);
    const results = lint([...PROBES, ALLOWED], dir);
    PROBES.forEach((probe, i) => {
      expect({ probe: probe.name, rules: results.probes[i] }).toEqual({
        probe: probe.name,
        rules: expect.arrayContaining([probe.rule]),
      });
    });
    expect(results.probes.at(-1)).toEqual([]);
    expect(results.files).toEqual(['import-x/no-cycle', 'import-x/no-cycle']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
