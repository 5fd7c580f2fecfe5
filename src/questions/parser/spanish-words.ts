/**
 * A Spanish-native accountant's words (issue 16, sixteenth round), rewritten in the text into the
 * French the parser reads, before commands and questions read it: the domain's and the calendar's
 * Spanish words (« cuánto », « facturas vencidas », « nos deben », « este mes », « ayer », « mañana »,
 * « la semana pasada », « por cliente », « morosos », « pérdidas », « la segunda quincena »), the
 * Spanish articles before a French word (« el total », « los Jardins », « las relances ») and the
 * articles or genders a learner gets wrong (« les factura », « cette mois »).
 *
 * Only words that are not French are read (« mes », « y », « que » are left alone; « mes » only in
 * « este mes », « mes por mes », « el mes pasado »), each a whole word: a customer's name is never
 * rewritten unless it is one of these Spanish words, and a word left unread stays unknown, as before.
 */
import { B, E, W } from './regex-fragments';
import { normalizeWord } from './tokens';

const A = '[aáàâ]';
const I = '[iíî]';
const O = '[oó]';
const U = '[uú]';
const N = '[nñ]';

function rule(source: string, french: string): readonly [RegExp, string] {
  return [new RegExp(`${W}(?:${source})${B}`, 'giu'), french];
}

/** The months in Spanish, to their French names. */
const MONTH: Readonly<Record<string, string>> = {
  enero: 'janvier',
  febrero: 'février',
  marzo: 'mars',
  abril: 'avril',
  mayo: 'mai',
  junio: 'juin',
  julio: 'juillet',
  agosto: 'août',
  septiembre: 'septembre',
  setiembre: 'septembre',
  octubre: 'octobre',
  noviembre: 'novembre',
  diciembre: 'décembre',
};
const MONTHS = Object.keys(MONTH).join('|');

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Periods first, whole phrases (« este mes » before « mes » could be read alone).
  rule(`(?:de\\s+)?${E}ste\\s+mes`, 'de ce mois'),
  rule(`(?:el\\s+)?mes\\s+pasado`, 'le mois dernier'),
  rule(`mes\\s+por\\s+mes`, 'par mois'),
  rule(`(?:de\\s+)?${E}sta\\s+semana`, 'de cette semaine'),
  rule(`(?:la\\s+)?semana\\s+pasada`, 'la semaine dernière'),
  rule(`(?:la\\s+)?pr${O}xima\\s+semana`, 'la semaine prochaine'),
  rule(`${E}ste\\s+a${N}o`, 'cette année'),
  rule(`(?:el\\s+)?a${N}o\\s+pasado`, "l'an dernier"),
  rule(`(?:los\\s+)?${U}ltimos\\s+(\\d+)\\s+d${I}as`, 'les $1 derniers jours'),
  rule(`(?:los\\s+)?${U}ltimos\\s+(\\d+)\\s+meses`, 'les $1 derniers mois'),
  rule(`(\\d{1,2})\\s+de\\s+(${MONTHS})`, '$1 $2'),
  ...Object.entries(MONTH).map(([es, fr]) => rule(es, fr)),
  rule(`al`, 'au'),
  rule(`ayer`, 'hier'),
  rule(`hoy`, "aujourd'hui"),
  rule(`ma${N}ana`, 'demain'),
  rule(`primera\\s+quincena`, 'première quinzaine'),
  rule(`segunda\\s+quincena`, 'deuxième quinzaine'),
  rule(`quincena`, 'quinzaine'),
  // « la primera quinzaine de novembre », « el trimestre anterior », « los malos pagadores », « del
  // dinero », « solo los clientes … », « te preguntar » (fortieth round).
  rule(`primera\\s+(quinzaine|semaine)`, 'première $1'),
  rule(`segunda\\s+(quinzaine|semaine)`, 'deuxième $1'),
  rule(`(?:el\\s+)?mes\\s+anterior`, 'le mois précédent'),
  rule(`(?:el\\s+)?a${N}o\\s+anterior`, "l'année précédente"),
  rule(`(trimestre|mois|semestre)\\s+anterior`, '$1 précédent'),
  rule(`peores`, 'pires'),
  rule(`peor`, 'pire'),
  rule(`malos\\s+pagadores|pagadores`, 'payeurs'),
  rule(`(?:del\\s+)?dinero`, "de l'argent"),
  rule(`s${O}lo`, 'seulement'),
  rule(`preguntar`, 'demander'),
  rule(`semana`, 'semaine'),
  rule(`d${I}as`, 'jours'),
  // A learner's gender or number: « cette mois », « ce semaine », « les factura ».
  rule(`cette\\s+mois`, 'ce mois'),
  rule(`ce\\s+semaine`, 'cette semaine'),
  rule(`ce\\s+ann${E}e`, 'cette année'),
  // The domain's words.
  rule(`cu${A}nt[oa]s?`, 'combien'),
  rule(`(?:el|lo)\\s+m[aá]s`, 'le plus'),
  rule(`más`, 'plus'),
  rule(`historial`, 'historique'),
  rule(`mu${E}str(?:a|e)me|ens${E}${N}(?:a|e)me`, 'montre-moi'),
  rule(`lista`, 'liste'),
  rule(`cu${A}les`, 'quelles'),
  rule(`se\\s+h?a`, 'on a'),
  rule(`nos\\s+deben`, 'nous doivent'),
  rule(`nos\\s+debe`, 'nous doit'),
  rule(`deben`, 'doivent'),
  rule(`debe`, 'doit'),
  rule(`facturas`, 'factures'),
  rule(`(les|des|mes|ces|nos|vos)\\s+factura`, '$1 factures'),
  rule(`factura`, 'facture'),
  rule(`vencid[ao]s`, 'échues'),
  rule(`vencid[ao]`, 'échue'),
  rule(`impagad[ao]s`, 'impayées'),
  rule(`impagad[ao]`, 'impayée'),
  rule(`recibid[ao]s`, 'reçus'),
  rule(`recibid[ao]`, 'reçu'),
  rule(`cobrad[ao]s?`, 'encaissé'),
  rule(`cobros`, 'encaissements'),
  // « que no han pagado », « no pagadas »: not paid (before « pagadas », paid).
  rule(`(?:que\\s+)?no\\s+(?:han|ha|hemos|fueron)\\s+(?:sido\\s+)?pagad[ao]s?`, 'pas payées'),
  rule(`no\\s+pagad[ao]s?`, 'impayées'),
  rule(`(?:el\\s+)?(?:promedio|plazo(?:\\s+medio)?)\\s+de\\s+(?:pago|cobro)`, 'le délai moyen de paiement'),
  rule(`incumplid[ao]s?`, 'non tenues'),
  rule(`cumplid[ao]s?`, 'tenues'),
  rule(`pendientes?`, 'en attente'),
  rule(`pagad[ao]s`, 'payées'),
  rule(`pagad[ao]`, 'payé'),
  rule(`enviad[ao]s`, 'envoyées'),
  rule(`enviad[ao]`, 'envoyé'),
  rule(`cartas`, 'lettres'),
  rule(`carta`, 'lettre'),
  rule(`correos`, 'mails'),
  rule(`correo`, 'mail'),
  rule(`saldo`, 'solde'),
  rule(`deudas`, 'dettes'),
  rule(`deuda`, 'dette'),
  rule(`(?:con\\s+)?(?:riesgo\\s+alto|alto\\s+riesgo)`, 'à risque élevé'),
  rule(`(?:con\\s+)?(?:riesgo\\s+bajo|bajo\\s+riesgo)`, 'à risque faible'),
  rule(`(?:con\\s+)?riesgo\\s+(?:medio|moderado)`, 'à risque modéré'),
  rule(`litigio`, 'litige'),
  rule(`qui${E}n`, 'qui'),
  rule(`necesito|quiero`, 'je veux'),
  rule(`por\\s+favor`, "s'il vous plaît"),
  rule(`gracias`, 'merci'),
  rule(`pagos`, 'paiements'),
  rule(`pago`, 'paiement'),
  rule(`morosos|morosas`, 'mauvais payeurs'),
  rule(`moros[oa]`, 'mauvais payeur'),
  rule(`p${E}rdidas`, 'pertes'),
  rule(`p${E}rdida`, 'perte'),
  rule(`retrasos`, 'retards'),
  rule(`retraso`, 'retard'),
  rule(`promesas`, 'promesses'),
  rule(`litigios`, 'litiges'),
  rule(`abogad[oa]s?`, 'avocat'),
  rule(`tel${E}fono`, 'téléphone'),
  rule(`clientes`, 'clients'),
  rule(`cliente`, 'client'),
  rule(`segmento`, 'segment'),
  rule(`riesgo`, 'risque'),
  rule(`por`, 'par'),
  rule(`puedo`, 'puis-je'),
  rule(`hacer`, 'faire'),
  rule(`en\\s+est${A}`, 'en est'),
  rule(`m${A}s\\s+de`, 'plus de'),
  rule(`menos\\s+de`, 'moins de'),
  rule(`desde`, 'depuis'),
  rule(`sobre`, 'sur'),
  rule(`para`, 'pour'),
  rule(`hasta`, "jusqu'à"),
  [/^\s*dame(?![\p{L}])/iu, 'donne-moi'],
  // Spanish articles before French words (« el total », « los Jardins », « las relances »).
  rule(`del`, 'du'),
  rule(`el`, 'le'),
  rule(`los|las`, 'les'),
];

const SPANISH = new RegExp(
  `^\\s*dame|${W}(?:${E}st[ea]|semana|mes\\s+pasado|mes\\s+por|a${N}o|${U}ltimos|ayer|hoy|ma${N}ana|quincena|primera|segunda|anterior|pagadores|peor|peores|dinero|s${O}lo|preguntar|d${I}as|cette\\s+mois|ce\\s+semaine|ce\\s+ann|cu${A}nt|m[aá]s|historial|mu${E}str|ens${E}${N}|lista|cu${A}les|al|${MONTHS}|se\\s+h?a|debe|factura|vencid|impagad|recibid|cobr|pago|pagad|no\\s+(?:han|ha|hemos|fueron|pagad)|promedio|plazo|cumplid|incumplid|pendiente|enviad|carta|correo|saldo|deuda|riesgo|alto|bajo|litigio|qui${E}n|necesito|quiero|gracias|moros|p${E}rdida|retraso|promesas|litigios|abogad|tel${E}fono|cliente|segmento|riesgo|por|puedo|hacer|m${A}s\\s+de|menos|desde|hasta|sobre|para|del|el|los|las)`,
  'iu',
);

/** French words of the phrases above, which may also be in a name (« Les Tilleuls »). */
const FRENCH = new Set([
  'les',
  'des',
  'mes',
  'ces',
  'nos',
  'vos',
  'de',
  'la',
  'le',
  'ce',
  'cette',
  'en',
  'a',
]);

/** The text with the Spanish-native accountant's words in the French the parser reads. */
export function withSpanishWords(text: string, isNameWord: (norm: string) => boolean): string {
  if (!SPANISH.test(text)) return text;
  let out = text;
  for (const [re, french] of RULES)
    out = out.replace(re, (said: string, ...groups: unknown[]) => {
      // A word of a customer's name (« Restaurant El Sol ») is left as typed.
      const words = said.split(/[^\p{L}\p{N}]+/u).map(normalizeWord);
      if (words.some((w) => w !== '' && !FRENCH.has(w) && isNameWord(w))) return said;
      return french.replace(/\$(\d)/g, (_d, n: string) => {
        const group = groups[Number(n) - 1];
        return typeof group === 'string' ? group : '';
      });
    });
  return out;
}
