/**
 * Customers in Azure Tables. PartitionKey `customer` (a portfolio is thousands of rows at most, read
 * whole by the job and the question service), RowKey = customer code.
 */
import {
  CIVILITIES,
  type Civility,
  type Customer,
  type CustomerType,
  type InsolvencyProceedings,
  type PostalAddress,
  type RiskSegment,
} from '../domain/ledger';
import type { CustomerRepository } from '../application/ports';
import { LedgerReadModel } from './read-model';
import {
  encodeKey,
  getEntityOrNull,
  listPartition,
  submitInBatches,
  type TableStorage,
} from './table-storage';

const PARTITION = 'customer';

interface CustomerRow {
  code: string;
  legalName: string;
  siren: string;
  address: string;
  billingEmails: string;
  phone: string;
  salesRepEmail: string;
  risk: string;
  type: string;
  paymentTermsDays: number;
  contractualPenaltyRateBp: number;
  /** « M. », « Mme » or empty (absent on rows written before). */
  contactCivility?: string;
  contactName?: string;
  /** Collective proceedings as JSON; absent on rows written before they existed, empty when none. */
  insolvency?: string;
  legalForm?: string;
  rcs?: string;
  /** Other names, as JSON (absent on rows written before; empty when none). */
  aliases?: string;
}

function toRow(c: Customer): CustomerRow {
  return {
    code: c.code,
    legalName: c.legalName,
    siren: c.siren ?? '',
    address: JSON.stringify(c.address),
    billingEmails: c.billingEmails.join(';'),
    phone: c.phone ?? '',
    salesRepEmail: c.salesRepEmail ?? '',
    risk: c.risk,
    type: c.type,
    paymentTermsDays: c.paymentTermsDays,
    contractualPenaltyRateBp: c.contractualPenaltyRateBp ?? -1,
    contactCivility: c.contact?.civility ?? '',
    contactName: c.contact?.name ?? '',
    insolvency: c.insolvency ? JSON.stringify(c.insolvency) : '',
    legalForm: c.legalForm ?? '',
    rcs: c.rcs ?? '',
    aliases: c.aliases && c.aliases.length > 0 ? JSON.stringify(c.aliases) : '',
  };
}

function fromRow(r: CustomerRow): Customer {
  return {
    code: r.code,
    legalName: r.legalName,
    siren: r.siren || null,
    address: JSON.parse(r.address) as PostalAddress,
    billingEmails: r.billingEmails ? r.billingEmails.split(';') : [],
    phone: r.phone || null,
    salesRepEmail: r.salesRepEmail || null,
    risk: r.risk as RiskSegment,
    type: r.type as CustomerType,
    paymentTermsDays: Number(r.paymentTermsDays),
    contractualPenaltyRateBp:
      Number(r.contractualPenaltyRateBp) >= 0 ? Number(r.contractualPenaltyRateBp) : null,
    // Only when the export named someone (rows written before have neither column).
    ...(r.contactCivility || r.contactName
      ? {
          contact: {
            civility: (CIVILITIES as readonly string[]).includes(r.contactCivility ?? '')
              ? (r.contactCivility as Civility)
              : null,
            name: r.contactName || null,
          },
        }
      : {}),
    ...(r.insolvency ? { insolvency: JSON.parse(r.insolvency) as InsolvencyProceedings } : {}),
    // Rows written before these columns existed have neither: read as unknown.
    ...(r.legalForm ? { legalForm: r.legalForm } : {}),
    ...(r.rcs ? { rcs: r.rcs } : {}),
    ...(r.aliases ? { aliases: JSON.parse(r.aliases) as string[] } : {}),
  };
}

export class TableCustomerRepository implements CustomerRepository {
  /** `readModel`: the ledger's (./read-model.ts): the list is kept while no write bumped its version. */
  constructor(
    private readonly storage: TableStorage,
    private readonly readModel = new LedgerReadModel(storage, { cache: false }),
  ) {}

  private get table() {
    return this.storage.table('Customers');
  }

  async get(code: string): Promise<Customer | null> {
    const row = await getEntityOrNull<CustomerRow>(this.table, PARTITION, encodeKey(code));
    return row ? fromRow(row) : null;
  }

  async list(): Promise<Customer[]> {
    return this.readModel.read('customers', async () =>
      (await listPartition<CustomerRow>(this.table, PARTITION)).map(fromRow),
    );
  }

  async upsertMany(customers: readonly Customer[]): Promise<void> {
    await this.readModel.writing(() =>
      submitInBatches(
        this.table,
        customers.map((c) => [
          'upsert',
          { partitionKey: PARTITION, rowKey: encodeKey(c.code), ...toRow(c) },
          'Replace',
        ]),
      ),
    );
  }
}
