/**
 * A morning checklist typed into the chat (issue 16, sixteenth round): each line opens on a list's
 * mark — « 1) », « 2. », « 3/ », « a) », « - », « • », « * », « [x] », a tick « ✔ » — on a step's
 * label with its colon (« étape 4 : », « étape suivante : », « dernière étape : », « suivant : »,
 * « point 2 : »), or on the last item ticked off (« ok fait ✔ », « c'est fait. », « done - », « RAS ✔ »). These
 * are taken off before commands and questions read the line: the number of an item is no ranking
 * (« 2) factures en retard » is no top 2), and « fait » no journal (« ok fait ✔ factures en retard
 * de plus de 5000€ » lists the unpaid invoices).
 *
 * A line that only closes the list (« ok fait ✔ tout est coché, bonne journée ») asks nothing.
 */
import { AP, B, E } from './regex-fragments';

const MARK = '(?:[-–—•*·▪►→✔✓✅☑☐✗]|\\[\\s*[xX✔]?\\s*\\])';
const NUMBERED = '(?:\\d{1,2}\\s*\\)|\\d{1,2}\\s*[.°/-](?=\\s)|[a-hA-H]\\))';
const LABEL = `(?:${E}tape|point|t[aâ]che|item)`;
const STEP = `(?:${LABEL}\\s*(?:n°\\s*|no\\s*)?\\d{1,2}|${LABEL}\\s+suivant${E}?|(?:derni${E}re|premi${E}re|prochaine)\\s+${LABEL}|suivant${E}?|ensuite|next)\\s*[:→>]`;
const DONE = `(?:(?:ok|okay|bon)\\s*[,.]?\\s+)?(?:c${AP}est\\s+)?(?:fait|done|fini|termin${E}|coch${E}|r${E}gl${E})(?:\\s*[.,;!✔✓✅☑]+|\\s+(?=[-–—•*✔✓✅☑]|\\d{1,2}\\s*[).°/]))|(?:ok|okay)\\s*[.,;!]*\\s*[✔✓✅☑]+|(?:ras|r\\.a\\.s\\.?|rien\\s+[àa]\\s+signaler)\\s*[.,;!✔✓✅☑]+`;

const OPENING = new RegExp(`^(?:\\s*(?:${MARK}|${NUMBERED}|${STEP}|${DONE}))+\\s*`, 'gimu');

const CLOSING = new RegExp(
  `^\\s*(?:tout\\s+(?:est|${E}tait)\\s+(?:coch${E}|fait|boucl${E}|ok|termin${E}|fini|r${E}gl${E})|c${AP}est\\s+tout(?=\\s*(?:[,.!]|$|pour\\s+(?:aujourd|ce\\s+matin|moi)|merci))|(?:liste|checklist|check-list)\\s+(?:termin${E}e|finie|boucl${E}e))${B}[^?]*$`,
  'iu',
);

/** The message without its list marks, step labels and items ticked off. */
export function withoutChecklistMarks(text: string): string {
  if (
    !/^\s*(?:[-–—•*·▪►→✔✓✅☑☐✗[]|\d|[a-h]\)|ok|bon|c|fait|ras|r\.a|rien|done|fini|termin|coch|r[eé]gl|[eé]tape|point|t[aâ]che|item|derni|premi|prochaine|suivant|ensuite|next)/imu.test(
      text,
    )
  )
    return text;
  return text.replace(OPENING, '');
}

/** Whether the message only closes the checklist (« ok fait ✔ tout est coché, bonne journée »). */
export function closesTheChecklist(text: string): boolean {
  return CLOSING.test(withoutChecklistMarks(text));
}
