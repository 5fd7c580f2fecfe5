/**
 * Common French first names (issue 16, eighth round): a colleague named in a question (« ou c’est
 * Camille qui gère ? », « c’est pour Julie ») is a person, not a customer. A first name typed alone
 * names a customer only when it is a whole word of the customer's name (« Julien » for « Julien
 * Bernard »), never as its prefix or typo (« Julie » is not « Julien »), and it is no unknown
 * customer unless placed like one (« impayés de Camille », « chez Camille »).
 */
const NAMES = `
adrien agathe agnes alain alexandra alexandre alice aline amandine amelie anais andre anne annie antoine arnaud
arthur audrey aurelie aurelien baptiste benedicte benjamin benoit bernard bertrand brigitte bruno camille
caroline catherine cecile celine charles charlotte chantal christian christine christophe claire claude
clement clemence corinne damien daniel david delphine denis didier dominique elise elodie emilie emma
emmanuel eric estelle etienne eva fabien fabienne fabrice florence florian franck francois francoise
frederic gabriel gael genevieve georges gerard gilles guillaume helene herve hugo isabelle jacques jean
jeanne jerome joel jonathan jose josiane julie julia julien juliette justine karine kevin laetitia laure
laurence laurent lea leo lionel louis louise luc lucas lucie ludovic manon marc marie marine martine
mathieu mathilde matthieu maxime melanie michel michele mickael monique muriel nadia nathalie nicolas
nicole noemie olivier pascal pascale patrice patricia patrick paul pauline philippe pierre quentin raphael
regis remi renaud richard robert romain sabine sandrine sebastien severine simon sophie stephane
stephanie sylvain sylvie thierry thomas valerie vanessa veronique victor vincent virginie xavier yann
yves zoe
`;

const FIRST_NAMES = new Set(NAMES.split(/\s+/).filter(Boolean));

/** Whether the normalised word (lower case, no accents) is a common first name. */
export function isFirstName(norm: string): boolean {
  return FIRST_NAMES.has(norm);
}
