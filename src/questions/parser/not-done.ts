/**
 * What Relances does not do, asked with a word of its domain (issue 16, fifth round): a forecast
 * (« forecast de trésorerie du T1 », « prévisionnel d’encaissements »), a budget, or an accounting
 * entry (« passer l’écriture de provision pour créances douteuses », « comptabiliser la
 * provision »), or the turnover (« le CA prévu pour l’an prochain »). Relances reads the ledger as it stands and as it stood; it neither predicts nor
 * posts entries — such a question is not understood (what was understood and close examples),
 * never a figure of another kind.
 */
import type { Token } from './tokens';

const RULES: readonly RegExp[] = [
  // A forecast or a budget.
  /\b(?:forecast|forecasts|previsionnel|previsionnels|prevision|previsions|projection|projections|budget|budgets|budgetaire)\b/,
  // An accounting entry: « passer / comptabiliser / enregistrer l’écriture (de provision) », « provisionner ».
  /\b(?:passer|passe|passez|comptabiliser|comptabilise|comptabilisez|saisir|saisis|saisissez)\b(?: \S+){0,3} (?:ecriture|ecritures|provision|provisions|od)\b/,
  /\bprovisionner\b|\bprovisionnez\b|\bdotation\b|\bdotations\b/,
  // The turnover (« le CA prévu », « notre chiffre d’affaires »): sales, not receivables (« ça » is
  // typed « ca » too: « ça va mieux », « ça donne quoi » keep their meaning).
  // Making an invoice, a credit note or a quote (issue 16, ninth round: « cré une factur pour
  // dupont », « établis un avoir », « create an invoice »): invoicing is the ERP's work, Relances
  // only chases what is invoiced.
  /\b(?:cree|creer|creez|crees|fais|faire|faites|emets|emettre|emettez|etablis|etablir|etablissez|genere|generer|generez|redige|rediger|redigez|create)\b(?: \S+)? (?:une|un|des|nouvelle|nouveau|an|a|new) (?:\S+ )?(?:facture|factures|avoir|avoirs|devis|invoice|invoices|quote|quotes)\b/,
  /\b(?:create|creates|raise|generate|draft)\b(?: \S+){0,2} (?:invoice|invoices|facture|factures|credit note|quote)\b/,
  /\bchiffres? d affaires\b|\b(?:le|du|notre|votre|son|leur|mon|au) ca\b(?! (?:va|marche|donne|fait|sert|s|en|change|fonctionne))/,
];

/** Whether the question asks for something Relances does not do (a forecast, an entry to post). */
export function asksWhatIsNotDone(tokens: readonly Token[]): boolean {
  const words = ` ${tokens
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ')} `;
  return RULES.some((re) => re.test(words));
}
