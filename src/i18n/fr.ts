/**
 * Every word a user of Relances reads, in French, from this one place (cards, chat answers, errors).
 * Card templates in cards/ bind these texts; code never writes user-facing French inline. Each area
 * keeps its texts in its own module under fr/; this file assembles them into the one `fr` object.
 */
import { actors, appName } from './fr/actors';
import { importCli, playgroundAs, repairViews, startup } from './fr/command-line';
import { job, jobCli } from './fr/daily-job';
import { decisions } from './fr/decisions';
import { confirmTransfer, controller, detail, digest } from './fr/digest';
import { documentsCommand, letters } from './fr/documents';
import { formalNotice } from './fr/formal-notice';
import { history } from './fr/history';
import { documents, errors, jobRoute } from './fr/http';
import { mail } from './fr/mail';
import { questionFamilies, questionHelp } from './fr/question-examples';
import { questions } from './fr/questions';
import { rates } from './fr/rates';
import { sales } from './fr/sales';
import { commands, help, welcome } from './fr/welcome';

export { lateness } from './fr/lateness';

export const fr = {
  appName,
  actors,
  welcome,
  help,
  commands,
  errors,
  importCli,
  job,
  jobCli,
  jobRoute,
  documents,
  digest,
  confirmTransfer,
  formalNotice,
  letters,
  history,
  documentsCommand,
  sales,
  controller,
  detail,
  decisions,
  repairViews,
  playgroundAs,
  startup,
  mail,
  questions,
  questionHelp,
  questionFamilies,
  rates,
} as const;
