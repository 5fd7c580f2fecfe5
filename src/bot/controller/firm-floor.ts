/**
 * The floor under which a transfer to the law firm is not worth it: the transfer row of the day's
 * card and the confirmation say so (« Créance de 223,68 € : sous le seuil de 500,00 € fixé pour
 * confier un dossier au cabinet ; envisagez la procédure simplifiée… »). No extra click: the
 * confirmation that every transfer already asks for carries the warning.
 */
import type { DunningAction } from '../../domain/actions';
import { isBelowFirmFloor } from '../../domain/competent-procedure';
import type { Customer } from '../../domain/ledger';
import type { Cents } from '../../domain/money';
import { belowFirmFloorNote } from '../../i18n/competent-procedure';

type CustomerReader = { get(code: string): Promise<Customer | null> };

/** The transfer rows (first transfers, not supplements to a file already at the firm) under the floor. */
export function belowFloor(
  action: Pick<DunningAction, 'channel' | 'total' | 'supplement'>,
  floor?: Cents,
): boolean {
  return action.channel === 'transfer' && !action.supplement && isBelowFirmFloor(action.total, floor);
}

/** The warning for one transfer under the floor, or null. */
export async function floorWarning(
  customers: CustomerReader,
  action: Pick<DunningAction, 'channel' | 'total' | 'supplement' | 'customerCode'>,
  floor?: Cents,
): Promise<string | null> {
  if (!floor || !belowFloor(action, floor)) return null;
  const customer = await customers.get(action.customerCode);
  return belowFirmFloorNote(action.total, floor, customer?.type ?? null);
}

/** The warnings of a day's transfer rows under the floor, per customer code (customers read only then). */
export async function floorWarnings(
  customers: CustomerReader,
  actions: ReadonlyArray<Pick<DunningAction, 'channel' | 'total' | 'supplement' | 'customerCode'>>,
  floor?: Cents,
): Promise<Record<string, string>> {
  const notes: Record<string, string> = {};
  for (const action of actions) {
    const warning = await floorWarning(customers, action, floor);
    if (warning) notes[action.customerCode] = warning;
  }
  return notes;
}
