/**
 * Who is talking to the bot, and what they may do. A Teams activity carries the user's ids but not
 * their e-mail; the e-mail comes from the connector's member lookup (`TeamsInfo.getMember`, i.e.
 * GET /v3/conversations/{id}/members/{userId}), cached in memory and kept with the user's
 * conversation reference. Roles come from configuration by e-mail (controllers, backup controllers,
 * directors); a sales rep is whoever is some customer's `commercial_email`.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from '../config/logger';
import type { RoleSettings } from '../config/settings';
import type { Customer } from '../domain/ledger';
import type { Stores } from '../application/ports';

const LOOKUP_TIMEOUT_MS = 2000;

export type Role = 'controller' | 'backup_controller' | 'director' | 'sales_rep';

export interface Viewer {
  userId: string;
  aadObjectId: string | null;
  name: string;
  email: string | null;
  roles: Role[];
  /** For a sales rep: the customers they own (the only ones they may see). */
  customerCodes: string[];
}

/** Controllers and their backups act on the card; everyone else reads at most. */
export function canAct(viewer: Pick<Viewer, 'roles'>): boolean {
  return viewer.roles.includes('controller') || viewer.roles.includes('backup_controller');
}

/** « Passer en perte »: the credit controllers and the directors, never a sales rep as such. */
export function canWriteOff(viewer: Pick<Viewer, 'roles'>): boolean {
  return canAct(viewer) || viewer.roles.includes('director');
}

/** Directors and controllers see every customer; a sales rep only theirs. */
export function seesEverything(viewer: Pick<Viewer, 'roles'>): boolean {
  return canAct(viewer) || viewer.roles.includes('director');
}

export function rolesFor(
  email: string | null,
  settings: Pick<RoleSettings, 'CONTROLLER_EMAILS' | 'BACKUP_CONTROLLER_EMAILS' | 'DIRECTOR_EMAILS'>,
  customers: readonly Customer[],
): { roles: Role[]; customerCodes: string[] } {
  if (!email) return { roles: [], customerCodes: [] };
  const e = email.toLowerCase();
  const roles: Role[] = [];
  if (settings.CONTROLLER_EMAILS.includes(e)) roles.push('controller');
  if (settings.BACKUP_CONTROLLER_EMAILS.includes(e)) roles.push('backup_controller');
  if (settings.DIRECTOR_EMAILS.includes(e)) roles.push('director');
  const customerCodes = customers.filter((c) => c.salesRepEmail?.toLowerCase() === e).map((c) => c.code);
  if (customerCodes.length > 0) roles.push('sales_rep');
  return { roles, customerCodes };
}

export class People {
  private readonly emails = new Map<string, string>();

  constructor(
    private readonly settings: RoleSettings,
    private readonly stores: Stores,
    private readonly logger: Logger,
  ) {}

  /** The user's e-mail: cached, stored, or looked up once through the connector. */
  async emailOf(context: TurnContext): Promise<string | null> {
    const from = context.activity.from;
    const cached = this.emails.get(from.id);
    if (cached) return cached;
    const stored = await this.stores.conversations.get(from.aadObjectId ?? from.id).catch(() => null);
    if (stored?.email) {
      this.emails.set(from.id, stored.email);
      return stored.email;
    }
    try {
      // A slow or unreachable connector must not hold the user's turn (Teams gives 5 s to invokes).
      const member = await Promise.race([
        TeamsInfo.getMember(context, from.id),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('member lookup timed out')), LOOKUP_TIMEOUT_MS).unref(),
        ),
      ]);
      const email = (member.email ?? member.userPrincipalName ?? '').trim().toLowerCase() || null;
      if (email) {
        this.emails.set(from.id, email);
        if (stored) await this.stores.conversations.save({ ...stored, email });
      }
      return email;
    } catch (error) {
      this.logger.warn({ err: error, user: from.id }, 'member lookup failed: e-mail unknown');
      return null;
    }
  }

  async viewerOf(context: TurnContext): Promise<Viewer> {
    const from = context.activity.from;
    const email = await this.emailOf(context);
    // Roles follow the customers' reps: read through the ledger's read model (kept by the version
    // row in storage, one point read), so a rep changed on another instance counts at once (#17).
    const fresh = rolesFor(email, this.settings, email ? await this.stores.customers.list() : []);
    return {
      userId: from.id,
      aadObjectId: from.aadObjectId ?? null,
      name: from.name ?? '',
      email,
      roles: fresh.roles,
      customerCodes: fresh.customerCodes,
    };
  }
}
