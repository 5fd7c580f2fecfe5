/** What the HTTP edge answers: refused or failed requests, the daily job's route, document links. */

export const errors = {
  generic: 'Désolé, une erreur est survenue. Elle a été enregistrée ; réessayez dans un instant.',
  unauthorized: 'Requête refusée : authentification du canal Bot Framework requise.',
  loopbackOnly:
    'Requête refusée : sans BOT_ID configuré, Relances n’accepte les messages que depuis cette machine (127.0.0.1).',
  /** The storage is down or does not answer (or a click could not be answered in time). */
  unavailable:
    'Relances ne parvient pas à joindre ses données pour le moment ; réessayez dans quelques minutes.',
  /** A card button whose action no longer exists (a card of an earlier version). */
  unknownButton: 'Ce bouton n’est plus reconnu : actualisez la carte.',
  /** A card over Teams' 28 KB, caught before Teams refuses it. */
  cardTooLarge:
    'Cette carte est trop volumineuse pour Teams ; l’erreur a été enregistrée. Affinez la demande ou réessayez plus tard.',
  badRequest: 'Requête invalide.',
  notFound: 'Adresse inconnue.',
} as const;

export const jobRoute = {
  disabled: 'Exécution à distance désactivée : définissez JOB_KEY pour autoriser POST /api/jobs/daily.',
  badKey: 'Clé x-job-key absente ou incorrecte.',
  badDate: 'Date invalide : attendu { "date": "aaaa-mm-jj" }.',
  unavailable:
    'La relance quotidienne n’a pas pu s’exécuter : Relances ne parvient pas à joindre ses données. Réessayez dans quelques minutes.',
  failed: 'La relance quotidienne a échoué ; l’erreur a été enregistrée.',
} as const;

export const documents = {
  /** Past its date, or signed with a key Relances no longer uses (a genuine link, grown old). */
  linkExpired:
    'Ce lien a expiré. Pour en obtenir un nouveau, demandez à Relances dans Teams l’historique du client ou de la facture (par exemple «\u00a0historique F2026-0042\u00a0») et cliquez sur «\u00a0Ouvrir le document\u00a0».',
  /** Only for a link whose signature fails under the key that made it. */
  linkInvalid: 'Lien invalide\u00a0: il a été modifié ou ne provient pas de Relances.',
  notFound: 'Document introuvable.',
  unavailable:
    'Ce document ne peut pas être ouvert pour le moment : Relances ne parvient pas à joindre ses données. Réessayez dans quelques minutes.',
  failed:
    'Ce document ne peut pas être ouvert : une erreur est survenue. Elle a été enregistrée ; réessayez dans un instant.',
  /** The title of the page a browser shows for these messages. */
  pageTitle: 'Relances — document',
} as const;
