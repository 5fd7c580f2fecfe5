/**
 * A long message (issue 16, eighteenth round): only the first 500 characters of what is left of a
 * message were read, so a question after 500 characters of the user's own chatter (« je vous
 * explique ma situation … ») was not read — and the chatter was, its words with it (« la machine est
 * en panne depuis lundi, je me sens perdue » gave the losses written off, « l'an dernier on avait 60
 * jours de retard » a filter). When what is left is longer than that, it is read by sentences, each
 * part as a message of its own: its last sentence, then its last two (where a question after the
 * chatter stands), then its first, then its first two (a question before an explanation) — these
 * only with a question mark; the first part that asks something is the question. When none does
 * (« … Merci, bonne journée. »), nothing is read out of the chatter: not understood. A message
 * with no such part (one sentence longer than 500 characters) is read from its beginning, as before.
 */

/** What is read of a message. */
const READ_LENGTH = 500;

/** Sentences looked at from the beginning. */
const SENTENCES = 2;

/**
 * The parts of a long message to read, in order (last sentence, last two, first, first two), each at
 * most `READ_LENGTH` characters; none when the message is short enough to be read whole.
 */
export function sentencesToRead(text: string): string[] {
  if (text.length <= READ_LENGTH) return [];
  // Where each sentence starts: after « . », « ? », « ! », « … » or a line break, and blanks.
  const starts: number[] = [0];
  // (A run of marks is read whole, from its first: « ????? » is one end, read once — never from each.)
  for (const m of text.matchAll(/(?:(?<![.?!…])[.?!…]+(?![.?!…])|\n)\s*(?=\S)/gu))
    starts.push(m.index + m[0].length);
  const parts: string[] = [];
  const add = (part: string) => {
    const said = part.trim();
    if (/\p{L}/u.test(said) && said.length <= READ_LENGTH && !parts.includes(said)) parts.push(said);
  };
  // The last sentence is read as it is; any other part only when it asks, with a question mark (a
  // sentence of the chatter states: « l'an dernier on avait 60 jours de retard. »).
  const asks = (part: string) => part.includes('?');
  const last = starts.length - 1;
  add(text.slice(starts[last]!));
  if (last >= 1 && asks(text.slice(starts[last - 1]!))) add(text.slice(starts[last - 1]!));
  for (let n = 1; n <= SENTENCES && n < starts.length; n++)
    if (asks(text.slice(0, starts[n]))) add(text.slice(0, starts[n]));
  return parts;
}
