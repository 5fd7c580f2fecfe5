/** Why an e-mail could not be sent (SMTP, Microsoft Graph, outbox). */

export const mail = {
  noRecipient: 'aucun destinataire : renseignez l’adresse e-mail de facturation du client',
  recipientRefused: (addresses: string) => `adresse refusée par le serveur de messagerie : ${addresses}`,
  messageRefused: (code: number) => `message refusé par le serveur de messagerie (code ${code})`,
  serverBusy: (code: number) =>
    `serveur de messagerie momentanément indisponible (code ${code}) : l’envoi sera retenté`,
  unreachable: 'serveur de messagerie injoignable : l’envoi sera retenté',
  authRefused:
    'identifiants refusés par le serveur de messagerie : l’administrateur de Relances doit vérifier le compte d’envoi',
  tlsFailed:
    'connexion chiffrée au serveur de messagerie impossible : l’administrateur de Relances doit vérifier l’adresse du serveur d’envoi',
  unexpected: 'erreur inattendue pendant l’envoi de l’e-mail',
  graphRefused: (message: string) => `envoi refusé par Microsoft 365 : ${message}`,
  graphStatus: (status: number) => `erreur HTTP ${status}`,
  graphNoDetail: 'jeton d’accès refusé',
  graphThrottled: 'Microsoft 365 limite momentanément les envois : l’envoi sera retenté',
  graphUnavailable: (status: number) =>
    `Microsoft 365 momentanément indisponible (HTTP ${status}) : l’envoi sera retenté`,
  graphUnreachable: 'Microsoft 365 injoignable : l’envoi sera retenté',
  graphAuthRefused: (message: string) =>
    `connexion à Microsoft 365 refusée : ${message} — l’administrateur de Relances doit vérifier l’inscription de l’application dans Microsoft Entra`,
  outboxWriteFailed: (dir: string) => `impossible d’écrire l’e-mail dans le dossier ${dir}`,
  uncertain:
    'la connexion au serveur de messagerie a été perdue après l’envoi du message, avant sa confirmation : il a peut-être été remis',
  graphUncertain:
    'Microsoft 365 n’a pas confirmé l’envoi (pas de réponse à temps) : le message a peut-être été envoyé',
} as const;
