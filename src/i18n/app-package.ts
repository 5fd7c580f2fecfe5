/**
 * What `npm run package` prints: why the Teams app package cannot be built (a missing variable,
 * a manifest that does not match its schema, a wrong icon), or where it was written.
 */
import { agree, countOf } from './plural';

/** One problem of the manifest against the Teams schema; `where` is a JSON path or « (racine) ». */
export const schemaProblems = {
  root: '(racine)',
  value: (json: string) => ` (valeur\u00a0: ${json})`,
  required: (where: string, property: string) =>
    `${where}\u00a0: champ obligatoire manquant «\u00a0${property}\u00a0».`,
  additionalProperty: (where: string, property: string) =>
    `${where}\u00a0: propriété inconnue «\u00a0${property}\u00a0».`,
  pattern: (where: string, value: string, pattern: string) =>
    `${where}\u00a0: format invalide${value}, motif attendu ${pattern}.`,
  format: (where: string, format: string, value: string) =>
    `${where}\u00a0: format ${format} attendu${value}.`,
  maxLength: (where: string, limit: number) => `${where}\u00a0: ${countOf(limit, 'caractère')} au plus.`,
  minLength: (where: string, limit: number) => `${where}\u00a0: ${countOf(limit, 'caractère')} au moins.`,
  maxItems: (where: string, limit: number) => `${where}\u00a0: ${countOf(limit, 'élément')} au plus.`,
  enum: (where: string, value: string, allowed: string) =>
    `${where}\u00a0: valeur non autorisée${value}, attendu l’une de\u00a0: ${allowed}.`,
  const: (where: string, expected: string, value: string) =>
    `${where}\u00a0: valeur attendue ${expected}${value}.`,
  type: (where: string, type: string, value: string) => `${where}\u00a0: type ${type} attendu${value}.`,
  uniqueItems: (where: string) => `${where}\u00a0: les éléments doivent être distincts.`,
  other: (where: string, keyword: string, message: string) =>
    `${where}\u00a0: non conforme au schéma (${keyword}\u00a0: ${message}).`,
};

export const manifestProblems = {
  invalidJson: (reason: string) => `Le manifeste n’est pas un JSON valide\u00a0: ${reason}`,
  notAnObject: 'Le manifeste doit être un objet JSON.',
  noSchema: (version: string) =>
    `Aucun schéma de manifeste Teams v${version} dans @microsoft/app-manifest\u00a0: ` +
    'impossible de valider hors ligne (mettez à jour le paquet ou changez manifestVersion).',
  manifestVersion: 'manifestVersion\u00a0: champ obligatoire, de la forme «\u00a01.22\u00a0».',
  schemaMismatch: (schemaUrl: string, version: string) =>
    `$schema\u00a0: ${schemaUrl} ne correspond pas à manifestVersion ${version}.`,
};

export const iconProblems = {
  colorIcon: 'Icône couleur',
  outlineIcon: 'Icône contour',
  notPng: (icon: string) => `${icon}\u00a0: ce n’est pas un fichier PNG.`,
  wrongSize: (icon: string, width: number, height: number, side: number) =>
    `${icon}\u00a0: ${width}×${height} pixels, ${side}×${side} attendus.`,
  fileName: (field: string) => `${field}\u00a0: un nom de fichier PNG à la racine du paquet est attendu.`,
  sameFile: 'icons\u00a0: les deux icônes doivent être deux fichiers distincts.',
};

export const packageCli = {
  invalidEnv: (env: string) =>
    `Environnement invalide «\u00a0${env}\u00a0»\u00a0: lettres minuscules, chiffres et tirets uniquement.`,
  unknownArguments: (args: string) => `Arguments non reconnus\u00a0: ${args}`,
  usage: 'Usage\u00a0: npm run package -- --env <nom>',
  missingVariables: (env: string, count: number) =>
    `Impossible de construire le paquet Teams «\u00a0${env}\u00a0»\u00a0: ${agree(count, 'variable non renseignée', 'variables non renseignées')}.`,
  missingVariable: (name: string, env: string) =>
    `  - ${name}\u00a0: à définir dans env/.env.${env} (ou env/.env.${env}.user, ou l’environnement)`,
  localTeams: [
    'Pour Teams en local, renseignez TEAMS_APP_ID et BOT_ID dans env/.env.local\u00a0: la commande «\u00a0Provision\u00a0»',
    'de l’Agents Toolkit (m365agents.local.yml) les crée et les y écrit.',
    'Pour essayer Relances sans Teams, inutile de construire ce paquet\u00a0: l’Agents Playground n’en a pas besoin.',
  ],
  playgroundNeedsNoPackage:
    'L’environnement playground n’a pas besoin de paquet Teams\u00a0: le Playground parle directement au bot.',
  invalidManifest: (version: string) => `Manifeste Teams invalide (schéma v${version})\u00a0:`,
  problem: (problem: string) => `  - ${problem}`,
  ready: (env: string, file: string, version: string, size: string) =>
    `Paquet Teams «\u00a0${env}\u00a0» prêt\u00a0: ${file} (manifeste v${version} conforme au schéma, manifest.json + color.png + outline.png, ${size} Ko).`,
  failed: (reason: string) => `Échec de la construction du paquet Teams\u00a0: ${reason}`,
};
