/**
 * Work that is not Relances' (issue 16, sixth round, N4): it reads and chases what customers owe —
 * it neither issues invoices (« les factures à émettre », « crée une facture pour … »), nor knows the
 * bank's balance (« la trésorerie au 31 octobre », « solde du compte en banque »), nor writes the
 * user's mail (« envoie un mail à mon patron »), nor tells the weather, the turnover or the margins,
 * nor books leave, nor sets the user's reminders (« rappelle-moi d’appeler mon comptable jeudi »).
 * Such a question holds words of the domain (« factures », « mail », a month) that would otherwise
 * pick a figure of another kind; it is not understood — what was understood and close examples,
 * never a figure.
 */
import { normalizeWord, type Token } from './tokens';

/** Words of money coming in: with them « trésorerie » is what was collected (« entrées de trésorerie »). */
const COLLECTING =
  /\b(?:encaiss\w*|recus?|recues?|rentre\w*|entrees?|collecte\w*|paiements?|reglements?|payes?|payees?|regles?|reglees?)\b/;

const RULES: readonly RegExp[] = [
  // Invoices to issue: « les factures à émettre », « quelles factures dois-je établir ce mois ? ».
  /\bfactures? (?:\S+ ){0,3}?(?:a|dois je|doit on|faut il|je dois|on doit|il faut|reste a) (?:\S+ )?(?:emettre|etablir|faire|creer|generer|preparer)\b/,
  // … or to make: « crée une facture pour X », « établis un avoir », « génère le devis » (« créer une
  // facture »: a learner's « facture nouvelle faire », ./learner-french.ts).
  /\b(?:cree|creer|creez|etablis|etablir|etablissez|emets|emettre|emettez|genere|generer|generez)\b (?:\S+ ){0,2}(?:factures?|avoirs?|devis)\b/,
  // The bank: « solde du compte en banque », « solde bancaire ».
  /\bsolde (?:\S+ ){0,3}(?:bancaire|banque)\b|\bcompte en banque\b|\bcomptes? bancaires?\b/,
  // Writing the user's mail: « envoie un mail à mon patron », « rédige un message pour … ».
  /\b(?:envoie|envoies|envoyer|envoyez|ecris|ecrire|ecrivez|redige|rediger|redigez)(?: moi| lui| leur| nous)? (?:un|une) (?:mail|email|e mail|message|mot|sms|texto|courriel)\b/,
  // The weather (« y fait frette ? »: Québec's « y » for « il », « frette » for « froid »).
  /\b(?:il|y) (?:a |avait |va |aura )?(?:fait|faire|fera) (?:pas )?(?:beau|froid|chaud|doux|gris|moche|bon|frais|frette|fret)\b|\b(?:pleut|pleuvoir|pluie|neige|neiger|meteo|canicule)\b/,
  // The asker's own job: retiring, who takes over (« je pars à la retraite en mars, qui reprendra
  // mon poste ? »: fortieth round).
  /\b(?:pars|partir|depart|departs|partirai) (?:\S+ )?(?:a la )?retraite\b|\b(?:reprendra|reprend|remplacera|remplace) (?:mon|ma) (?:poste|place|boulot|job|travail)\b/,
  // A word translated (« come si dice 'relance' en italien ? », « comment dit-on mise en demeure en
  // anglais ? »): a dictionary's work, whatever word of the domain is quoted (forty-sixth round).
  /\b(?:come si (?:dice|traduce|scrive)|comment (?:dit on|on dit|se dit|traduire|traduit on|on traduit)|how do (?:you|i|we) say|traduction (?:de|du|d)|traduis|tradui[st]\w*)\b/,
  // The asker's job at risk (« est-ce que je risque d'être viré ? », « je vais me faire virer »).
  /\b(?:je (?:risque d etre|vais etre|serai|suis)|me faire|risque de me faire) (?:vire|viree|virer|licencie|licenciee|licencier|renvoye|renvoyee|renvoyer)\b/,
  // Food (« quel est le menu de la cantine ? », « le plat du jour »): the bot's menu is its help.
  // (A canteen or a restaurant may be a customer: only its menu or the meal is food.)
  /\bmenu (?:de la |du |de l |au )?(?:cantine|cafeteria|cafet|self|resto|restaurant|midi|ce midi|ce soir)\b|\bplat du jour\b|\b(?:on mange|qu est ce qu on mange|je mange) (?:quoi|ou)\b/,
  // The office: leave (« poser un jour de congé »), passwords, expense reports.
  /\bposer (?:\S+ ){0,3}(?:conges?|rtt|vacances)\b|\bmots? de passe\b|\bnotes? de frais\b/,
  // Provisions for doubtful debts to book (« quel montant de provision faut-il constituer ? »).
  /\bprovisions?\b(?: \S+){0,4} (?:douteuses?|constituer|constitue|doter|passer|comptabiliser)\b/,
  // Bookkeeping and payments Relances does not make: « fais-moi un virement », « le lettrage du
  // 411 » (« factures non lettrées » stays a question of invoices), « la balance générale », « le
  // grand livre ».
  /\b(?:fais|faire|faites|effectue|effectuer|effectuez|passe|passer|passez|envoie|envoyer|programme|programmer)(?: moi| nous)? (?:un|une|le|les|des) virements?\b/,
  /\blettrage\b|\blettrer\b|\bbalance generale\b|\bgrand livre\b|\bbilan comptable\b/,
  // « réserve-moi un billet », « réserve nous une table »: a booking.
  /^ reserve (?:moi|nous)\b/,
  // … anywhere in the sentence (« tu ne pourrais pas me réserver un train pour Paris ? », « il faut
  // booker une salle »): a ticket, a seat, a room, a table are no receivables.
  /\b(?:reserve|reserver|reservez|reserves|booke|booker|bookez|book)\b (?:\S+ ){0,3}?(?:trains?|billets?|vols?|avions?|tgv|places?|sieges?|tables?|salles?|chambres?|taxis?|voitures?|hotels?|restos?|restaurants?|creneaux?|creneau|rendez vous|rdv)\b/,
  // An order to write off: « passe la facture de la SGH en perte » (« on a passé en perte » asks).
  // (« passé en perte ce mois » is a terse question: « passe » needs an object before « en perte »).
  /^ (?:passe|passez|mets|mettez) (?:\S+ ){1,6}en pertes?\b|^ passez en pertes?\b/,
  // The warehouse (« combien de cartons de savon en stock ? », « l'inventaire »): products, no receivables.
  // (« le stock d'impayés », « stock de créances » stay the receivables.)
  /\bstocks?\b(?! (?:d |de |des )?(?:impayes?|creances?|factures?|retards?|encours|dettes?))|\binventaires?\b|\bpalettes?\b|\bcartons? de\b/,
  // Turnover, margins, payroll.
  /\bchiffre d affaires?\b|\bmarges?\b|\bsalaires?\b|\bbulletins? de paie\b/,
  // Provisions in any form (« provisionne les créances douteuses », « le montant provisionné »,
  // « provisione » typed with one « n »): accounting work, never the unpaid invoices.
  /\bprovisio\w*\b|\bdepreci\w* (?:\S+ ){0,3}creances?\b|\bcreances? douteuses? (?:a|au|aux) (?:provision\w*|deprecier)\b/,
  // The company itself — its staff, premises, capital, shareholders (« combien de salariés compte
  // Greenova ? », « où sont nos locaux ? »): no customer's balance, whatever name follows.
  /\b(?:salaries?|employes?|effectifs?|headcount|employees|locaux|siege social|capital social|actionnaires?|organigramme)\b/,
  // An order to post an entry (« comptabilise les pertes sur créances », « saisis l’avoir »), and
  // taxes (« le taux de TVA sur les factures »): bookkeeping, not the receivables' figures.
  // … and tax rules (« la règle fiscale de déductibilité d'une créance irrécouvrable », thirty-seventh round).
  /^ (?:comptabilise|comptabilisez|saisis|saisissez)\b|\btva\b|\bfiscal(?:e|es|ement|ite)?\b|\bdeductib\w*|\bfiscaux\b/,
  // What the company owes its customers (« les clients créditeurs au 31/10 », « le solde créditeur
  // de X », « position créditrice »): credit balances, which Relances does not follow.
  /\b(?:crediteurs?|creditrices?)\b/,
];

/** Whether the question asks for work Relances does not do (invoicing, the bank, mail, weather…). */
export function asksOtherWork(tokens: readonly Token[]): boolean {
  // « le CA prévu » (the turnover, in capitals: « ca » is also « ça », and a question typed all in
  // capitals says nothing by its capitals).
  const shouted = tokens.every((t) => t.raw === t.raw.toUpperCase());
  if (!shouted && tokens.some((t) => t.raw === 'CA')) return true;
  const words = ` ${tokens
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.norm)
    .join(' ')} `;
  // « écris une relance » is dunning; a mail « de relance » is the ladder's.
  if (/\brelances?\b/.test(words) && /\b(?:mail|email|message|courriel)\b/.test(words)) return false;
  if (/\btresorerie\b/.test(words) && !COLLECTING.test(words)) return true;
  return RULES.some((re) => re.test(words));
}

/**
 * A reminder for the user (« rappelle-moi d’appeler mon comptable jeudi », « fais-moi penser à
 * relancer Dupont », « mets-moi un rappel »), or an alert (« préviens-moi si la SGH paie », « alerte-moi
 * quand le DSO dépasse 60 », « if dso > 60 then alerte DAF »): Relances sets none — « rappelle-moi le solde de X »
 * still asks the balance. Read before the commands: « appeler X » there is no contact asked.
 */
const REMINDER =
  /\b(?:alerte|alertez|alerter|previens|prevenez|prevenir|notifie|notifiez|avertis|avertissez|alert|notify|warn)(?: moi| nous| me| us)? (?:si|quand|des que|lorsque|when|if)\b|\bthen (?:alerte|alert|notifie|notify|previens|mail|envoie|send)\b|\b(?:rappelle|rappelez|rapelle|rappele) (?:moi|nous) (?:de|d) \S+(?:er|ir|re)\b|\b(?:fais|faites) (?:moi|nous) penser a\b|\b(?:mets|mettez|programme|programmez|cree|creez|ajoute|ajoutez) (?:moi |nous )?(?:un|une) (?:rappel|memo|pense bete)\b/;

export function asksForAReminder(tokens: readonly Token[]): boolean {
  return REMINDER.test(` ${tokens.map((t) => t.norm).join(' ')} `);
}

/**
 * How it was done elsewhere (« Dans ma banque, nous déclassions en douteux toute créance au-delà de
 * 90 jours. », « Dans mon ancienne société, nous relancions à J+15. »): a story in the imperfect,
 * nothing asked of this ledger (issue 16, twenty-sixth round). Read before the commands and the
 * customers (« société », « poste » are no name, « déclassions » no figure).
 */
const ELSEWHERE =
  /^(?:dans|a|chez) (?:ma|mon|mes|notre|nos) (?:ancienne |ancien |precedente |precedent |derniere |dernier |ex )?(?:banque|boite|entreprise|societe|employeur|poste|job|groupe|cabinet|vie|collectivite|administration|mairie|ministere|service)\b(?: [^ .?!]+){0,3} (?:je|j|nous|on|ils|elles|il|elle|c|ce) (?:[^ .?!]+ )?[^ .?!]+(?:ions|ais|ait|aient)\b[^?]*$/;

function plainWords(text: string): string {
  return normalizeWord(text)
    .replace(/[,;:()]+/g, ' ')
    .replace(/[^a-z0-9.?! ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tellsOfElsewhere(text: string): boolean {
  return ELSEWHERE.test(plainWords(text.slice(0, 500)));
}

/**
 * The question after a story of elsewhere in the same sentence (« dans mon ancienne boîte on
 * relançait à J+15, et ici on relance qui aujourd’hui ? »): the story tells nothing of this ledger,
 * the clause after its comma asks (twenty-seventh round's leftover). Null when the text starts with
 * no such story or holds nothing after it.
 */
export function questionAfterElsewhere(text: string): string | null {
  const said = text.slice(0, 500);
  for (const cut of said.matchAll(/[,;]|\.(?=\s)/g)) {
    const at = cut.index ?? 0;
    const rest = said.slice(at + 1).trim();
    if (rest.length === 0) return null;
    if (ELSEWHERE.test(plainWords(said.slice(0, at)))) return rest;
  }
  return null;
}
