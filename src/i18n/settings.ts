/** What an operator reads when a setting is wrong, in French (one line per bad variable). */
export const settingsMessages = {
  guid: (variable: string) => `${variable} doit être un GUID (Application ID Entra)`,
  tenantGuid: 'BOT_TENANT_ID doit être un GUID',
  tablePrefix: 'lettres et chiffres, commence par une lettre, 21 caractères au plus',
  blobContainer: 'nom de conteneur Azure invalide',
  url: 'URL invalide',
  httpsUrl: 'URL https:// attendue',
  publicUrl: 'URL attendue (https://…)',
  atLeast: (n: number) => `au moins ${n} caractères`,
  cron: 'expression cron invalide (ou « off »)',
  nineDigits: '9 chiffres attendus',
  email: 'adresse e-mail invalide',
  emails: (bad: string) => `adresse e-mail invalide : ${bad}`,
  date: 'date aaaa-mm-jj attendue',
  instant: 'instant attendu (aaaa-mm-jjThh:mm:ss+01:00)',
  testClockInProduction: 'réservé aux tests, interdit en production',
  euros: 'montant en euros attendu (par exemple 500 ou 499,90)',
  mailFrom: 'attendu « Nom <adresse@domaine> » ou une adresse e-mail',
  smtpUrl: 'attendu smtp://utilisateur:motdepasse@hôte:port ou smtps://…',
  aadPair: (pair: string) => `attendu e-mail=identifiant AAD, reçu « ${pair} »`,
  boolean: 'attendu true ou false',
  required: {
    smtp: 'obligatoire quand MAIL_TRANSPORT=smtp (smtp://utilisateur:motdepasse@hôte:port)',
    graph: 'obligatoire quand MAIL_TRANSPORT=graph',
    signingKey: 'obligatoire en production (clé des liens signés vers les documents, 32 caractères au moins)',
    botPassword: 'obligatoire quand BOT_ID est défini (secret du bot, dans env/.env.<env>.user)',
    tenant: (type: string) => `obligatoire quand BOT_ID est défini et BOT_TYPE=${type}`,
  },
  connectionString:
    'chaîne de connexion Azure Storage invalide (attendu « DefaultEndpointsProtocol=…;AccountName=…;AccountKey=… »)',
  storage: {
    endpointUrl:
      'adresse https:// du compte de stockage attendue (par exemple https://moncompte.table.core.windows.net)',
    endpointNoSecret:
      'adresse du compte seule, sans paramètres ni jeton SAS (l’identité managée donne l’accès)',
    bothWays:
      'deux accès au stockage configurés : gardez soit cette chaîne de connexion, soit STORAGE_TABLE_ENDPOINT et STORAGE_BLOB_ENDPOINT (identité managée, recommandé)',
    endpointPair: (given: string) =>
      `obligatoire avec ${given} (l’identité managée accède aux tables et aux documents du même compte)`,
    required:
      'obligatoire en production avec STORAGE_BLOB_ENDPOINT (identité managée, recommandé), ou bien STORAGE_CONNECTION_STRING',
  },
  line: (variable: string, message: string) => `Configuration invalide : ${variable} — ${message}`,
  /** zod's own checks, in French. */
  zod: {
    number: 'nombre attendu',
    type: (expected: string) => `type invalide (attendu ${expected})`,
    max: (max: string) => `doit être inférieur ou égal à ${max}`,
    min: (min: string) => `doit être supérieur ou égal à ${min}`,
    enumValue: (received: string, options: string) => `valeur « ${received} » inconnue : attendu ${options}`,
    format: 'format invalide',
  },
} as const;
