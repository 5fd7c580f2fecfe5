/**
 * Ordinary words of the trade that name no customer (issue 16, twentieth round): placed after « de »
 * or capitalised, they were said unknown customers, and the question got no answer.
 * - the customers as a whole: « impayés de la clientèle en risque modéré » (« clientèle » is
 *   « clients », a word of the vocabulary: ./vocabulary.ts);
 * - a list arranged, said with a participle: « l'argent que les clients nous doivent, rangé par
 *   ancienneté », « regroupé / présenté / organisé / ordonné par client »;
 * - credit insurance, a purpose said beside the question: « impayés de plus de 120 jours, candidats à
 *   une déclaration de sinistre », « à déclarer à l'assureur-crédit ». What the insurer charges
 *   (« quelle est la prime d'assurance-crédit prévue pour 2027 ? ») is then read as it is, an object
 *   outside the domain (./out-of-domain.ts): no figure Relances holds.
 * Read without accents: a question typed without them is the same question.
 */

const WORDS = new Set(
  `range ranges rangee rangees classe classes classee classees ordonne ordonnes ordonnee ordonnees
  regroupe regroupes regroupee regroupees presente presentes presentee presentees organise organises
  organisee organisees
  assurance assurances assureur assureurs assureuse sinistre sinistres sinistralite declaration
  declarations declarer declare declares declaree declarees indemnisation indemnisations indemnise
  indemnises indemnisee indemnisees candidat candidats candidate candidates eligible eligibles`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether the word (its accent-free norm) is an ordinary word of the trade, never a name on its own. */
export function isPlainNoun(norm: string): boolean {
  return WORDS.has(norm);
}
