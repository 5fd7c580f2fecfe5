/**
 * « exposure globale », « exposition totale », « notre exposure » (issue 16, left by the eleventh
 * round): the total exposure is everything the customers owe, due or not — the aged balance, as
 * « l’encours total » and « combien nous doit-on ? » with no customer are (the labelling brief), not
 * only the unpaid invoices, which are the part past due. Rewritten « encours total » in the text; a
 * customer named after it (« l’exposition globale de Biocoop ») still makes it that customer's
 * situation (./customer-situation.ts). French and English words alike: « exposure globale » has no
 * French word of grammar for ./finance-jargon.ts to know it French.
 */
import { A, B, E, S, SEP, W } from './regex-fragments';

const QUALIFIED =
  /(?<![\p{L}])(?:exposures?|expositions?)\s+(?:globale?s?|totale?s?|consolid[ée]e?s?|nette?s?|brute?s?|clients?|client[èe]le|du\s+groupe|overall|total)(?:\s+(?:du|de\s+la)\s+(?:groupe|soci[ée]t[ée]|bo[iî]te))?(?![\p{L}])/giu;

/** The word alone, with at most a possessive or an article and a question's words. */
const ALONE =
  /^\s*(?:(?:quelle|c['’]?\s*est\s+quoi|c\s+koi|quid\s+de)\s+)?(?:est\s+)?(?:notre|l['’]|la|mon|ma)?\s*(?:exposure|exposition)\s*(?:actuelle?\s*)?(?:[?!.]\s*)*$/iu;

/**
 * « on est exposés à combien ? », « combien on est exposé sur X », « à combien sommes-nous exposés
 * chez X » (issue 16, fourteenth round: an interim CFO): how much is at stake is what is owed, the
 * same « encours total » — X's situation with a customer.
 */
const HOW_MUCH_EXPOSED = new RegExp(
  `${W}(?:(?:on${S}est|nous${S}sommes|sommes${SEP}nous|est${SEP}on|on${S}${E}tait)${S}expos${E}e?s?${S}(?:${A}|de|pour)${S}(?:hauteur${S}de${S})?combien|` +
    `(?:${A}${S})?combien${S}(?:on${S}est|nous${S}sommes|sommes${SEP}nous|est${SEP}on)${S}expos${E}e?s?)${B}`,
  'giu',
);

/**
 * « top 10 expositions clients », « les 5 plus grosses expositions », « nos principales expositions
 * par client » (twenty-fourth round: an acquirer's due diligence): exposures ranked are the customers
 * ranked by what they owe — the top late payers, the number said its size.
 */
const RANKED = new RegExp(
  `${W}(?:top${S}?(\\d{1,3})${S}(?:des${S})?|(?:(?:les|nos)${S})?(?:(\\d{1,3})${S})?(?:plus${S}(?:grosses|grandes|fortes|importantes)|principales|premi${E}res)${S})` +
    `(?:exposures?|expositions?)(?:${S}(?:par${S})?clients?)?${B}`,
  'giu',
);

export function withExposure(text: string): string {
  if (!/expos/i.test(text)) return text;
  if (ALONE.test(text)) return 'encours total ?';
  return (
    text
      .replace(RANKED, (_m, top?: string, n?: string) => {
        const size = top ?? n;
        return size ? `top ${size} des clients qui nous doivent le plus` : 'clients qui nous doivent le plus';
      })
      .replace(HOW_MUCH_EXPOSED, 'encours total')
      .replace(QUALIFIED, 'encours total')
      // « exposure Dupont & Fils, à date »: the English word right before a capitalised name, with no
      // French word of grammar around for ./finance-jargon.ts — that customer's balance (fortieth round).
      .replace(/(?<![\p{L}])[Ee]xposures?(?=\s+\p{Lu})/gu, 'encours')
  );
}
