/**
 * Who installed Relances, and how to reach them later (proactive messages): the conversation
 * reference of each user's personal chat with the bot. PartitionKey `user`, RowKey = the user's
 * AAD object id (or Teams user id when the channel gives none).
 */
import type { ConversationDirectory, KnownUser } from '../application/ports';
import { encodeKey, getEntityOrNull, listPartition, type TableStorage } from './table-storage';

interface UserRow {
  userId: string;
  aadObjectId: string;
  name: string;
  email: string;
  reference: string;
  updatedAt: string;
}

const PARTITION = 'user';

function fromRow(r: UserRow): KnownUser {
  return {
    userId: r.userId,
    aadObjectId: r.aadObjectId || null,
    name: r.name,
    email: r.email || null,
    reference: JSON.parse(r.reference) as Record<string, unknown>,
    updatedAt: r.updatedAt,
  };
}

export class TableConversationDirectory implements ConversationDirectory {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('Conversations');
  }

  async save(user: KnownUser): Promise<void> {
    const row: UserRow = {
      userId: user.userId,
      aadObjectId: user.aadObjectId ?? '',
      name: user.name,
      email: user.email ?? '',
      reference: JSON.stringify(user.reference),
      updatedAt: user.updatedAt,
    };
    await this.table.upsertEntity(
      { partitionKey: PARTITION, rowKey: encodeKey(user.aadObjectId ?? user.userId), ...row },
      'Replace',
    );
  }

  async get(aadObjectIdOrUserId: string): Promise<KnownUser | null> {
    const row = await getEntityOrNull<UserRow>(this.table, PARTITION, encodeKey(aadObjectIdOrUserId));
    return row ? fromRow(row) : null;
  }

  async list(): Promise<KnownUser[]> {
    return (await listPartition<UserRow>(this.table, PARTITION)).map(fromRow);
  }

  async findByEmail(email: string): Promise<KnownUser | null> {
    const wanted = email.trim().toLowerCase();
    return (await this.list()).find((u) => u.email?.toLowerCase() === wanted) ?? null;
  }
}
