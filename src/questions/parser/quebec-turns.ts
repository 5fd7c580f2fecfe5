/**
 * Québec French turns of speech (issue 16, twenty-third round: a Montréal-trained controller),
 * rewritten in the text into the French the parser reads — the grammar of a question, where
 * ./quebec.ts has its words:
 * - the question particle « -tu » after a verb that is not « tu »'s (« y fait-tu frette ? », « vous
 *   avez-tu les impayés ? », « la SGH a-tu payé ? »): no name, no verb of work — it goes (« peux-tu »,
 *   « as-tu », « vois-tu » keep theirs: « tu » is their subject);
 * - « combien que / combien qu' » (« combien qu'on se fait devoir ? »): « combien »;
 * - « se faire devoir » (to be owed: « combien on se fait devoir par nos clients ? »): « on nous doit »;
 * - « rendus où » (where they are at: « y sont rendus où dans leurs paiements ? », « où ils sont
 *   rendus », « c'est rendu où ») : « où en sont-ils », « où en est »;
 * - « pis » between two numbers or words (« entre 30 pis 60 jours »): « et » (« tant pis » stays);
 * - « en date du 31 octobre » (as of): « au 31 octobre »;
 * - « le monde qui nous doivent » (people): the customers; « pantoute »: « du tout »;
 * - fillers « coudonc », and « tsé », « t'sais » closing a clause: nothing asked.
 */

const AP = `['’]`;
const WHERE_AT = [
  // « y sont rendus où », « ils sont rendus où », « elle est rendue où »
  [/\b(?:ils|elles?|y|il)\s+(?:sont|est)\s+rendue?s?\s+où(?!\p{L})/giu, 'où en sont-ils'],
  // « où (qu')ils sont rendus », « où est-ce qu'ils sont rendus », « où y en sont rendus »
  [
    new RegExp(
      `\\boù\\s+(?:est-ce\\s+)?(?:qu${AP}\\s*)?(?:ils|elles?|y|il)\\s+(?:en\\s+)?(?:sont|est)\\s+rendue?s?\\b`,
      'giu',
    ),
    'où en sont-ils',
  ],
  // « où c'est rendu », « où (qu')en est rendu X », « c'est rendu où »
  [
    new RegExp(`\\boù\\s+(?:qu${AP}\\s*)?(?:c${AP}\\s*est|en\\s+est|ça\\s+en\\s+est)\\s+rendue?s?\\b`, 'giu'),
    'où en est',
  ],
  [new RegExp(`\\bc${AP}\\s*est\\s+rendue?s?\\s+où(?!\\p{L})`, 'giu'), 'où en est'],
  // « la SGH est rendue où », « ils en sont rendus où »
  [/\b(?:en\s+)?(?:sont|est)\s+rendue?s?\s+où(?!\p{L})/giu, 'en est où'],
] as const;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // « -tu » after a verb whose subject is not « tu » (its form does not end in s or x).
  [/(?<=\p{L})(?<![sxSX])-tu\b(?!-)/gu, ''],
  [new RegExp(`(?<!\\p{L})combien\\s+qu(?:e\\s+|${AP}\\s*)`, 'giu'), 'combien '],
  [
    /\b(?:on|nous)\s+se\s+(?:fait|fera|faisait|fais|faisons)\s+(?:encore\s+|toujours\s+)?devoir\b/giu,
    'on nous doit',
  ],
  [/\bse\s+faire\s+devoir\b/giu, 'nous devoir'],
  ...WHERE_AT,
  [/(?<!\b(?:tant|au|qui|en|de\s+mal\s+en)\s+)\bpis\b/giu, 'et'],
  // « le monde qui nous doivent », « le monde en retard » (people: the customers); « tout le monde » stays.
  [/(?<!tout\s+)\ble\s+monde(?=\s+(?:qui|en\s+retard|[àa]\s+risque)(?!\p{L}))/giu, 'les clients'],
  // « pas payé pantoute » (not at all).
  [/\bpantoute\b/giu, 'du tout'],
  [new RegExp(`\\ben\\s+date\\s+(?:du|de\\s+la|de\\s+l${AP}\\s*|d${AP}\\s*)(?=\\s*\\S)`, 'giu'), 'au '],
  // « coudonc » anywhere; « tsé », « t'sais » only closing a clause (« t'sais faire quoi ? » is
  // « tu sais faire quoi ? », the help).
  [/(^|[\s,;])coudonc(?=$|[\s,;.!?])/giu, '$1'],
  [new RegExp(`(^|[\\s,;])(?:tsé|tsais|t${AP}sais)(?=\\s*(?:$|[,;.!?]))`, 'giu'), '$1'],
];

/** The text with Québec turns of speech in the French the parser reads. */
export function withQuebecTurns(text: string): string {
  let out = text;
  for (const [re, french] of RULES) out = out.replace(re, french);
  return out;
}
