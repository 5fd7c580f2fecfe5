import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DunningConfigError, loadLadder, loadRates } from '../../src/config/dunning-config';
import { GREENOVA_LADDER } from '../../src/domain/ladder';
import { DEFAULT_RATE_TABLE, ecbRateForSemester } from '../../src/domain/rate-table';
import type { CalendarDate } from '../../src/domain/calendar-date';

const temp = mkdtempSync(join(tmpdir(), 'relances-config-'));
const file = (name: string, content: string) => {
  const path = join(temp, name);
  writeFileSync(path, content);
  return path;
};

describe('the ladder from configuration', () => {
  it('is Greenova’s by default', () => {
    expect(loadLadder({ LADDER_FILE: undefined })).toBe(GREENOVA_LADDER);
  });

  it('reads another company’s calendar from a file (seed 002: letter at due date, LRAR +15, mise en demeure +8)', () => {
    const ladder = loadLadder({ LADDER_FILE: 'examples/calendrier-agence.json' });
    expect(ladder.steps.map((s) => [s.id, s.offsetDays, s.channel])).toEqual([
      ['R1', 0, 'letter'],
      ['R2', 15, 'registered_letter'],
      ['MED', 23, 'registered_letter'],
    ]);
    expect(ladder.preDue).toBeNull();
    expect(ladder.minimumGapDays).toBe(0);
    expect(ladder.balanceTolerance).toBe(100);
  });

  it('stops with a French message naming the variable when the file is wrong', () => {
    expect(() => loadLadder({ LADDER_FILE: file('bad.json', '{"steps": [], "preDue": null}') })).toThrow(
      /LADDER_FILE — calendrier de relance invalide : aucune étape/,
    );
    expect(() => loadLadder({ LADDER_FILE: file('broken.json', '{ not json') })).toThrow(DunningConfigError);
    expect(() =>
      loadLadder({
        LADDER_FILE: file(
          'channel.json',
          '{"steps":[{"id":"A","offsetDays":3,"channel":"pigeon","template":"t","label":"A"}],"preDue":null}',
        ),
      }),
    ).toThrow(/LADDER_FILE — steps.0.channel/);
  });
});

describe('the penalty rates from configuration', () => {
  it('adds the semester the built-in table lacks', () => {
    const february = '2027-02-15' as CalendarDate;
    expect(ecbRateForSemester(DEFAULT_RATE_TABLE, february)).toBeNull();
    const rates = loadRates({
      PENALTY_RATES_FILE: file(
        'next.json',
        '{"ecbMainRefinancingRate":[{"from":"2027-01-01","rateBp":265}]}',
      ),
    });
    expect(ecbRateForSemester(rates, february)).toBe(265);
    // The built-in semesters are kept.
    expect(ecbRateForSemester(rates, '2026-08-15' as CalendarDate)).toBe(240);
  });

  it('reads the example file as documented', () => {
    const rates = loadRates({ PENALTY_RATES_FILE: 'examples/taux-penalites.exemple.json' });
    expect(ecbRateForSemester(rates, '2026-08-15' as CalendarDate)).toBe(240);
  });

  it('refuses an entry that is not on a semester start', () => {
    expect(() =>
      loadRates({
        PENALTY_RATES_FILE: file(
          'rates.json',
          '{"ecbMainRefinancingRate":[{"from":"2026-08-01","rateBp":240}]}',
        ),
      }),
    ).toThrow(/PENALTY_RATES_FILE/);
  });
});
