/**
 * Where each posted card is, so it can be updated in place instead of posted again: PartitionKey
 * = the card's key (`digest-2026-11-23`), RowKey = the user's AAD object id (or Teams id).
 */
import type { CardPost, CardPosts } from '../application/ports';
import { encodeKey, getEntityOrNull, isStatus, listPartition, type TableStorage } from './table-storage';

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

  async claim(post: CardPost): Promise<CardPost | null> {
    try {
      await this.table.createEntity({
        partitionKey: encodeKey(post.cardKey),
        rowKey: encodeKey(post.userKey),
        ...post,
      });
      return null;
    } catch (error) {
      if (!isStatus(error, 409)) throw error;
      return (await this.get(post.cardKey, post.userKey)) ?? post;
    }
  }

  async unclaim(cardKey: string, userKey: string): Promise<void> {
    const row = await getEntityOrNull<CardPost & { etag: string }>(
      this.table,
      encodeKey(cardKey),
      encodeKey(userKey),
    );
    if (!row || row.activityId !== '') return;
    await this.table
      .deleteEntity(encodeKey(cardKey), encodeKey(userKey), { etag: row.etag })
      .catch((error: unknown) => {
        if (!isStatus(error, 404) && !isStatus(error, 412)) throw error;
      });
  }

  async save(post: CardPost): Promise<void> {
    await this.table.upsertEntity(
      { partitionKey: encodeKey(post.cardKey), rowKey: encodeKey(post.userKey), ...post },
      'Replace',
    );
  }
}
