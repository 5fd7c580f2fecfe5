/**
 * Where penalty invoices, waivers and the penalty numbering are kept (src/store/late-fee-repository.ts).
 */
import type { CustomerPenaltyWaiver, PenaltyBill, PenaltyWaiver } from '../../domain/late-fees';

export type BillChange = (current: PenaltyBill) => PenaltyBill | null;

export interface LateFeeRepository {
  /**
   * Records the bill or the waiver together with the numbers of the invoices it covers, all or
   * nothing: false (nothing written) when one of them is already billed or waived.
   */
  claim(
    record: { kind: 'bill'; bill: PenaltyBill } | { kind: 'waiver'; waiver: PenaltyWaiver },
  ): Promise<boolean>;
  /** The invoice numbers of the customer already billed or waived. */
  settledInvoices(customerCode: string): Promise<Set<string>>;
  getBill(customerCode: string, id: string): Promise<PenaltyBill | null>;
  /** Read–modify–write of a bill under its ETag; null when it does not exist. */
  modifyBill(customerCode: string, id: string, change: BillChange): Promise<PenaltyBill | null>;
  /**
   * The bill's number in the sequence `<prefix>-<year>-NNNN`: the next free one, taken by a
   * conditional insert (two bills never get the same number, none is skipped), or the one this
   * bill already took.
   */
  takeNumber(prefix: string, year: number, customerCode: string, billId: string): Promise<string>;
  /** The bill a penalty number designates (payments imported against it). */
  findBillByNumber(number: string): Promise<PenaltyBill | null>;
  /** Every penalty number taken, with its customer and bill (payment imports). */
  listNumberIndex(): Promise<Map<string, { customerCode: string; billId: string }>>;
  listBills(): Promise<PenaltyBill[]>;
  listWaivers(): Promise<PenaltyWaiver[]>;
  getCustomerWaiver(customerCode: string): Promise<CustomerPenaltyWaiver | null>;
  /** Sets (or, with null, lifts) the customer's waiver. */
  setCustomerWaiver(customerCode: string, waiver: CustomerPenaltyWaiver | null): Promise<void>;
  listCustomerWaivers(): Promise<CustomerPenaltyWaiver[]>;
}
