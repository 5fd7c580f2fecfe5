/**
 * `npm run procedure -- [--out <fichier.docx>]`: writes the dunning procedure (organisation,
 * calendar, roles, legal mentions, KPIs) as a .docx, generated from the configuration in service —
 * the same ladder, identity and law firm the daily job uses — so the document never disagrees
 * with what Relances does. Default: `procedure-relances.docx` in the current directory.
 * Exit code 0 when written, 1 on a configuration or write error, 2 on bad usage.
 */
import '../config/quiet-warnings';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadLadder } from '../config/dunning-config';
import { companyIdentity, lawFirm } from '../config/identity';
import { loadSettingsOrExit } from '../config/settings';
import { renderProcedure } from '../documents/letters';
import { procedureCli as texts } from '../i18n/cli';
import { offsetLabel } from '../i18n/ladder';
import { systemClock } from '../store/system-clock';

const DEFAULT_OUTPUT = 'procedure-relances.docx';

async function main(argv: string[]): Promise<number> {
  const index = argv.indexOf('--out');
  const out = index >= 0 ? argv[index + 1] : DEFAULT_OUTPUT;
  const unknown = index >= 0 ? argv.filter((_, i) => i !== index && i !== index + 1) : argv;
  if (!out || out.startsWith('--') || unknown.length > 0) {
    process.stderr.write(`${texts.usage}\n`);
    return 2;
  }
  // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), out);
  const settings = loadSettingsOrExit();
  const ladder = loadLadder(settings);
  const bytes = await renderProcedure({
    company: companyIdentity(settings),
    lawFirm: lawFirm(settings),
    ladder,
    today: systemClock.today(),
  });
  writeFileSync(path, bytes);
  process.stdout.write(
    `${texts.written(path, ladder.steps.map((s) => offsetLabel(s.offsetDays)).join(', '))}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${texts.failed((error as Error).message)}\n`);
    process.exit(1);
  },
);
