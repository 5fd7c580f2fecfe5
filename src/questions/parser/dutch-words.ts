/**
 * A Ghent controller's Dutch words (issue 16, twenty-second round), read in French before anything
 * else, like ./german-words.ts and ./italian-words.ts: the domain's (« factuur » facture, « klant »
 * client, « betalingen » paiements, « wanbetalers » mauvais payeurs, « advocaat » avocat, « historiek »
 * historique, « ouderdomsbalans » balance âgée, « afbetalingsplan » échéancier, « betwist » contesté),
 * the calendar's (the days, the months, « vandaag », « gisteren », « morgen », « deze / vorige week »,
 * « deze maand », « vorig jaar », « sinds »), a few verbs and questions (« hoeveel » combien, « welke »
 * quelles, « wat moet ik doen » que dois-je faire, « belooft … te betalen » promet de payer, « gaat het
 * beter » ça va mieux) and the courtesy that adds nothing (« graag », « alstublieft », « bedankt »).
 *
 * Only words that are not French are read (« de », « en », « met », « onze », « is » are read only
 * inside a Dutch phrase: « van de klanten », « met de », « onze klanten », « is al bij »), each a whole
 * word; a word of a customer's name is never rewritten.
 */
import { normalizeWord } from './tokens';
import { B, E, W } from './regex-fragments';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

/** The Dutch months whose names differ from the French. */
const MONTH: Readonly<Record<string, string>> = {
  januari: 'janvier',
  februari: 'février',
  maart: 'mars',
  mei: 'mai',
  juni: 'juin',
  juli: 'juillet',
  augustus: 'août',
  oktober: 'octobre',
};

/** The Dutch days of the week. */
const DAY: Readonly<Record<string, string>> = {
  maandag: 'lundi',
  dinsdag: 'mardi',
  woensdag: 'mercredi',
  donderdag: 'jeudi',
  vrijdag: 'vendredi',
  zaterdag: 'samedi',
  zondag: 'dimanche',
};

const MONTHS = `${Object.keys(MONTH).join('|')}|september|november|december`;

/** Dutch nouns a « de », « van de », « onze » is read before (as an article, never the French « de »). */
const NOUN =
  'klant(?:en)?|factuur|facturen|betaling(?:en)?|advocaat|herinneringen|aanmaningen|wanbetalers|betalers';
/** What « met de » (avec les) is read before: the Dutch nouns and the French words the controller mixes in. */
const WITH_NOUN = `${NOUN}|relances|factures|clients|impay${E}s|promesses|litiges`;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Whole phrases first.
  rule(`hoeveel\\s+procent`, 'quel pourcentage'),
  rule(
    `wat\\s+moet(?:en)?\\s+(?:ik|we|wij)\\s+((?:vandaag|morgen|deze\\s+week)\\s+)?doen\\s+met\\s+de`,
    'que dois-je faire $1avec les',
  ),
  rule(
    `wat\\s+moet(?:en)?\\s+(?:ik|we|wij)\\s+((?:vandaag|morgen|deze\\s+week)\\s+)?doen`,
    'que dois-je faire $1',
  ),
  rule(`(?:hij|zij|ze)\\s+moet(?:en)?\\s+nog\\s+(combien|hoeveel)\\s+betalen`, 'combien doit-il encore'),
  rule(`(?:hij|zij|ze)\\s+moet(?:en)?\\s+nog\\s+betalen`, 'doit encore'),
  rule(`hoeveel\\s+moet(?:en)?\\s+(?:hij|zij|ze)\\s+nog\\s+betalen`, 'combien doit-il encore'),
  rule(`hoeveel\\s+moet(?:en)?(?!\\s+(?:wij|we|ik)${B})`, 'combien doit'),
  rule(`nog\\s+(?:te\\s+)?betalen`, 'encore'),
  rule(`belooft\\s+(.+?)\\s+te\\s+betalen`, 'promet de payer $1'),
  rule(`beloofd\\s+te\\s+betalen`, 'promis de payer'),
  rule(`gaat\\s+het\\s+beter`, 'est-ce que ça va mieux'),
  rule(`gaat\\s+het\\s+slechter`, 'est-ce que ça va moins bien'),
  rule(`is\\s+al\\s+bij\\s+de\\s+advocaat`, "est déjà chez l'avocat"),
  rule(`(?:is\\s+)?bij\\s+de\\s+advocaat`, "chez l'avocat"),
  rule(`hebben\\s+we|hebben\\s+wij`, 'avons-nous'),
  rule(`is(?=\\s+(?:${E}chu|${E}chue|${E}chues|en\\s+retard|vervallen|betaald|pay${E}e?|al|nog)${B})`, 'est'),
  rule(`(?:de\\s+)?(\\d+\\s+)?(?:slechtste|traagste)\\s+betalers`, 'les $1pires payeurs'),
  rule(`(?:de\\s+)?wanbetalers`, 'mauvais payeurs'),
  rule(`(?:de\\s+)?ouderdomsbalans`, 'la balance âgée'),
  rule(`(?:het\\s+|een\\s+)?afbetalingsplannen`, 'des échéanciers'),
  rule(`heeft\\s+(?:een\\s+|het\\s+)?afbetalingsplan`, 'a un échéancier'),
  rule(`(?:het\\s+|een\\s+)?afbetalingsplan`, "l'échéancier"),
  rule(`(?:per\\s+|par\\s+)?risicosegment(?:en)?`, 'par segment de risque'),
  rule(`(?:per\\s+|par\\s+)klant`, 'par client'),
  rule(`(?:van\\s+)?de\\s+klanten`, 'des clients'),
  rule(`van\\s+onze(?=\\s)`, 'de nos'),
  rule(`onze(?=\\s+(?:${NOUN})${B})`, 'nos'),
  rule(`van\\s+de(?=\\s+(?:${NOUN})${B})`, 'des'),
  rule(`met\\s+de(?=\\s+(?:${WITH_NOUN})${B})`, 'avec les'),
  rule(`de(?=\\s+(?:${NOUN})${B})`, 'les'),
  // The calendar.
  rule(`(?:de\\s+)?(?:vorige|verleden|afgelopen)\\s+week`, 'la semaine dernière'),
  rule(`(?:deze|dees)\\s+week`, 'cette semaine'),
  rule(`(?:de\\s+)?volgende\\s+week`, 'la semaine prochaine'),
  rule(`(?:deze|dees)\\s+maand`, 'ce mois'),
  rule(`(?:de\\s+)?(?:vorige|verleden|afgelopen)\\s+maand`, 'le mois dernier'),
  rule(`(?:het\\s+)?(?:vorig|verleden)\\s+jaar`, "l'année dernière"),
  rule(`dit\\s+jaar`, 'cette année'),
  rule(`eergisteren`, 'avant-hier'),
  rule(`gisteren`, 'hier'),
  rule(`vandaag`, "aujourd'hui"),
  rule(`morgen`, 'demain'),
  rule(`sinds(?:\\s+de)?(?=\\s+\\d)`, 'depuis le'),
  rule(`sinds`, 'depuis'),
  rule(`van(?=\\s+(?:${MONTHS})${B})`, 'de'),
  rule(`op(?=\\s+\\d{1,2}\\s+(?:${MONTHS})${B})`, 'le'),
  ...Object.entries(MONTH).map(([nl, fr]) => rule(nl, fr)),
  ...Object.entries(DAY).map(([nl, fr]) => rule(nl, fr)),
  rule(`dagen`, 'jours'),
  rule(`weken`, 'semaines'),
  rule(`maanden`, 'mois'),
  rule(`maand`, 'mois'),
  // The domain.
  rule(`facturen|factuurs`, 'factures'),
  rule(`factuur`, 'factures'),
  rule(`klanten`, 'clients'),
  rule(`klant`, 'client'),
  rule(`betalingen`, 'paiements'),
  rule(`betaling`, 'paiement'),
  rule(`betaald`, 'payé'),
  rule(`betalen`, 'payer'),
  rule(`telefoon(?:nummer)?`, 'téléphone'),
  rule(`historiek|geschiedenis`, 'historique'),
  rule(`advocaat`, 'avocat'),
  rule(`betwist${E}?`, 'contestées'),
  rule(`openstaande`, 'impayées'),
  rule(`vervallen`, 'échues'),
  rule(`achterstallig${E}?`, 'en retard'),
  rule(`herinneringen`, 'relances'),
  rule(`aanmaningen`, 'mises en demeure'),
  rule(`beloften`, 'promesses'),
  rule(`ontvangen`, 'reçus'),
  rule(`verstuurd|verzonden`, 'envoyées'),
  rule(`gedaan`, 'fait'),
  rule(`boven|meer\\s+dan`, 'de plus de'),
  rule(`minder\\s+dan`, 'de moins de'),
  rule(`hoeveel`, 'combien'),
  rule(`welke`, 'quelles'),
  rule(`wie(?!\\s*viel)`, 'qui'),
  rule(`vallen`, 'tombent'),
  // « per » before what a total is split by (issue 16, twenty-third round: « per vertegenwoordiger »
  // par commercial, « per kwartaal », « per risico », « per fase »): the Dutch nouns in French, then
  // « per » is « par » before them (never « per favore », Italian, nor an English « per » read later).
  rule(`risiconiveaus?`, 'niveau de risque'),
  rule(`risicoklassen?|risicocategorie${E}?n?`, 'segment de risque'),
  rule(`risico'?s?`, 'risque'),
  rule(`fasen?|fases|stappen|stap|niveaus`, 'étape'),
  rule(`(?:vertegenwoordiger|verkoper|vertegenwoordigster|verkoopster|accountmanager)s?`, 'commercial'),
  rule(`debiteuren`, 'débiteurs'),
  rule(`kwartalen|kwartaal`, 'trimestre'),
  rule(`jaren`, 'ans'),
  rule(`jaar`, 'an'),
  rule(`dag`, 'jour'),
  rule(`regio's|regios|regio`, 'région'),
  rule(
    `per(?=\\s+(?:client|clients|klant|segment|risque|niveau|${E}tape|stap|mois|maand|semaine|week|jour|trimestre|an|ann${E}e|commercial|d${E}biteurs?|facture|r${E}gion)${B})`,
    'par',
  ),
  rule(`voor(?=\\s)`, 'pour'),
  rule(`van`, 'de'),
  // Courtesy that adds nothing.
  rule(
    `graag|alstublieft|alsjeblieft|a\\.?u\\.?b\\.?|bedankt|dank\\s+(?:u|je)(?:\\s+wel)?|dankjewel|dankuwel`,
    ' ',
  ),
];

const DUTCH =
  /hoeveel|\bis\b|\bwie\b|moet|belooft|beloofd|gaat\s+het|advocaat|hebben|betaler|ouderdomsbalans|afbetalingsplan|risicosegment|klant|\bonze\b|\bvan\b|\bmet\s+de\b|week|maand|jaar|gisteren|vandaag|morgen|sinds|\bop\s+\d|januari|februari|maart|\bmei\b|juni|juli|augustus|oktober|dag\b|dagen|weken|factu(?:u|r)r|betaling|betaald|betalen|telefoon|historiek|geschiedenis|betwist|openstaande|vervallen|achterstallig|herinnering|aanmaning|beloften|ontvangen|verstuurd|verzonden|gedaan|boven|meer\s+dan|minder\s+dan|welke|vallen|\bper\b|\bvoor\b|risico|vertegenwoordig|verkoper|kwarta|\bjaar\b|\bdag\b|\bfase|\bstap|debiteuren|\bregio|graag|alstublieft|alsjeblieft|\ba\.?u\.?b|bedankt|dank/iu;

/** The text with the Ghent controller's Dutch words in the French the parser reads. */
export function withDutchWords(text: string, isNameWord: (norm: string) => boolean): string {
  if (!DUTCH.test(text)) return text;
  let out = text;
  for (const [re, french] of RULES)
    out = out.replace(re, (said: string, ...groups: unknown[]) => {
      // A word of a customer's name (« Van Houten ») is left as typed; « de », which is also the
      // French of « Les Jardins de Fourvière », is no name of its own.
      const words = said.split(/[^\p{L}\p{N}]+/u).map(normalizeWord);
      if (words.some((w) => w !== '' && w !== 'de' && isNameWord(w))) return said;
      return french.replace(/\$(\d)/g, (_, n: string) => {
        const g = groups[Number(n) - 1];
        return typeof g === 'string' ? g : '';
      });
    });
  return out.replace(/ {2,}/g, ' ');
}
