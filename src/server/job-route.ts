/**
 * `POST /api/jobs/daily` — runs the daily job on demand (a scheduler outside the bot, an operator).
 * Header `x-job-key` must equal JOB_KEY (compared in constant time); body `{ "date": "YYYY-MM-DD" }`
 * optional, never in the future. Without JOB_KEY configured the route refuses everything.
 */
import { jobSkipText } from '../i18n/reasons';
import { timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { isServiceUnavailable } from '../application/unavailable';
import type { Logger } from '../config/logger';
import { isCalendarDate, type CalendarDate } from '../domain/calendar-date';
import { fr } from '../i18n/fr';
import type { DailyJobRequest, DailyJobResult } from '../application/day/run-daily-job';

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function mountJobRoute(
  jobKey: string | undefined,
  run: (request: DailyJobRequest) => Promise<DailyJobResult>,
  logger: Logger,
): (server: Server) => void {
  return (server) => {
    server.post('/api/jobs/daily', async (req: Request, res: Response) => {
      const given = req.headers['x-job-key'];
      if (!jobKey) {
        res.send(403, { error: fr.jobRoute.disabled });
        return;
      }
      if (typeof given !== 'string' || !sameKey(given, jobKey)) {
        logger.warn({ remote: req.socket.remoteAddress }, 'daily job requested with a wrong key');
        res.send(401, { error: fr.jobRoute.badKey });
        return;
      }
      const body: unknown = req.body ?? {};
      const date = typeof body === 'object' && body !== null ? (body as { date?: unknown }).date : undefined;
      if (date !== undefined && !isCalendarDate(date)) {
        res.send(400, { error: fr.jobRoute.badDate });
        return;
      }
      let result: DailyJobResult;
      try {
        result = await run({ trigger: 'http', date: date as CalendarDate | undefined });
      } catch (error) {
        // The caller (a scheduler, an operator) reads French; the logs keep the precise error.
        const unavailable = isServiceUnavailable(error);
        logger.error({ err: error }, 'the daily job requested over HTTP failed');
        res.send(unavailable ? 503 : 500, {
          error: unavailable ? fr.jobRoute.unavailable : fr.jobRoute.failed,
        });
        return;
      }
      if (result.status === 'refused') res.send(400, { status: 'refused', error: jobSkipText(result.skip) });
      else if (result.status === 'skipped')
        res.send(200, { status: 'skipped', reason: jobSkipText(result.skip) });
      else {
        res.send(200, {
          status: 'completed',
          date: result.run.date,
          counts: result.run.counts,
          warnings: result.run.warnings,
          durationMs: result.run.durationMs,
        });
      }
    });
  };
}
