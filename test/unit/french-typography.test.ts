/**
 * French typography on every text that leaves: a no-break space before « : ; ? ! » and inside
 * « » — on cards, messages, e-mails and letters, whatever the text's source wrote.
 */
import { expandCard } from '../../src/bot/card-templates';
import { inertActivity } from '../../src/bot/outgoing-text';
import { silentLogger } from '../../src/config/logger';
import { fr } from '../../src/i18n/fr';
import { frenchTypography } from '../../src/i18n/typography';
import { parseMarkup, runsText } from '../../src/documents/markup';

const NBSP = '\u00a0';
/** A breakable space before a high punctuation mark, or inside guillemets. */
const BAD = /[ \u202f][:;?!]|«[^\u00a0]|[^\u00a0]»/;

describe('French typography', () => {
  it('makes the space before « : ; ? ! » and inside « » unbreakable', () => {
    expect(frenchTypography('Relances du 23/11 : 3 actions ; « aide » ? Oui !')).toBe(
      `Relances du 23/11${NBSP}: 3 actions${NBSP}; «${NBSP}aide${NBSP}»${NBSP}? Oui${NBSP}!`,
    );
    expect(frenchTypography('«aide»')).toBe(`«${NBSP}aide${NBSP}»`);
  });

  it('leaves alone what is not French punctuation: times, addresses, URLs', () => {
    for (const text of [
      '09:15',
      'https://relances.example/documents/1?exp=1&sig=a',
      'mailto:a@b.fr',
      'x;y',
    ]) {
      expect(frenchTypography(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    const once = frenchTypography('Motif : « rappeler lundi » ?');
    expect(frenchTypography(once)).toBe(once);
  });

  it('cards leave with it, whatever their text wrote (the card’s data of buttons untouched)', () => {
    const card = expandCard('history', {
      title: 'Historique : « Biocoop »',
      subtitle: fr.history.whichCustomer('Biocoop'),
      entries: [{ heading: 'Reportée : lundi', detail: 'motif : congés', links: [] }],
      choices: [{ title: 'Page suivante : 2', verb: 'history.page', data: { note: 'a : b' } }],
    });
    const json = JSON.stringify(card);
    expect(json).toContain(`Historique${NBSP}: «${NBSP}Biocoop${NBSP}»`);
    expect(json).toContain(`lequel${NBSP}?`);
    expect(json).toContain('"note":"a : b"');
    const texts: string[] = [];
    JSON.parse(json, (key, value: unknown) => {
      if (typeof value === 'string' && ['text', 'title'].includes(key)) texts.push(value);
      return value;
    });
    expect(texts.filter((t) => BAD.test(t))).toEqual([]);
  });

  it('messages and click answers leave with it', () => {
    const message = { type: 'message', text: 'Je n’ai pas compris « blabla » : essayez « aide ».' };
    inertActivity(message, silentLogger());
    expect(message.text).toBe(
      `Je n’ai pas compris «${NBSP}blabla${NBSP}»${NBSP}: essayez «${NBSP}aide${NBSP}».`,
    );
    const invoke = {
      type: 'invokeResponse',
      value: {
        status: 200,
        body: { type: 'application/vnd.microsoft.activity.message', value: fr.errors.unknownButton },
      },
    };
    inertActivity(invoke, silentLogger());
    expect(invoke.value.body.value).toBe(`Ce bouton n’est plus reconnu${NBSP}: actualisez la carte.`);
  });

  it('letters leave with it', () => {
    const parsed = parseMarkup('<p>Objet : mise en demeure ; « dernier rappel » ?</p>');
    const block = parsed.blocks[0] as { runs: Parameters<typeof runsText>[0] };
    expect(runsText(block.runs)).toBe(
      `Objet${NBSP}: mise en demeure${NBSP}; «${NBSP}dernier rappel${NBSP}»${NBSP}?`,
    );
  });
});
