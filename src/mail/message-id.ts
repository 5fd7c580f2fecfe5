/**
 * Message-IDs we mint ourselves, so that the id stored in the journal is the one in the sent
 * message's header whatever the transport (Graph's sendMail answers 202 without any id).
 */
import { randomUUID } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';

export interface Sender {
  name: string;
  address: string;
}

/** `Greenova — Service comptabilité <comptabilite@greenova.example>` → its name and address. */
export function parseSender(from: string): Sender {
  const first = addressparser(from, { flatten: true })[0];
  if (!first || !/^[^\s@]+@[^\s@]+$/.test(first.address)) {
    throw new Error(`invalid sender address: ${JSON.stringify(from)}`);
  }
  return { name: first.name, address: first.address };
}

/**
 * `<uuid@domain>` (RFC 5322 msg-id). The right-hand side is the sender's domain: it makes the id
 * globally unique in practice and is what mail servers expect to see.
 */
export function newMessageId(senderAddress: string): string {
  const domain = senderAddress.slice(senderAddress.lastIndexOf('@') + 1).toLowerCase();
  return `<${randomUUID()}@${domain}>`;
}
