/** What the HTTP edge answers: refused or failed requests, the daily job's route, document links. */

export const errors = {
  generic: 'Désolé, une erreur est survenue. Elle a été enregistrée ; réessayez dans un instant.',
  unauthorized: 'Requête refusée : authentification du canal Bot Framework requise.',
  loopbackOnly:
    'Requête refusée : sans BOT_ID configuré, Relances n’accepte les messages que depuis cette machine (127.0.0.1).',
} as const;

export const jobRoute = {
  disabled: 'Exécution à distance désactivée : définissez JOB_KEY pour autoriser POST /api/jobs/daily.',
  badKey: 'Clé x-job-key absente ou incorrecte.',
  badDate: 'Date invalide : attendu { "date": "aaaa-mm-jj" }.',
} as const;

export const documents = {
  linkExpired: 'Ce lien a expiré. Demandez un nouveau lien depuis Relances.',
  linkInvalid: 'Lien invalide : il a été modifié ou ne provient pas de Relances.',
  notFound: 'Document introuvable.',
} as const;
