/**
 * The examples offered after a question that was not understood: the closest of the catalogue by
 * shared words (by stem, with each example's hidden synonyms) and understood filters — a pure
 * ranking, checked here on questions and on a catalogue-wide property.
 */
import { calendarDate } from '../../src/domain/calendar-date';
import { fr } from '../../src/i18n/fr';
import { firmShortName } from '../../src/i18n/law-firm';
import { closeExamples, understoodOf } from '../../src/questions/close-examples';
import { parseQuestion } from '../../src/questions/parser/parse-question';

const TODAY = calendarDate(2026, 11, 23);
const FIRM = 'Aptos Avocats';

function close(question: string): string[] {
  const parsed = understoodOf(parseQuestion(question, { today: TODAY, customers: [] }));
  return closeExamples(question, parsed, { today: TODAY, lawFirm: FIRM });
}

const catalogue = fr.questionFamilies(FIRM).flatMap((f) => f.examples.map((e) => e.text));
const familyOf = (text: string) =>
  fr.questionFamilies(FIRM).find((f) => f.examples.some((e) => e.text === text))!.title;

describe('close examples', () => {
  it('« combien de factures contestées ? » offers the disputes’ examples', () => {
    const offered = close('combien de factures contestées ?');
    expect(offered).toHaveLength(3);
    for (const text of offered) expect(text).toMatch(/litige/);
    expect(offered).toContain('litiges ouverts');
  });

  it('ranks by the words the question shares with an example, compared by stem', () => {
    expect(close('le numero de telephone du client ?').slice(0, 2)).toEqual([
      'téléphone de biocoop ?',
      'qui appeler à la SGH ?',
    ]);
    expect(close('les encaissements, ça donne quoi ?')[0]).toMatch(/encaiss/);
    expect(close('ça part quand chez les avocats ?')).toContain(`qu’est-ce qui est chez ${FIRM} ?`);
  });

  it('counts the filters that were understood: a month asked gives examples with a period', () => {
    const offered = close('combien en octobre ?');
    expect(offered).toHaveLength(3);
    for (const text of offered) expect(text).toMatch(/octobre/);
  });

  it('a customer not found: the examples of the intent that was understood come first', () => {
    expect([...close('DSO de Franprix ?')].sort()).toEqual(
      ['DSO ?', 'évolution du DSO depuis juin', "what's our DSO?"].sort(),
    );
    expect(close('la SNCF est au contentieux ?').slice(0, 2)).toEqual([
      'qu’est-ce qui est au contentieux ?',
      `qu’est-ce qui est chez ${firmShortName(FIRM)} ?`,
    ]);
    // A customer's examples (its balance asked two ways), whichever first.
    expect(['situation du client C007', 'où en est la SGH ?']).toContain(
      close('situation du client Decathlon')[0],
    );
  });

  it('with nothing in common, offers the first examples of the first families', () => {
    const families = fr.questionFamilies(FIRM);
    expect(close('zorglub frobnicate ?')).toEqual(families.slice(0, 3).map((f) => f.examples[0]!.text));
  });

  it('always offers three different examples of the catalogue, never the question itself', () => {
    const questions = [...catalogue, 'bof', 'et alors ?', 'les retards des clients à risque en octobre', ''];
    for (const question of questions) {
      const offered = close(question);
      expect(offered).toHaveLength(3);
      expect(new Set(offered).size).toBe(3);
      for (const text of offered) expect(catalogue).toContain(text);
      expect(offered).not.toContain(question);
    }
  });

  it('an example’s own family comes first for a question close to it', () => {
    // A question reworded from an example: the examples of that family are the closest.
    expect(familyOf(close('les promesses de paiement pas tenues')[0]!)).toBe(
      familyOf('promesses de paiement non tenues'),
    );
    expect(close('la courbe des retards')[0]).toBe('évolution des retards');
  });
});
