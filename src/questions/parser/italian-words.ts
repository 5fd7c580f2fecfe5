/**
 * An Italian-native accountant's words (issue 16, nineteenth round), read in French before anything
 * else, like ./spanish-words.ts and ./german-words.ts: the domain's (« quanto ci deve » combien nous
 * doit, « le fatture scadute » les factures échues, « gli insoluti » les impayés, « i solleciti » les
 * relances, « il cliente », « gli incassi », « lo storico », « al contenzioso », « l'avvocato »,
 * « a rischio alto »), the calendar's (« ieri », « oggi », « domani », « questa settimana », « di
 * questo mese », « tra il 5 e il 20 », the months « giugno », « ottobre »…), a few verbs (« a che punto
 * siamo con » où en est, « cosa posso » que puis-je, « mi fai » donne-moi, « sono previsti » sont
 * prévus, « già partiti » déjà envoyés) and the words that add nothing (« per favore », « grazie »).
 *
 * Only words that are not French are read (« il » only before a noun or a day, « cliente » only after « il », « i » only lower-case
 * before a word), each a whole word; a word of a customer's name is never rewritten.
 */
import { normalizeWord } from './tokens';
import { AP, B, E, W } from './regex-fragments';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

/** The Italian months whose names differ from the French. */
const MONTH: Readonly<Record<string, string>> = {
  gennaio: 'janvier',
  febbraio: 'février',
  marzo: 'mars',
  aprile: 'avril',
  maggio: 'mai',
  giugno: 'juin',
  luglio: 'juillet',
  agosto: 'août',
  settembre: 'septembre',
  ottobre: 'octobre',
  dicembre: 'décembre',
};

/** The nouns « il » (le) is read before: the article, never the French pronoun. */
const IL_NOUN =
  'cliente|dossier|totale|total|saldo|mese|DSO|tasso|taux|numero|giorno|contenzioso|pagamento|sollecito|debitore|\\d+';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Whole phrases whose words are read one by one below.
  rule(`(?:il\\s+)?riepilogo\\s+(?:settimanale|della\\s+settimana)`, 'la revue hebdomadaire'),
  rule(`(?:i\\s+)?(?:tempi|giorni)\\s+medi\\s+di\\s+(?:pagamento|incasso)`, 'le délai moyen de paiement'),
  rule(`percentuale`, 'pourcentage'),
  rule(`(?:non\\s+)mantenut[ei]`, 'non tenues'),
  rule(`mantenut[ei]`, 'tenues'),
  rule(`(?:che\\s+)?cosa\\s+(?:è|e${AP})\\s+successo`, "qu'est-ce qui s'est passé"),
  rule(`(?:che\\s+)?cosa\\s+(?:è|e${AP})\\s+stato`, "qu'est-ce qui a été"),
  rule(`(?:il\\s+|lo\\s+)?(?:saldo\\s+per\\s+(?:scadenza|anzianit(?:à|a))|scadenzario)`, 'la balance âgée'),
  // Periods first, whole phrases.
  rule(`(?:di\\s+|de\\s+)?questo\\s+mese`, 'de ce mois'),
  rule(`(?:il\\s+)?mese\\s+scorso`, 'le mois dernier'),
  rule(`(?:di\\s+|de\\s+)?questa\\s+settimana`, 'de cette semaine'),
  rule(`(?:la\\s+)?settimana\\s+scorsa`, 'la semaine dernière'),
  rule(`(?:la\\s+)?settimana\\s+prossima`, 'la semaine prochaine'),
  rule(`quest${AP}anno`, 'cette année'),
  rule(`(?:l${AP})?anno\\s+scorso`, "l'an dernier"),
  rule(`(?:gli\\s+)?ultimi\\s+(\\d+)\\s+mesi`, 'les $1 derniers mois'),
  rule(`(?:gli\\s+)?ultimi\\s+(\\d+)\\s+giorni`, 'les $1 derniers jours'),
  rule(`tra\\s+il\\s+(\\d{1,2})\\s+e\\s+il\\s+(\\d{1,2})`, 'entre le $1 et le $2'),
  rule(`dal\\s+(\\d{1,2})\\s+al\\s+(\\d{1,2})`, 'du $1 au $2'),
  rule(`d${AP}(${Object.keys(MONTH).join('|')})`, 'de $1'),
  ...Object.entries(MONTH).map(([it, fr]) => rule(it, fr)),
  rule(`luned(?:ì|i)`, 'lundi'),
  rule(`marted(?:ì|i)`, 'mardi'),
  rule(`mercoled(?:ì|i)`, 'mercredi'),
  rule(`gioved(?:ì|i)`, 'jeudi'),
  rule(`venerd(?:ì|i)`, 'vendredi'),
  rule(`giorni`, 'jours'),
  rule(`rispetto\\s+al`, 'par rapport au'),
  rule(`ieri`, 'hier'),
  rule(`oggi`, "aujourd'hui"),
  rule(`domani`, 'demain'),
  rule(`settimana`, 'semaine'),
  rule(`mese`, 'mois'),
  rule(`giorno`, 'jour'),
  rule(`a\\s+fine`, 'à fin'),
  rule(`dall${AP}inizio\\s+dell${AP}anno`, "depuis le début de l'année"),
  [new RegExp(`${W}dal\\s+(?=\\d)`, 'giu'), 'depuis le '],
  [new RegExp(`${W}da\\s+(?=(?:${Object.values(MONTH).join('|')}|novembre|hier)${B})`, 'giu'), 'depuis '],
  // Verbs and question words.
  rule(`a\\s+che\\s+punto\\s+siamo\\s+con`, 'où en est'),
  rule(`a\\s+che\\s+punto\\s+(?:è|e${AP}|sta)`, 'où en est'),
  rule(`cosa\\s+posso`, 'que puis-je'),
  rule(`posso`, 'puis-je'),
  rule(`chiederti|chiedere|domandarti|domandare`, 'demander'),
  rule(`ricevut[ieoa]|incassat[ieoa]`, 'reçus'),
  // A learner's Italian dressed in French (forty-sixth round): « on a incassé », « lettres
  // raccomandées », « l'année passata », « cosa puoi fare per me ? ».
  rule(`incass${E}(e?s?)`, 'encaissé$1'),
  rule(`raccomand${E}(e?s?)`, 'recommandé$1'),
  rule(`(?:cosa|che\\s+cosa)\\s+puoi\\s+fare`, 'que peux-tu faire'),
  rule(`passat[ao]`, 'passée'),
  rule(`(?:mi\\s+fai|mi\\s+dai|dammi|fammi)(?:\\s+vedere)?`, 'donne-moi'),
  rule(`quant[oaie]`, 'combien'),
  rule(`ci\\s+devono`, 'nous doivent'),
  rule(`ci\\s+deve`, 'nous doit'),
  rule(`devono`, 'doivent'),
  rule(`deve`, 'doit'),
  rule(`qual\\s*(?:è|e${AP})`, 'quel est'),
  rule(`quali`, 'quels'),
  rule(`quale`, 'quel'),
  rule(`sono\\s+previst[ie]`, 'sont prévus'),
  rule(`previst[ieoa]`, 'prévus'),
  rule(`(?:già|gia)\\s+(?:partit[ie]|inviat[ie]|mandat[ie]|spedit[ie])`, 'déjà envoyés'),
  rule(`(?:partit[ie]|inviat[ieoa]|mandat[ie]|spedit[ieoa])`, 'envoyés'),
  rule(`da\\s+inviare`, 'à envoyer'),
  // « la partita » is a game, not « partie / partis » (sent).
  rule(`partita`, 'match'),
  rule(`(?:da\\s+)?(?:più|piu|oltre)\\s+di|oltre`, 'plus de'),
  rule(`(?:da\\s+)?meno\\s+di`, 'moins de'),
  rule(`di\\s+(?:più|piu)`, 'le plus'),
  rule(`(?:passat[ieoa]|mess[ieoa])\\s+a\\s+perdita`, 'passés en perte'),
  rule(`perdite`, 'pertes'),
  rule(`perdita`, 'perte'),
  rule(`segna|registra`, 'note'),
  rule(`esporta`, 'exporte'),
  rule(`mandami`, 'envoie-moi'),
  rule(`non\\s+ha\\s+(?:ancora\\s+)?pagato`, "n'a pas payé"),
  rule(`ha\\s+pagato`, 'a payé'),
  rule(`hanno\\s+pagato`, 'ont payé'),
  rule(`pagat[ei]`, 'payées'),
  rule(`pagato`, 'payé'),
  rule(`mostrami|fammi\\s+vedere`, 'montre-moi'),
  rule(`(?:che\\s+)?cosa\\s+sai\\s+fare`, 'que sais-tu faire'),
  rule(`aiuto`, 'aide'),
  rule(`elenco`, 'liste'),
  rule(`meglio`, 'mieux'),
  rule(`peggio`, 'pire'),
  rule(`peggiori`, 'pires'),
  rule(`superiori\\s+a`, 'supérieurs à'),
  rule(`inferiori\\s+a`, 'inférieurs à'),
  // The domain's words.
  rule(`le\\s+fatture`, 'les factures'),
  rule(`fatture`, 'factures'),
  rule(`(?:la\\s+)?fattura`, 'la facture'),
  rule(`scadut[ei]`, 'échues'),
  rule(`scadut[oa]`, 'échue'),
  rule(`(?:gli|i)\\s+insoluti`, 'les impayés'),
  rule(`insoluti`, 'impayés'),
  rule(`insolut[oa]`, 'impayé'),
  rule(`i\\s+solleciti`, 'les relances'),
  rule(`solleciti`, 'relances'),
  rule(`(?:il\\s+)?sollecito`, 'la relance'),
  rule(`gli\\s+incassi`, 'les encaissements'),
  rule(`incassi`, 'encaissements'),
  rule(`i\\s+pagamenti`, 'les paiements'),
  rule(`pagamenti`, 'paiements'),
  rule(`(?:il\\s+)?pagamento`, 'le paiement'),
  rule(`(?:lo\\s+)?storico`, "l'historique"),
  rule(`(?:al\\s+)?contenzioso`, 'au contentieux'),
  rule(`(?:l${AP})?avvocato`, "l'avocat"),
  rule(`(?:a\\s+)?rischio\\s+(?:alto|elevato|elev${E})`, 'à risque élevé'),
  rule(`(?:a\\s+)?rischio\\s+basso`, 'à risque faible'),
  rule(`(?:a\\s+)?rischio\\s+medio`, 'à risque modéré'),
  rule(`rischio`, 'risque'),
  rule(`segmento`, 'segment'),
  rule(`in\\s+totale|in\\s+tutto`, 'en tout'),
  rule(`tutti\\s+i\\s+clienti`, 'tous les clients'),
  rule(`il\\s+cliente`, 'le client'),
  rule(`i\\s+clienti`, 'les clients'),
  rule(`clienti`, 'clients'),
  rule(`(?:in\\s+|en\\s+)?grafico|in\\s+graphique`, 'en courbe'),
  rule(`in\\s+corso`, 'en cours'),
  rule(`ancora\\s+apert[ei]`, 'encore ouvertes'),
  rule(`apert[ei]`, 'ouvertes'),
  rule(`ancora`, 'encore'),
  rule(`contestat[ei]`, 'contestées'),
  rule(`tasso`, 'taux'),
  rule(`(?:le\\s+)?messe\\s+in\\s+mora`, 'les mises en demeure'),
  rule(`(?:la\\s+)?messa\\s+in\\s+mora`, 'la mise en demeure'),
  rule(`(?:le\\s+)?lettere`, 'les lettres'),
  rule(`raccomandat[ei]`, 'recommandées'),
  rule(`(?:i\\s+)?piani\\s+di\\s+rientro|(?:le\\s+)?rateizzazioni`, 'les échéanciers'),
  rule(`(?:il\\s+)?piano\\s+di\\s+rientro|(?:la\\s+)?rateizzazione`, "l'échéancier"),
  rule(`(?:una\\s+)?promessa`, 'une promesse'),
  rule(`(?:i\\s+)?clienti\\s+morosi|(?:i\\s+)?morosi`, 'les mauvais payeurs'),
  rule(`contenziosi`, 'contentieux'),
  rule(`(?:la\\s+)?scheda(?:\\s+cliente)?`, 'la fiche client'),
  rule(`recapit[oi]|contatt[oi]`, 'coordonnées'),
  rule(`crediti`, 'créances'),
  rule(`pratiche`, 'dossiers'),
  rule(`pratica`, 'dossier'),
  rule(`debitori`, 'débiteurs'),
  rule(`pagatori`, 'payeurs'),
  rule(`in\\s+ritardo`, 'en retard'),
  rule(`ritardi`, 'retards'),
  rule(`ritardo`, 'retard'),
  rule(`situazione`, 'situation'),
  rule(`evoluzione|andamento`, 'évolution'),
  rule(`telefono`, 'téléphone'),
  rule(`adesso|ora`, 'maintenant'),
  rule(`per\\s+favore|per\\s+piacere|grazie(?:\\s+mille)?`, ' '),
  rule(`per\\s+(?=aujourd|demain|hier)`, 'pour '),
  rule(`per`, 'par'),
  rule(`tra`, 'parmi'),
  rule(`chi|che`, 'qui'),
  rule(`è`, 'est'),
  // The articles and prepositions before French words.
  rule(`il\\s+(${IL_NOUN})`, 'le $1'),
  rule(`gli|lo`, 'les'),
  rule(`della|dalla|nella`, 'de la'),
  rule(`dello|del|dal|nel`, 'du'),
  rule(`dei|degli|delle`, 'des'),
  rule(`al`, 'au'),
  rule(`di`, 'de'),
  rule(`da`, 'de'),
  rule(`e(?<=\\p{L}\\se)(?=\\s+\\p{L})`, 'et'),
  rule(`o(?<=\\p{L}\\so)(?=\\s+\\p{L})`, 'ou'),
  [/(?<![\p{L}\p{N}])i(?=\s+[\p{L}\p{N}])/gu, 'les'],
];

const ITALIAN = new RegExp(
  `${W}(?:quest[oa]|quest${AP}anno|scors[oa]|prossima|ultimi|${Object.keys(MONTH).join('|')}|ieri|oggi|domani|settimana|mese|giorno|che\\s+punto|posso|mi\\s+fai|mi\\s+dai|dammi|fammi|quant[oaie]|ci\\s+dev[eo]n?o?|devono|qual\\s*(?:è|e${AP})|quali|previst[ieoa]|già|gia|partit[aie]|inviat[ie]|spedit[ie]|meglio|peggio|peggiori|superiori|inferiori|fattur[ae]|scadut[eioa]|insolut[ioa]|sollecit[io]|incassi|pagament[io]|storico|contenzioso|avvocato|rischio|segmento|in\\s+totale|tutti|il\\s+cliente|clienti|grafico|in\\s+graphique|in\\s+corso|apert[ei]|contestat[ei]|crediti|riepilogo|medi|percentuale|mantenut[ei]|successo|stato|scadenza|scadenzario|saldo|anzianit(?:à|a)|inviat[oa]|pagat[oei]|mostrami|vedere|sai\\s+fare|aiuto|elenco|morosi|contenziosi|scheda|recapit[oi]|contatt[oi]|tasso|mora|lettere|raccomandat[ei]|rientro|rateizzazion[ei]|promessa|perdit[ae]|segna|esporta|mandami|oltre|più|piu|giorni|luned(?:ì|i)|marted(?:ì|i)|mercoled(?:ì|i)|gioved(?:ì|i)|venerd(?:ì|i)|rispetto|pratiche|pratica|chiederti|chiedere|ricevut[ieoa]|incassat[ieoa]|incass${E}e?s?|raccomand${E}e?s?|passat[ao]|puoi|debitori|pagatori|ritard[io]|situazione|evoluzione|andamento|telefono|adesso|per\\s+favore|grazie|ciao|gli|della|dei|degli|delle)${B}`,
  'iu',
);

/** A question about the language itself (« come si dice sollecito in francese ? »), left as typed. */
const ABOUT_WORDS = /come\s+si\s+(?:dice|scrive|traduce)|cosa\s+(?:vuol\s+dire|significa)|che\s+significa/iu;

/** French words of the phrases above, which may also be in a name (« Les Tilleuls »). */
const FRENCH = new Set(['les', 'le', 'la', 'de', 'a', 'en', 'au', 'du', 'des', 'i', 'e']);

/** The text with the Italian-native accountant's words in the French the parser reads. */
export function withItalianWords(text: string, isNameWord: (norm: string) => boolean): string {
  if (!ITALIAN.test(text) || ABOUT_WORDS.test(text)) return text;
  let out = text;
  for (const [re, french] of RULES)
    out = out.replace(re, (said: string, ...groups: unknown[]) => {
      // A word of a customer's name is left as typed.
      const words = said.split(/[^\p{L}\p{N}]+/u).map(normalizeWord);
      if (words.some((w) => w !== '' && !FRENCH.has(w) && isNameWord(w))) return said;
      return french.replace(/\$(\d)/g, (_d, n: string) => {
        const group = groups[Number(n) - 1];
        return typeof group === 'string' ? group : '';
      });
    });
  return out;
}
