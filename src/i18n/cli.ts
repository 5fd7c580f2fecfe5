/**
 * What `npm start` and `npm run procedure` print in the terminal, and why the local Playground
 * could not start.
 */

export const startCli = {
  failed: (reason: string) => `Relances n’a pas pu démarrer\u00a0: ${reason}`,
};

export const procedureCli = {
  usage: 'Usage\u00a0: npm run procedure -- [--out <fichier.docx>]',
  /** `calendar`: « J+3, J+10, J+20, J+30 ». */
  written: (path: string, calendar: string) =>
    `Procédure de relance écrite dans ${path} (calendrier\u00a0: ${calendar}).`,
  failed: (reason: string) => `La procédure n’a pas pu être générée\u00a0: ${reason}`,
};

/** Thrown by the Playground's start; `npm start` prints them after « Relances n’a pas pu démarrer ». */
export const playgroundErrors = {
  portInUse: (port: number) => `le port ${port} du Playground est déjà utilisé (PLAYGROUND_PORT)`,
  exited: (code: number, output: string, logFile: string) =>
    `le Playground s’est arrêté au démarrage (code ${code})\u00a0: ${output} — voir ${logFile}`,
  notListening: (port: number, seconds: number, output: string) =>
    `le Playground n’écoute pas sur le port ${port} après ${seconds} s\u00a0: ${output}`,
};
