/**
 * `npm run eval`: the question parser measured on the three evaluation sets (./README.md).
 *
 *   npm run eval                    accuracy per family on every set, confusions of the worst families
 *   npm run eval -- --misses dev    and the misses of a set, question by question (not the held-out's:
 *                                   it is only run to report, never read to tune)
 *
 * Exits 1 when a set's form is wrong (./validate-set.ts). The figures are the README's.
 */
import { existsSync } from 'node:fs';
import { validateFile } from './validate-set';
import { parseSettings, readEnvironment } from '../../src/config/settings';
import { modelParse } from './model-parse';
import { evaluateResults, evaluateSet, formatReport, loadSet, SETS, type SetName } from './report';

const args = process.argv.slice(2);
const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
if (missesOf === 'heldout') {
  console.error(
    'Le jeu réservé (heldout) sert seulement à mesurer : ses questions ne sont jamais affichées.',
  );
  process.exit(2);
}

const settings = parseSettings(readEnvironment());
const model = settings.ok ? modelParse(settings.settings, settings.settings.LAW_FIRM_NAME) : null;

async function main(): Promise<number> {
  let malformed = 0;
  for (const name of Object.keys(SETS) as SetName[]) {
    if (!existsSync(SETS[name])) {
      console.log(`## ${name}: ${SETS[name]} absent\n`);
      continue;
    }
    // The held-out questions are never shown, not even in a form error: only their positions.
    const problems = validateFile(SETS[name], undefined, { quote: name !== 'heldout' });
    if (problems.length > 0) {
      malformed += problems.length;
      console.log(
        `## ${name}: ${problems.length} malformed (measured all the same)\n${problems.join('\n')}\n`,
      );
    }
    console.log(formatReport(name, evaluateSet(loadSet(name)), { misses: missesOf === name }), '\n');
    if (model) {
      const set = loadSet(name);
      const results = [];
      for (const q of set.questions) results.push(await model(q.question, set));
      const report = evaluateResults(set, results);
      console.log(
        formatReport(`${name}, language model planning`, report, { misses: missesOf === name }),
        '\n',
      );
    }
  }
  if (!model)
    console.log(
      'No language model configured (OPENAI_*, AZURE_OPENAI_*): the offline parser alone is measured.',
    );
  return malformed > 0 ? 1 : 0;
}

void main().then((code) => process.exit(code));
