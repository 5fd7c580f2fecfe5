/**
 * Collective proceedings (procédures collectives) as the controller reads them: the customer's card
 * (form, banner), the day's card (« Procédures collectives » and the claim declaration's deadline)
 * and what the decisions answer.
 */
import type { InsolvencyInvalid } from '../../domain/insolvency';
import type { InsolvencyKind } from '../../domain/ledger';
import { toTheFirm } from '../law-firm';
import { countOf } from '../plural';

const NB = '\u00a0';

export const insolvencyKinds: Record<InsolvencyKind, string> = {
  safeguard: 'Procédure de sauvegarde',
  receivership: 'Redressement judiciaire',
  liquidation: 'Liquidation judiciaire',
};

/** The mandataire judiciaire, or the liquidateur in a liquidation. */
export const representativeTitle = (kind: InsolvencyKind): string =>
  kind === 'liquidation' ? 'liquidateur judiciaire' : 'mandataire judiciaire';

export const insolvencyTexts = {
  command: {
    example: 'procédure collective Biocoop',
    description: `enregistrer ou corriger une procédure collective (sauvegarde, redressement, liquidation) sur un client${NB}: ses relances s’arrêtent`,
  },
  commandHint: `Ouvrez «${NB}Procédure collective${NB}» ci-dessous pour enregistrer le jugement d’ouverture (ou le corriger).`,
  button: 'Procédure collective',
  declarationButton: 'Déclaration envoyée',
  form: {
    intro: `Jugement d’ouverture d’une procédure collective${NB}: les factures émises avant le jugement ne sont plus relancées (Code de commerce L622-21) et sont à déclarer au mandataire.`,
    kind: 'Procédure',
    judgmentDate: 'Date du jugement d’ouverture',
    court: 'Tribunal',
    courtPlaceholder: 'ex. Tribunal de commerce de Lyon',
    publication: 'Publication au BODACC (facultatif, à saisir dès qu’elle est connue)',
    representativeName: 'Mandataire judiciaire ou liquidateur',
    representativeNamePlaceholder: 'ex. SELARL MJ Synergie, Maître Anne Durand',
    street: 'Adresse (rue)',
    postalCode: 'Code postal',
    city: 'Ville',
    email: 'E-mail du mandataire (facultatif)',
    save: 'Enregistrer la procédure',
    declarationDate: 'Déclaration de créance envoyée en LRAR le',
    declarationSave: 'Enregistrer l’envoi',
  },
  banner: {
    title: (kind: string, date: string) => `⚖ ${kind} — jugement d’ouverture du ${date}`,
    court: (court: string) => `${court}.`,
    representative: (title: string, name: string) =>
      `${title.charAt(0).toUpperCase()}${title.slice(1)}${NB}: ${name}.`,
    frozen: (count: number) =>
      count === 0
        ? `Aucune facture antérieure au jugement ne reste ouverte.`
        : `${countOf(count, 'facture antérieure', 'factures antérieures')} au jugement${NB}: plus aucune relance, à déclarer au mandataire.`,
    later: `Les factures émises depuis le jugement (créances postérieures) suivent les relances habituelles.`,
    lawFirm: (firm: string) =>
      `Le dossier a été transmis ${toTheFirm(firm)}${NB}: prévenez-le de la procédure collective (Relances ne lui envoie rien).`,
  },
  deadline: {
    open: (date: string, days: number) =>
      days === 0
        ? `Déclaration de créance à envoyer au plus tard aujourd’hui (${date}).`
        : `Déclaration de créance à envoyer avant le ${date} (${countOf(days, 'jour')}).`,
    unknown: `Déclaration de créance${NB}: délai de deux mois à compter de la publication au BODACC — date de publication à saisir.`,
    declared: (date: string) => `✅ Déclaration de créance envoyée le ${date}.`,
    foreclosed: (deadline: string, relief: string) =>
      `⛔ Délai de déclaration expiré le ${deadline}${NB}: la créance est forclose, sauf relevé de forclusion demandé au juge-commissaire avant le ${relief} (L622-26).`,
  },
  next: `⚖ Procédure collective${NB}: créance antérieure au jugement, plus de relance — à déclarer`,
  digest: {
    title: 'Procédures collectives',
    summary: (count: number, amount: string) =>
      `${countOf(count, 'client')} — ${amount} de créances antérieures au jugement`,
    row: (customer: string, kind: string, date: string) => `${customer} — ${kind} (jugement du ${date})`,
    amount: (count: number, amount: string) =>
      `${countOf(count, 'facture antérieure', 'factures antérieures')} à déclarer${NB}: ${amount}`,
    prepare: 'Préparer la déclaration de créance',
  },
  refused: {
    no_insolvency: `Aucune procédure collective n’est enregistrée pour ce client.`,
    insolvency_not_business: `Les procédures collectives du Code de commerce ne concernent que les entreprises${NB}: une personne publique n’y est pas soumise, et un particulier relève du surendettement (Code de la consommation). Rien n’a été enregistré.`,
    insolvency_unchanged: `Rien n’a changé${NB}: la procédure est déjà enregistrée ainsi.`,
    nothing_to_declare: `Aucune facture antérieure au jugement d’ouverture ne reste due${NB}: rien à déclarer.`,
    generation_failed: `La déclaration de créance n’a pas pu être générée${NB}: réessayez, ou prévenez l’exploitant si cela persiste.`,
  } as Record<string, string>,
  invalid: {
    kind: 'choisissez la procédure',
    judgment_date: 'indiquez la date du jugement d’ouverture',
    judgment_future: 'le jugement ne peut pas être daté dans le futur',
    court: 'indiquez le tribunal',
    publication_future: 'la publication au BODACC ne peut pas être datée dans le futur',
    publication_before_judgment: 'la publication au BODACC ne peut pas précéder le jugement',
    representative_name: 'indiquez le mandataire judiciaire ou le liquidateur',
    representative_address: 'indiquez l’adresse du mandataire (rue, code postal à 5 chiffres, ville)',
    representative_email: 'l’e-mail du mandataire n’est pas valide',
    declaration_date: 'la déclaration enregistrée précède ce jugement',
  } satisfies Record<InsolvencyInvalid, string>,
  invalidPrefix: `Procédure non enregistrée${NB}: `,
  recorded: (updated: boolean, frozen: number, withdrawn: number) =>
    `✅ Procédure collective ${updated ? 'mise à jour' : 'enregistrée'}${NB}: ${frozen === 0 ? 'aucune facture antérieure au jugement n’est ouverte' : `${countOf(frozen, 'facture antérieure', 'factures antérieures')} au jugement ${frozen >= 2 ? 'ne sont plus relancées' : 'n’est plus relancée'}`}${withdrawn > 0 ? `, ${countOf(withdrawn, 'relance du jour retirée', 'relances du jour retirées')}` : ''}.`,
  declarationGenerated: (count: number, total: string, representative: string) =>
    `📄 Déclaration de créance préparée (${countOf(count, 'facture')}, ${total}), adressée à ${representative}${NB}: ouvrez-la dans l’historique ci-dessous, faites-la signer par le représentant légal (ou une personne qu’il a déléguée), joignez les copies des factures et envoyez-la en recommandé avec accusé de réception, puis cliquez «${NB}Déclaration envoyée${NB}».`,
  declarationRecorded: (date: string) => `✅ Déclaration de créance enregistrée comme envoyée le ${date}.`,
} as const;

/** The claim declaration's words (the template has the letter itself). */
export const declarationWords = {
  title: (debtor: string) => `Déclaration de créance — ${debtor}`,
  fileName: 'Déclaration de créance',
  yourReference: (debtor: string) => `Procédure collective ${debtor}`,
  signatureLine: 'Le représentant légal ou son préposé (nom, qualité et signature)',
  due: 'échue',
  toFallDue: 'à échoir',
  kindLower: {
    safeguard: 'procédure de sauvegarde',
    receivership: 'redressement judiciaire',
    liquidation: 'liquidation judiciaire',
  } satisfies Record<InsolvencyKind, string>,
  kindArticle: {
    safeguard: 'une procédure de sauvegarde',
    receivership: 'une procédure de redressement judiciaire',
    liquidation: 'une procédure de liquidation judiciaire',
  } satisfies Record<InsolvencyKind, string>,
} as const;
