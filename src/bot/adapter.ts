/**
 * The Bot Framework adapter, with the HTTP answer left to the edge. botbuilder's own
 * `CloudAdapter.process` answers 500 with the error's message when a token cannot be checked
 * (the Bot Framework's keys unreachable, say) and prints it with `console.error`, outside the
 * logger. Here a token that cannot be validated, for whatever reason, is an « unauthorized »
 * outcome (the edge answers 401 and logs why), and the turn's answer (an invoke's response, the
 * replies asked for) is returned for the edge to send.
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';

export type ActivityOutcome =
  /** The turn ran: the HTTP status and body to answer with (none for a plain message). */
  | { kind: 'processed'; status: number; body?: unknown }
  /** The token is missing, forged, expired, or could not be checked at all. */
  | { kind: 'unauthorized'; error: unknown }
  /** Not an activity. */
  | { kind: 'invalid' };

function isActivity(body: unknown): body is Record<string, unknown> & { type: string } {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    typeof (body as Activity).type === 'string'
  );
}

/** What botbuilder's `validateAndFixActivity` does: timestamps as dates, the raw text kept. */
function withDates(body: Record<string, unknown>): Activity {
  const activity = body as Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    if (typeof activity[field] === 'string') {
      activity[raw] = activity[field];
      activity[field] = new Date(activity[field]);
    }
  }
  return activity as unknown as Activity;
}

export class RelancesAdapter extends TeamsAdapter {
  /** Authenticates the request, then runs the turn; never throws for a token it cannot check. */
  async handle(
    body: unknown,
    authorization: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<ActivityOutcome> {
    if (!isActivity(body)) return { kind: 'invalid' };
    const activity = withDates(body);
    let authentication: Awaited<ReturnType<typeof this.botFrameworkAuthentication.authenticateRequest>>;
    try {
      authentication = await this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
    } catch (error) {
      return { kind: 'unauthorized', error };
    }
    const response = await this.processActivity(authentication, activity, logic);
    return { kind: 'processed', status: response?.status ?? 200, body: response?.body };
  }
}
