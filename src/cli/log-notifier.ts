/** The digest of a run from the command line: logged, nobody is messaged. */
import type { DailyDigest, DigestDelivery } from '../application/day/digest';
import type { Logger, Notifier } from '../application/ports';

export class LogNotifier implements Notifier {
  constructor(private readonly logger: Logger) {}

  async publishDigest(digest: DailyDigest): Promise<DigestDelivery> {
    this.logger.info(
      { date: digest.date, actions: digest.actions.length, warnings: digest.warnings },
      'daily digest (no Teams notifier configured)',
    );
    return { delivered: 0, unreachable: [] };
  }
}
