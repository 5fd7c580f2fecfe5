/**
 * Where each posted card is, so it can be updated in place instead of posted again: PartitionKey
 * = the card's key (`digest-2026-11-23`), RowKey = the user's AAD object id (or Teams id).
 */
import type { CardPost, CardPosts } from '../application/ports';
import { encodeKey, getEntityOrNull, listPartition, type TableStorage } from './table-storage';

export class TableCardPosts implements CardPosts {
  constructor(private readonly storage: TableStorage) {}

  private get table() {
    return this.storage.table('Cards');
  }

  async get(cardKey: string, userKey: string): Promise<CardPost | null> {
    const row = await getEntityOrNull<CardPost>(this.table, encodeKey(cardKey), encodeKey(userKey));
    return row
      ? {
          cardKey: row.cardKey,
          userKey: row.userKey,
          conversationId: row.conversationId,
          activityId: row.activityId,
          postedAt: row.postedAt,
        }
      : null;
  }

  async list(cardKey: string): Promise<CardPost[]> {
    return (await listPartition<CardPost>(this.table, encodeKey(cardKey))).map((row) => ({
      cardKey: row.cardKey,
      userKey: row.userKey,
      conversationId: row.conversationId,
      activityId: row.activityId,
      postedAt: row.postedAt,
    }));
  }

  async save(post: CardPost): Promise<void> {
    await this.table.upsertEntity(
      { partitionKey: encodeKey(post.cardKey), rowKey: encodeKey(post.userKey), ...post },
      'Replace',
    );
  }
}
