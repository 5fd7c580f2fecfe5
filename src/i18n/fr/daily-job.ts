/** The daily job: why it did not run, what it left out, and its summary on the command line. */
import { cents, formatEuros } from '../../domain/money';
import { agree, countOf } from '../plural';
import { lateness } from './lateness';

export const job = {
  futureDate: (date: string) =>
    `Date refusée : le ${date} est dans le futur. La tâche quotidienne ne s’exécute que pour aujourd’hui ou une date passée.`,
  notBusinessDay: (date: string) => `Le ${date} n’est pas un jour ouvré : pas de relance.`,
  alreadyRan: (date: string) => `La tâche du ${date} a déjà été exécutée.`,
  leaseHeld: 'Une autre instance exécute déjà la tâche quotidienne.',
  superseded: (date: string) => `reprise dans les relances du ${date}`,
  noLongerDue: 'plus à faire : facture réglée, en pause ou déjà relancée',
  /** A CGV penalty rate under 3 × the legal rate (Code de commerce L441-10 II; fine under L441-16). */
  rateBelowFloor: (customer: string, clause: string, floor: string, semester: string) =>
    `CGV de ${customer} : le taux de pénalités de retard de ${clause} est inférieur au minimum légal de ${floor} (trois fois le taux de l’intérêt légal du ${semester}). Les courriers appliquent ce minimum, pour chaque semestre dont le taux de l’intérêt légal est publié. Faites corriger la clause des CGV (article L441-10 II du Code de commerce ; amende administrative, article L441-16).`,
  /** `invoices`: « 3 factures ouvertes ». */
  unknownCustomers: (invoices: string) => `${invoices} d’un client inconnu : importez le fichier clients.`,
  summary: (date: string, actions: number, created: number) =>
    `Relances du ${date}\u00a0: ${countOf(actions, 'action')} ${agree(actions, 'proposée')} (${countOf(created, 'nouvelle')}).`,
} as const;

export const jobCli = {
  usage: 'Usage : npm run job -- [--date aaaa-mm-jj]',
  failed: (reason: string) => `La tâche quotidienne a échoué : ${reason}`,
  actionLine: (a: {
    step: string;
    customerName: string;
    invoices: unknown[];
    total: number;
    maxDaysLate: number;
    status: string;
  }) =>
    `${a.step.padEnd(5)} ${a.customerName} — ${countOf(a.invoices.length, 'facture')}, ${formatEuros(cents(a.total))}, ${lateness(a.maxDaysLate)}${a.status === 'proposed' ? '' : ` (${a.status})`}`,
} as const;
