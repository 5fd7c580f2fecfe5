/** The other commands: import, view repair, the Playground as a demo person, the local stack. */

export const importCli = {
  usage:
    'Usage : npm run import -- <clients|factures|paiements> <fichier.csv> [--skip-invalid]\n' +
    '  --skip-invalid  importe les lignes valides et écrit les lignes rejetées dans <fichier>.rejets.csv\n' +
    '       npm run import -- pdf <dossier>   (les factures PDF du dossier, rapprochées par leur numéro)\n' +
    '       npm run import -- releve <fichier>   (un relevé bancaire CAMT.053 ou CFONB 120)\n' +
    '       npm run import -- fec <fichier>   (un FEC : clients, factures et règlements, tout ou rien)',
  unreadable: (path: string, reason: string) => `Impossible de lire ${path} : ${reason}`,
  progress: 'Import',
  rejectsWritten: (path: string) => `Lignes rejetées écrites dans ${path}`,
  failed: (reason: string) => `L’import a échoué : ${reason}`,
} as const;

export const repairViews = {
  done: (invoices: number) =>
    `Vues des factures reconstruites à partir des ${invoices} facture${invoices >= 2 ? 's' : ''} enregistrée${invoices >= 2 ? 's' : ''}.`,
  failed: (reason: string) => `La reconstruction des vues a échoué : ${reason}`,
} as const;

export const playgroundAs = {
  usage: (names: string) =>
    `Usage : npm run playground:as -- <prénom ou e-mail>  (personnes de la démo : ${names})`,
  botNotRunning: (port: number) =>
    `Le bot n’écoute pas sur le port ${port} : lancez d’abord « npm start » dans un autre terminal.`,
  ready: (name: string, url: string) => `Playground de ${name} : ouvrez ${url} (Ctrl-C pour arrêter).`,
} as const;

export const startup = {
  ready: (url: string) => `Relances est prêt : ouvrez ${url} dans votre navigateur (Ctrl-C pour arrêter).`,
  readyNoPlayground: (port: number) =>
    `Relances écoute sur le port ${port} (POST /api/messages). BOT_ID est défini : le Playground n’est pas lancé.`,
} as const;
