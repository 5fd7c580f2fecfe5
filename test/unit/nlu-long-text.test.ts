/**
 * Long pasted text reads as its short form: runs of spaces, repeated forwarding marks or fillers
 * change nothing of what is asked. (Several rules looked back over spaces, or searched a line's end
 * after each character: « a », 4 000 spaces and « on dit quoi x » took 30 s of the bot's only thread,
 * « TR: » typed a thousand times as long — each of these now reads in a blink, and would time out
 * here otherwise.)
 */
import { parsed } from '../support/nlu-parse';

const SPACES = ' '.repeat(4000);

describe('a question padded with thousands of blanks reads as the question', () => {
  it.each([
    [
      'combien nous doit la société Dupont et Fils ?',
      `combien nous doit la${SPACES}société Dupont et Fils ?`,
    ],
    ['impayés de Naturalia ?', `impayés${SPACES}de Naturalia ?`],
    ['on dit quoi pour Naturalia ?', `a${SPACES}on dit quoi pour Naturalia ?`],
    ['impayés de plus de 60 jours ? et le DSO', `impayés de plus de 60 jours${SPACES}? et le DSO`],
    ['le DSO du mois dernier', `le DSO du mois dernier${'\t'.repeat(3000)}`],
    ['les litiges en cours', `les litiges en cours${'\u00a0'.repeat(3000)}`],
  ])('« %s »', (short, long) => {
    expect(parsed(long)).toEqual(parsed(short));
  });
});

describe('marks and fillers repeated a thousand times', () => {
  it.each([
    ['TR: impayés de Naturalia ?', `${'TR: '.repeat(1000)}impayés de Naturalia ?`],
    ['euh impayés de Naturalia ?', `${'euh '.repeat(1000)}impayés de Naturalia ?`],
    ['svp les litiges en cours', `${'svp '.repeat(1000)}les litiges en cours`],
  ])('« %s »', (short, long) => {
    expect(parsed(long)).toEqual(parsed(short));
  });

  it('a second question glued after many first words is still dropped', () => {
    expect(parsed(`${'impayés '.repeat(500)}? et le DSO`)).toEqual(parsed('impayés ? et le DSO'));
  });
});
