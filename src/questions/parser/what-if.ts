/**
 * A hypothesis is no question about the ledger (issue 16, twentieth round): « si la SGH payait tout
 * demain, notre DSO serait à combien ? », « si la mairie paye tout demain notre dso serait de
 * combien », « si la SGH ne payait jamais, est-ce qu'on devrait la passer en perte ? ». Relances
 * reads the ledger as it stands and as it stood; it neither simulates a payment nor advises a
 * write-off — the figure of today, given for such a question, answers what was not asked.
 *
 * The sign: a clause of condition (« si », « s'il », « et si », « supposons / imaginons / admettons
 * que », « dans l'hypothèse où », « au cas où ») whose verb is an event of the receivables (paying,
 * settling, failing, filing, writing off, reminding), in the imperfect or the pluperfect (« payait »,
 * « avait réglé »), or in the present when the sentence says what would or will follow (a
 * conditional « serait », « devrait », a future « sera », advice « faut-il »), or a figure's move
 * asked in the present (« si X paie tout, le taux d'impayés il descend à combien ? », « … ça tombe de
 * combien ? »; twenty-second round; « et si la SGH paie, le DSO baisse ? », a measure's move asked yes or
 * no; forty-fourth), or its effect (« si on perd les 3 plus gros clients, quel impact
 * sur le BFR ? »; twenty-fourth round), or what the asker will then do (« si Dupont paie pas je livre
 * plus », « s'il ne règle pas, on bloque les commandes »; twenty-sixth round).
 * It is read before the commands: « imaginons que l'hôtel du Parc paie tout lundi, … » records no
 * promise; nor is such a supposition a hedge left out (./hedges.ts).
 * Not a hypothesis: an indirect question (« dis-moi si la SGH a payé », « je voudrais savoir si
 * Dupont paie »), a payment already made (« si la SGH a payé »), courtesy (« si possible », « si vous
 * pouviez »: no event of the receivables).
 */
import { normalizeWord } from './tokens';

/** Stems of the receivables' events, as their imperfect and present read (accents dropped). */
const EVENTS =
  'pay|pai|regl|sold|vers|rembours|honor|encaiss|recuper|recouvr|relanc|pass|fais|depos|ferm|coul|tomb|annul|perd|disparaiss|rentr|fil';

/** The imperfect of an event (« payait », « ne réglaient », « passions »). */
const IMPERFECT = `(?:${EVENTS})(?:ait|aient|ions|iez)`;
/** The pluperfect (« avait payé », « était soldée », « avaient tout réglé »). */
const PLUPERFECT =
  '(?:avait|avaient|avions|aviez|etait|etaient)(?: pas| jamais| rien| tout| deja)? (?:pay|regl|sold|vers|rembours|honor|encaiss|recuper|recouvr|relanc|pass|fait|depos|ferm|tomb|annul|perdu|plac|mis)\\w*';
/** The present (« paie », « payent », « règle », « fait faillite »), and a learner's infinitive (« si SGH payer tout »). */
const PRESENT =
  '(?:payer|regler|solder|paie|paye|paient|payent|payons|regle|reglent|reglons|solde|soldent|verse|versent|rembourse|remboursent|honore|honorent|encaisse|encaissent|encaissons|recupere|recuperons|fait|font|depose|deposent|ferme|ferment|coule|coulent|tombe|tombent|passe|passent|relance|relancons|annule|annulons|perd|perdons|pays|pay|settles|settle|defaults|default|goes|closes|close|baisse|baissent|augmente|augmentent|diminue|diminuent|monte|montent|grimpe|grimpent|recule|reculent)';

/** What opens a condition, then its subject and a negation or pronoun (a few words). */
const CONDITION =
  '(?:^| )(?:et )?(?:si|if|s il|s ils|s elle|s elles|(?:supposons|imaginons|admettons|mettons|a supposer|en supposant) qu(?:e)?|dans l hypothese ou|au cas ou)(?: [^| ]+){0,6}?';
const BEFORE_VERB = '(?: ne| n)?(?: nous| leur| lui| les| la| le| l| y| en| nous le| nous les)?';

const IMAGINED = new RegExp(`${CONDITION}${BEFORE_VERB} (?:${IMPERFECT}|${PLUPERFECT})(?= |$)`);
const IMAGINED_NOW = new RegExp(`${CONDITION}${BEFORE_VERB} ${PRESENT}(?= |$)`);
/**
 * A conditional, a future or advice saying what would follow (« serait », « devrait-on », « sera »,
 * « faut-il »), or its effect asked (« quel impact sur le BFR ? », « ça change quoi ? »; twenty-fourth round), or what is then done
 * (« si la SGH paye pas on fait quoi ? », « … qu'est-ce qui arrive ? »; twenty-eighth round), or the loss
 * (« si Dupont dépose le bilan on perd combien », « combien on perd si la SGH coule ? »; thirty-fourth),
 * or the money got back (« si la crèche ferme, on récupère notre argent ? »), in English as well (« if
 * Dupont pays late again, should I stop delivering them? »; thirty-seventh).
 */
const WHAT_FOLLOWS =
  /(?:^| )(?:on|nous|ca|le taux|le dso|l encours) (?:passe|passons|tombe|tombons|descend|descendons|repasse|repassons|arrive|arrivons|reste|restons) (?:sous|en dessous|au dessous|au dessus|au dela|sous la barre)(?= |$)|(?:^| )(?:je|on|j|nous) (?:ne |n )?(?:le |la |les |lui |leur )?(?:livre|livrons|livrerai|livrera|bloque|bloquons|bloquerai|bloquera|coupe|coupons|arrete|arretons|stoppe|stoppons|suspends|suspend|suspendons|expedie|expedions) ?(?:plus|pas|rien|tout|les commandes|la livraison|les livraisons)?(?= |$)|(?:^| )(?:quel|quels|quelle|quelles) (?:impact|impacts|effet|effets|incidence|incidences|consequence|consequences)(?= |$)|(?:^| )(?:impact|impacts|incidence|incidences|consequences?)(?= |$)|(?:^| )ca (?:donne|change|fait) quoi(?= |$)|(?:^| )(?:should|shall|would|will|could|do|must) (?:i|we|it)(?= |$)|(?:^| )what happens(?= |$)|(?:^| )(?:on|nous) (?:recupere|recuperons|recuperera|recupererons|reverra|reverrons|touche|toucherons|revoit) (?:notre|nos|l|les|le|quelque|qqch|un|une|de l)(?= |$)|(?:^| )(?:(?:on|nous) (?:perd|perdons|perdra|perdrons) combien|combien (?:on|nous) (?:perd|perdons|perdra|perdrons)|combien perd on)(?= |$)|(?:^| )(?:on fait (?:quoi|comment)|on doit faire quoi|que fait on|que faire|quoi faire|que faut il faire|qu est ce qu il faut faire|il faut faire quoi|qu est ce qu on doit faire|qu est ce que je fais|je fais quoi|qu est ce qu on fait|qu est ce qui (?:se passe|arrive|va se passer|va arriver)|que se passe t il|il se passe quoi|il arrive quoi)(?= |$)|(?:^| )(?:\w+(?:rait|raient|rions|riez)|sera|seront|aura|auront|deviendra|deviendront|combien devenir|devenir combien|devient combien|faudra|devra|devrons|faut il|doit on|doit il)(?= |$)|(?:^| )(?:dso|taux|encours|delai|delais|retards?|impayes|ratio|bfr|tresorerie)(?: (?!(?:a|ont|est|sont|avait|avaient|etait|etaient)\b)\S+){0,3}? (?:baisse|baissent|monte|montent|augmente|augmentent|diminue|diminuent|remonte|remontent|s ameliore|s ameliorent|se degrade|se degradent|bouge|bougent|change|changent|recule|reculent|chute|chutent|descend|descendent)(?= |$)|(?:^| )(?:descend|descendent|redescend|baisse|baissent|monte|montent|remonte|passe|passent|tombe|tombent|chute|diminue|augmente|recule|arrive|arrivons|revient|devient|se retrouve|se retrouvent|on se retrouve)(?: t (?:il|elle|on))? (?:a|de|jusqu a) (?:combien|quoi|quel|quelle|quels|quelles)(?= |$)/;
/** « dis-moi si », « savoir si », « vérifie si »: an indirect question, asked of what is. */
const INDIRECT = new Set(
  `dis dites dire savoir sais sait savez voir vois voyez verifie verifiez verifier regarde regardez regarder
  demande demandez demander demandais check checke confirme confirmez confirmer indique indiquez indiquer
  precise precisez preciser ignore sur certain certaine`
    .split(/\s+/)
    .filter(Boolean),
);

/** The message, its words accent-free and lower case, its clauses split by « | », « s'il vous plaît » out. */
function clauses(text: string): string {
  return (
    normalizeWord(text)
      .replace(/[,;:.!?()]+/g, ' | ')
      .replace(/[^a-z0-9|]+/g, ' ')
      .replace(/\bs il (?:vous|te) plait\b/g, ' ')
      // « on fait koi ? », « on fait kwa »: chat spelling (forty-fifth round).
      .replace(/\b(?:koi|kwa|quoa)\b/g, 'quoi')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The conditions that imagine an event of the receivables, outside an indirect question. */
function imagined(said: string, re: RegExp): boolean {
  for (const m of said.matchAll(new RegExp(re.source, 'g'))) {
    // The few words before the condition, in its clause: « dis-moi si … » asks what is.
    const before = said.slice(0, m.index).split('|').at(-1)!.trim().split(' ').slice(-3);
    if (!before.some((w) => INDIRECT.has(w))) return true;
  }
  return false;
}

/** Whether the question imagines an event of the receivables and asks what would follow. */
export function imaginesWhatIf(text: string): boolean {
  const said = clauses(text);
  // « What if we stopped chasing small invoices? », « what if Dupont never pays? »: English says the
  // hypothesis in two words, whatever follows (forty-sixth round).
  if (/(?:^|[ |])what if /.test(said)) return true;
  return imagined(said, IMAGINED) || (WHAT_FOLLOWS.test(said) && imagined(said, IMAGINED_NOW));
}

/**
 * Whether a supposition imagines an event of the receivables (« à supposer que la mairie paie tout
 * demain »): not a hedge to leave out (./hedges.ts), what the question is about.
 */
export function imaginesAnEvent(supposition: string): boolean {
  const said = clauses(supposition);
  return imagined(said, IMAGINED) || imagined(said, IMAGINED_NOW);
}
