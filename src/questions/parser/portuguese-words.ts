/**
 * A Brazilian-born assistant's Portuguese words (issue 16, twenty-ninth round), rewritten in the
 * text into the French the parser reads, before commands and questions read it, like
 * ./spanish-words.ts for Spanish:
 * - the domain's: « fatura(s) » (also typed « factura »), « cliente(s) », « telefone », « ficha »,
 *   « reclamação », « boleto(s) » (a payment slip: a payment), « promessa(s) », « quanto » (how much);
 * - the calendar's: « hoje », « amanhã », « ontem », « semana passada », « este mês », the months
 *   (« outubro », « setembro »…);
 * - the articles and prepositions before a French word (« o telefone da Boulangerie Martin »,
 *   « situation do cliente C012 », « estão chez Aptos »);
 * - the words that add nothing: « por favor », « obrigada », « tudo bem ? », « né ? », « oi »,
 *   « bom dia », « tudo ok ? », « tudo resolvido » (« por favor » left the question not understood).
 * A word of a customer's name is never rewritten.
 */
import { E, S } from './regex-fragments';
import { withWordRules, wordRule, type WordRule } from './word-rules';

const rule = wordRule;

/** The months whose Portuguese names differ from the French. */
const MONTH: Readonly<Record<string, string>> = {
  janeiro: 'janvier',
  fevereiro: 'février',
  'mar[çc]o': 'mars',
  abril: 'avril',
  maio: 'mai',
  junho: 'juin',
  julho: 'juillet',
  agosto: 'août',
  setembro: 'septembre',
  outubro: 'octobre',
  novembro: 'novembre',
  dezembro: 'décembre',
};

const RULES: readonly WordRule[] = [
  // Courtesy that asks nothing.
  rule(`por${S}favor|obrigad[ao](?:${S}pela${S}ajuda)?|muito${S}obrigad[ao]`, ' '),
  rule(`tudo${S}(?:bem|ok|certo|resolvido)${S}?\\??|bom${S}dia|boa${S}tarde|oi`, ' '),
  rule(`,?\\s*n[ée]\\s*(?=\\?|$)`, ' '),
  // The calendar.
  ...Object.entries(MONTH).map(([pt, fr]) => rule(pt, fr)),
  rule(`hoje`, 'aujourd’hui'),
  rule(`amanh[ãa]`, 'demain'),
  rule(`ontem`, 'hier'),
  rule(`(?:a${S})?semana${S}passada`, 'la semaine dernière'),
  rule(`(?:n?${E}ste|nesse)${S}m[êe]s`, 'ce mois'),
  rule(`m[êe]s${S}passado`, 'le mois dernier'),
  // The domain's words.
  rule(`faturas|facturas`, 'factures'),
  rule(`(les|des|mes|ces|nos|vos)${S}(?:fatura|factura)`, '$1 factures'),
  rule(`fatura|factura`, 'facture'),
  rule(`clientes`, 'clients'),
  rule(`(?:do|da)${S}cliente`, 'du client'),
  rule(`o${S}cliente`, 'le client'),
  rule(`(?:o${S})?telefone`, 'le téléphone'),
  rule(`ficha`, 'fiche'),
  rule(`reclama[çc](?:ão|ao|ões|oes)`, 'réclamations'),
  rule(`boletos?`, 'paiements'),
  rule(`promessas`, 'promesses'),
  rule(`promessa`, 'promesse'),
  rule(`quanto|quanta`, 'combien'),
  rule(`a${S}gente`, 'on'),
  rule(`est[ãa]o`, 'sont'),
  rule(`vocês|voces`, 'vous'),
  // Articles and prepositions before a French word.
  rule(`da|do`, 'de'),
  rule(`das|dos`, 'des'),
  rule(`o(?=${S}(?:DSO|taux|solde|total|d[ée]lai|num[ée]ro|t[ée]l[ée]phone|client|contact))`, 'le'),
];

/** Words only Portuguese writes here (« da », « do », « o » alone say nothing of it: « Pizzeria Da Mario »). */
const PORTUGUESE =
  /(?<![\p{L}\p{N}])(?:(?:por\s+favor|obrigad|tudo\s+(?:bem|ok|certo|resolvido)|bom\s+dia|boa\s+tarde|janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|hoje|amanh|ontem|fatura|factura|clientes|telefone|ficha|reclama[çc]|boleto|promessa|quant[oa]|a\s+gente|est[ãa]o|vocês|voces)|(?:oi|n[ée]|m[êe]s|semana|cliente)(?![\p{L}\p{N}]))/iu;

/** The text with the Brazilian-born assistant's Portuguese words in the French the parser reads. */
export function withPortugueseWords(text: string, isNameWord: (norm: string) => boolean): string {
  return PORTUGUESE.test(text) ? withWordRules(text, RULES, isNameWord) : text;
}
