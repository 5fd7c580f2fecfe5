// Until the question feature moves to the ports (issue #12, merged separately): these moved to
// src/domain/journal.ts and src/application/ports.
export type { Actor, JournalEntry, JournalOutcome, JournalTarget, NewJournalEntry } from './journal';
export type { CustomerRepository, InvoiceRepository, Journal, PaymentRepository } from '../application/ports';
