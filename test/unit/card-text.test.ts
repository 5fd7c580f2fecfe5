import { inertCard, inertMarkdown, shown } from '../../src/bot/card-text';

const EVIL = '[Cliquez ici pour payer](http://evil.example) **URGENT**';
const visible = (text: string) => text.replace(/\u200b/g, '');

describe('markdown from data is left inert', () => {
  it('breaks links, bold, autolinks and strikethrough, and keeps the text readable', () => {
    const inert = inertMarkdown(EVIL);
    expect(inert).not.toContain('](');
    expect(inert).not.toContain('**');
    expect(inert).not.toContain('://');
    expect(visible(inert)).toBe('[Cliquez ici pour payer](http://evil.example) ∗∗URGENT∗∗');
    expect(inertMarkdown('~~barré~~')).not.toContain('~~');
    expect(inertMarkdown('<https://evil.example>')).not.toMatch(/<h/);
  });

  it('breaks italics at a word’s edge, not an underscore inside a word', () => {
    expect(inertMarkdown('_urgent_')).toBe('\u200b_\u200burgent\u200b_\u200b');
    expect(inertMarkdown('__gras__')).not.toContain('__');
    expect(inertMarkdown('jean_dupont@client.example')).toBe('jean_dupont@client.example');
  });

  it('breaks lists, headings and quotes at a line’s start', () => {
    for (const start of ['- ', '* ', '+ ', '1. ', '12) ', '# ', '### ', '> ']) {
      const inert = inertMarkdown(`${start}élément`);
      expect(inert.startsWith('\u200b')).toBe(true);
    }
    expect(inertMarkdown('ligne\n- deux')).toBe('ligne\n\u200b- deux');
    // What is not a marker stays as it is.
    expect(inertMarkdown('3 factures — J+3')).toBe('3 factures — J+3');
    expect(inertMarkdown('+33 6 12 34 56 78')).toBe('+33 6 12 34 56 78');
  });

  it('removes bidirectional controls', () => {
    expect(inertMarkdown('Dupont \u202eSARL\u202c \u2066x\u2069')).toBe('Dupont SARL x');
  });

  it('is idempotent', () => {
    for (const text of [EVIL, '_a_ __b__ ~~c~~ <d> - e', '1. un\n* deux\n# trois', 'a_b _c']) {
      const once = inertMarkdown(text);
      expect(inertMarkdown(once)).toBe(once);
    }
  });
});

describe('a piece of data as shown', () => {
  it('is on one line, without controls, and bounded with « … »', () => {
    expect(shown('Dupont\r\n& Fils\u202e')).toBe('Dupont & Fils');
    const long = shown('x'.repeat(100_000));
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
    expect(shown('é'.repeat(300), 50)).toBe(`${'é'.repeat(49)}…`);
    expect(shown(null)).toBe('');
  });
});

describe('a card made inert', () => {
  const card = {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: `${EVIL}\nligne` },
      { type: 'FactSet', facts: [{ title: EVIL, value: '**x**' }] },
      {
        type: 'ActionSet',
        actions: [
          {
            type: 'Action.Execute',
            title: `${EVIL}\n`,
            verb: 'v',
            data: { customer: 'C_1', note: '**keep**' },
          },
          { type: 'Action.OpenUrl', title: 'Ouvrir', url: 'https://relances.example/documents/1?sig=a_b' },
        ],
      },
    ],
  };

  it('leaves no markup in texts and facts, and what a click sends back untouched', () => {
    const inert = inertCard(card);
    const json = JSON.stringify(inert);
    const texts = JSON.stringify(inert.body.slice(0, 2));
    expect(texts).not.toContain('](');
    expect(texts).not.toContain('**');
    expect(texts).not.toContain('\\n');
    const actions = (inert.body[2] as { actions: Array<Record<string, unknown>> }).actions;
    expect(actions[0]!.data).toEqual({ customer: 'C_1', note: '**keep**' });
    expect(actions[0]!.title).not.toContain('\n');
    expect(actions[1]!.url).toBe('https://relances.example/documents/1?sig=a_b');
    expect(json).toContain('"verb":"v"');
    // The original is not changed.
    expect(card.body[0]).toEqual({ type: 'TextBlock', text: `${EVIL}\nligne` });
    expect(inertCard(inert)).toEqual(inert);
  });
});
