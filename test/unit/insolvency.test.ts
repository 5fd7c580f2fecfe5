import { frenchBusinessCalendar } from '../../src/domain/business-calendar';
import { calendarDate, type CalendarDate } from '../../src/domain/calendar-date';
import { planDay } from '../../src/domain/daily-plan';
import { decide } from '../../src/domain/dunning-engine';
import { guardAction } from '../../src/domain/escalation-guard';
import {
  declarationStatus,
  insolvencyWatch,
  isFrozenByProceedings,
  readInsolvencyForm,
  type InsolvencyForm,
} from '../../src/domain/insolvency';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import type { InsolvencyProceedings, Invoice } from '../../src/domain/ledger';
import { insolvencySection } from '../../src/bot/controller/insolvency-section';
import { droppedText, textContext } from '../../src/i18n/reasons';
import { aCustomer, anInvoice } from '../support/fixtures';

const calendar = frenchBusinessCalendar();
const today = calendarDate(2026, 11, 23);
const context = { ladder: GREENOVA_LADDER, calendar, today };

const proceedings = (over: Partial<InsolvencyProceedings> = {}): InsolvencyProceedings => ({
  kind: 'receivership',
  judgmentDate: calendarDate(2026, 11, 5),
  court: 'Tribunal de commerce de Lyon',
  bodaccPublication: null,
  representative: {
    name: 'SELARL MJ Synergie',
    address: { lines: ['87 rue de Sèze'], postalCode: '69006', city: 'Lyon', country: 'France' },
    email: null,
  },
  declarationSentOn: null,
  ...over,
});

describe('which invoices the proceedings freeze', () => {
  it('freezes an invoice issued the day before the judgment, not one issued on its day or after', () => {
    const p = proceedings();
    expect(isFrozenByProceedings({ issueDate: calendarDate(2026, 11, 4) }, p)).toBe(true);
    expect(isFrozenByProceedings({ issueDate: calendarDate(2026, 11, 5) }, p)).toBe(false);
    expect(isFrozenByProceedings({ issueDate: calendarDate(2026, 11, 6) }, p)).toBe(false);
    expect(isFrozenByProceedings({ issueDate: calendarDate(2026, 11, 4) }, null)).toBe(false);
  });

  it('the engine proposes nothing for a prior invoice, and the ladder as usual for a later one', () => {
    const customer = aCustomer({ risk: 'high', insolvency: proceedings() });
    // Due 20 November: J+3 on 23 November, issued in October (prior to the judgment).
    const prior = anInvoice({
      number: 'F-PRIOR',
      issueDate: calendarDate(2026, 10, 21),
      dueDate: calendarDate(2026, 11, 20),
    });
    // Issued on 6 November, due 26 November: pre-due reminder to a high-risk customer.
    const later = anInvoice({
      number: 'F-LATER',
      issueDate: calendarDate(2026, 11, 6),
      dueDate: calendarDate(2026, 11, 26),
    });
    expect(decide(prior, customer, context)).toEqual({ kind: 'paused', reason: 'insolvency', until: null });
    expect(decide(prior, aCustomer({ risk: 'high' }), context).kind).toBe('due');
    expect(decide(later, customer, context).kind).toBe('due');
    const plan = planDay([prior, later], new Map([[customer.code, customer]]), context);
    expect(plan.actions.flatMap((a) => a.invoices.map((i) => i.number))).toEqual(['F-LATER']);
    expect(plan.counts.paused).toBe(1);
  });

  it('also freezes a prior invoice at the mise en demeure (no transfer to the firm)', () => {
    const customer = aCustomer({ insolvency: proceedings() });
    const atNotice = anInvoice({
      number: 'F-NOTICE',
      issueDate: calendarDate(2026, 9, 1),
      dueDate: calendarDate(2026, 10, 1),
      dunning: { lastStep: 'J+20', lastStepDate: calendarDate(2026, 10, 21), hold: null, alert: null },
    });
    expect(decide(atNotice, aCustomer(), context).kind).toBe('due');
    const plan = planDay([atNotice], new Map([[customer.code, customer]]), context);
    expect(plan.actions).toEqual([]);
  });

  it('the guard drops a prior invoice at send time and says why in French', () => {
    const customer = aCustomer({ insolvency: proceedings() });
    const prior = anInvoice({
      number: 'F1',
      issueDate: calendarDate(2026, 10, 21),
      dueDate: calendarDate(2026, 11, 20),
    });
    const fresh = new Map([[prior.number, prior]]);
    expect(guardAction('J+3', ['F1'], fresh, aCustomer(), context).keep).toHaveLength(1);
    const result = guardAction('J+3', ['F1'], fresh, customer, context);
    expect(result.keep).toEqual([]);
    expect(result.dropped).toEqual([{ number: 'F1', reason: { code: 'paused', pause: 'insolvency' } }]);
    expect(droppedText(result.dropped, textContext(GREENOVA_LADDER, 'Cabinet Aptos Avocats'))).toBe(
      'F1 client en procédure collective\u00a0: créance antérieure au jugement d’ouverture, à déclarer au mandataire (plus aucune relance)',
    );
  });
});

describe('the deadline to declare the claim', () => {
  const status = (publication: CalendarDate | null, on: CalendarDate = calendarDate(2026, 9, 1)) =>
    declarationStatus(
      proceedings({ judgmentDate: calendarDate(2026, 8, 1), bodaccPublication: publication }),
      on,
      calendar,
    );

  it('is unknown while the BODACC publication is not entered', () => {
    expect(status(null)).toEqual({ kind: 'publication_unknown' });
  });

  it('ends two months after the publication, on the same day number', () => {
    // 10 October 2026 + 2 months = Thursday 10 December 2026.
    expect(status(calendarDate(2026, 10, 10), calendarDate(2026, 11, 23))).toEqual({
      kind: 'open',
      deadline: '2026-12-10',
      daysLeft: 17,
    });
  });

  it('runs to the next working day when it ends on a Sunday or a public holiday (CPC 642)', () => {
    // 15 September + 2 months = Sunday 15 November → Monday 16 November.
    expect(status(calendarDate(2026, 9, 15))).toMatchObject({ deadline: '2026-11-16' });
    // 11 September + 2 months = Wednesday 11 November (Armistice) → Thursday 12 November.
    expect(status(calendarDate(2026, 9, 11))).toMatchObject({ deadline: '2026-11-12' });
  });

  it('ends on the last day of a shorter month (CPC 641): 31 December + 2 months', () => {
    // 28 February 2027 is a Sunday → Monday 1 March 2027.
    expect(status(calendarDate(2026, 12, 31), calendarDate(2027, 1, 4))).toMatchObject({
      deadline: '2027-03-01',
    });
    // 30 December 2027 + 2 months = 29 February 2028 (leap year), a Tuesday.
    expect(status(calendarDate(2027, 12, 30), calendarDate(2028, 1, 4))).toMatchObject({
      deadline: '2028-02-29',
    });
  });

  it('is still open on its last day, foreclosed the day after, with six months for a relevé', () => {
    expect(status(calendarDate(2026, 9, 10), calendarDate(2026, 11, 10))).toMatchObject({
      kind: 'open',
      daysLeft: 0,
    });
    // 10 September + 6 months = Wednesday 10 March 2027.
    expect(status(calendarDate(2026, 9, 10), calendarDate(2026, 11, 11))).toEqual({
      kind: 'foreclosed',
      deadline: '2026-11-10',
      reliefUntil: '2027-03-10',
    });
  });

  it('is declared once the declaration is recorded, even after the deadline', () => {
    const p = proceedings({
      bodaccPublication: calendarDate(2026, 9, 10),
      declarationSentOn: calendarDate(2026, 10, 2),
    });
    expect(declarationStatus(p, calendarDate(2026, 12, 1), calendar)).toEqual({
      kind: 'declared',
      sentOn: '2026-10-02',
    });
  });
});

describe('the proceedings form', () => {
  const form = (over: Partial<InsolvencyForm> = {}): InsolvencyForm => ({
    kind: 'liquidation',
    judgmentDate: calendarDate(2026, 11, 5),
    court: 'Tribunal de commerce de Lyon',
    bodaccPublication: calendarDate(2026, 11, 15),
    representativeName: 'Maître Anne Durand',
    representativeStreet: '87 rue de Sèze, Bâtiment B',
    representativePostalCode: '69006',
    representativeCity: 'Lyon',
    representativeEmail: '',
    ...over,
  });

  it('reads a complete form, street lines split on commas, e-mail optional', () => {
    const read = readInsolvencyForm(form(), today, null);
    expect(read).toEqual({
      ok: true,
      proceedings: {
        kind: 'liquidation',
        judgmentDate: '2026-11-05',
        court: 'Tribunal de commerce de Lyon',
        bodaccPublication: '2026-11-15',
        representative: {
          name: 'Maître Anne Durand',
          address: {
            lines: ['87 rue de Sèze', 'Bâtiment B'],
            postalCode: '69006',
            city: 'Lyon',
            country: 'France',
          },
          email: null,
        },
        declarationSentOn: null,
      },
    });
  });

  it('refuses dates in the future, a publication before the judgment, a missing mandataire', () => {
    expect(readInsolvencyForm(form({ judgmentDate: calendarDate(2026, 11, 24) }), today, null)).toMatchObject(
      {
        ok: false,
        invalid: ['judgment_future', 'publication_before_judgment'],
      },
    );
    expect(
      readInsolvencyForm(form({ bodaccPublication: calendarDate(2026, 11, 24) }), today, null),
    ).toMatchObject({
      ok: false,
      invalid: ['publication_future'],
    });
    expect(
      readInsolvencyForm(form({ bodaccPublication: calendarDate(2026, 11, 4) }), today, null),
    ).toMatchObject({
      ok: false,
      invalid: ['publication_before_judgment'],
    });
    expect(
      readInsolvencyForm(
        form({
          kind: 'faillite',
          judgmentDate: null,
          representativeName: '',
          representativePostalCode: '6900',
          representativeEmail: 'x@',
        }),
        today,
        null,
      ),
    ).toMatchObject({
      ok: false,
      invalid: [
        'kind',
        'judgment_date',
        'representative_name',
        'representative_address',
        'representative_email',
      ],
    });
  });

  it('accepts a form without publication, and keeps the declaration already recorded', () => {
    const previous = proceedings({ declarationSentOn: calendarDate(2026, 11, 20) });
    const read = readInsolvencyForm(form({ bodaccPublication: null }), today, previous);
    expect(read).toMatchObject({
      ok: true,
      proceedings: { bodaccPublication: null, declarationSentOn: '2026-11-20' },
    });
  });
});

describe('the day’s card section', () => {
  const watch = (over: Partial<InsolvencyProceedings>, status: Invoice['status'] = 'open') =>
    insolvencyWatch(
      aCustomer({ insolvency: proceedings(over) }),
      [
        anInvoice({ number: 'F1', issueDate: calendarDate(2026, 8, 20), status }),
        anInvoice({ number: 'F2', issueDate: calendarDate(2026, 11, 6) }),
      ],
      today,
      calendar,
    )!;

  it('says the claim is foreclosed after the deadline, with six months for a relevé, and names the firm', () => {
    const item = watch(
      { judgmentDate: calendarDate(2026, 9, 1), bodaccPublication: calendarDate(2026, 9, 10) },
      'litigation',
    );
    // Only the invoice issued before the judgment is to declare.
    expect(item).toMatchObject({ frozen: ['F1'], atLawFirm: true, declaration: { kind: 'foreclosed' } });
    const section = insolvencySection([item], [item], [], today, true, 'Cabinet Aptos Avocats');
    expect(section.rows[0]!.heading).toBe(
      'Biocoop Lyon Croix-Rousse — Redressement judiciaire (jugement du 01/09/2026)',
    );
    expect(section.rows[0]!.notes).toEqual([
      '⛔ Délai de déclaration expiré le 10/11/2026\u00a0: la créance est forclose, sauf relevé de forclusion demandé au juge-commissaire avant le 10/03/2027 (L622-26).',
      'Le dossier a été transmis au cabinet Aptos Avocats\u00a0: prévenez-le de la procédure collective (Relances ne lui envoie rien).',
    ]);
    expect(section.rows[0]!.buttons.map((b) => b.title)).toEqual([
      'Préparer la déclaration de créance',
      'Fiche client',
    ]);
    // Read-only: no button to prepare it.
    expect(
      insolvencySection([item], [item], [], today, false, 'Cabinet Aptos Avocats').rows[0]!.buttons.map(
        (b) => b.title,
      ),
    ).toEqual(['Fiche client']);
  });

  it('lists nobody whose prior invoices are all settled', () => {
    expect(
      insolvencyWatch(
        aCustomer({ insolvency: proceedings() }),
        [anInvoice({ number: 'F2', issueDate: calendarDate(2026, 11, 6) })],
        today,
        calendar,
      ),
    ).toBeNull();
  });
});
