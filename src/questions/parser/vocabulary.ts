/**
 * Words that carry no meaning for the parser on their own (articles, pronouns, question words,
 * politeness, generic nouns such as « factures » or « montant »). Whatever is left after the
 * extractors and is not one of these may be a customer's name — or a word not understood, which the
 * bot then says rather than silently ignoring it.
 */
import { INFORMAL_WORDS } from './informal';
import { SPREADSHEET_WORDS } from './spreadsheet';
import { CHAT_WORDS } from './chat-slang';
import { keywordStem, normalizeWord, sameWord, type Token } from './tokens';

const WORDS = `
a à ai as au aux avec avez avons avoir ayant bien c ça ca ce ceci cela celle celles celui cet cette ces ceux ci
chez comme comment d dans de des donc du elle elles en est es et etc été etre être eu eux il ils j je jusqu l la
le les leur leurs lui m ma mais me mes moi mon n ne ni nos notre nous on ont ou où par pas peu peut peux plus pour
pourquoi qu quand que quel quelle quelles quels qui quoi s sa sans se ses si son sont sous sur t ta te tes toi ton
tous tout toute toutes tu un une vos votre vous y
alors aussi autre autres avant apres après chaque encore deja déjà ici juste meme même oui non ok okay voici voila
combien liste lister listez listes montre montrez montrer affiche affichez afficher donne donnez donner voir
voudrais veux voulez aimerais souhaite souhaiterais peux pouvez pourrais pourriez dis dites dire savoir sais sait
connaitre connaître indique indiquez indiquer trouve trouver cherche chercher calcule calculer calculez svp stp merci please
bonjour salut hello hey actuellement actuel actuelle actuels maintenant total totaux totale montant montants
ressortaient ressortait ressortent ressort tels telles enjeu enjeux arrete arretes arretee arretees arrêté arrêtés arrêtée arrêtées ventile ventiles ventilé ventilés ventilee ventilees ventilée ventilées
somme sommes euro euros eur ttc ht facture factures client clients clientele clientèle chiffre chiffres nombre nombres detail détail
details détails etat état point données donnees niveau ensemble global globale globaux portefeuille cas
mois jour jours semaine semaines an ans annee année annees années date dates depuis partir periode période
fin debut début derniers dernier derniere dernière dernieres dernières prochain prochaine cours courant
greenova relances relance question questions combien svp
il y a-t-il t-il est-ce qu'est-ce quelles quelqu quelque quelques lequel laquelle lesquels lesquelles
beaucoup tres très trop assez moins
ouvert ouverte ouverts ouvertes actif actifs active actives existant existants existantes
methode méthode epuisement épuisement calcul calculé calcule tenu tenue tenus tenues
commercial commerciale commerciaux commerciales equipe équipe equipes équipes collegue collègue collegues collègues
compta comptas comptabilite comptabilité comptable comptables assistant assistante stagiaire directeur directrice patron patronne chef boss gerant gérant gerante gérante
conge congé conges congés vacances absence absent absente reunion réunion salle bureau
cloture clôture rtt
truc trucs machin bidule outil outils appli application logiciel bot chatbot
liste ensemble stade etape étape etapes étapes dossier dossiers arrivent arrivant arrive arrivera echeance échéance echeances échéances vs versus contre compare comparé comparaison rapport
du dû dus dûs due dûe dues dûes restant restants restante restantes
sauf hors hormis excepte excepté exceptee exceptée exception exclu exclue exclus exclues excluant exclure compris comprise
`;

const STOP = new Set(
  `${WORDS} ${INFORMAL_WORDS} ${SPREADSHEET_WORDS} ${CHAT_WORDS}`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalizeWord),
);
const LONG_STEMS = [...STOP].filter((w) => w.length >= 5).map(keywordStem);

/** Whether the token is one of the meaningless words (a typo forgiven in a word of five letters or more). */
export function isStopWord(token: Pick<Token, 'norm' | 'stem'>): boolean {
  if (STOP.has(token.norm)) return true;
  return token.norm.length >= 5 && LONG_STEMS.some((s) => sameWord(token, s));
}

/** Whether the word, exactly as typed (no typo forgiven), is one of the meaningless words. */
export function isExactStopWord(norm: string): boolean {
  return STOP.has(norm);
}
