/**
 * Entity-group transactions sent without the SDK's per-action building (issue 19).
 *
 * `TableClient.submitTransaction` builds each action of a transaction by running a whole request
 * through a second client's pipeline (URL templating, serializers, tracing, headers) and catching
 * it before it leaves: about half of the import's own CPU on a 10 000-line statement. This module
 * writes the same multipart body directly — byte for byte the sub-requests the SDK writes (method,
 * URL with the keys' quotes doubled and URI-encoded, headers, JSON body with `PartitionKey` and
 * `RowKey`) — and sends it through the client's own pipeline, so authentication (shared key or
 * identity), retries and the per-try deadline are the client's. The answer is read as the SDK
 * reads it: a refused transaction is a `RestError` with the failing operation's status (409, 412,
 * 404…), as callers expect.
 *
 * Anything this module does not write the same way (a value other than a string, number, boolean
 * or null — a Date, a typed `{ value, type }`, a bigint —, a SAS in the URL, a Cosmos endpoint)
 * goes through the SDK instead.
 */
import { randomUUID } from 'node:crypto';
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
} from '@azure/core-rest-pipeline';
import { RestError, type TableClient, type TransactionAction } from '@azure/data-tables';

const CRLF = '\r\n';

/** The SDK's names on the wire for its entity properties. */
const WIRE_NAMES: Record<string, string> = {
  partitionKey: 'PartitionKey',
  rowKey: 'RowKey',
  etag: 'odata.etag',
  timestamp: 'Timestamp',
};

let httpClient: HttpClient | undefined;

/** One key in a sub-request's URL, as the SDK writes it: quotes doubled, then URI-encoded. */
const urlKey = (key: string) => encodeURIComponent(key.replace(/'/g, "''"));

/** The entity's JSON as the SDK serializes it, or null when a value needs the SDK's typing. */
function entityJson(entity: Record<string, unknown>): string | null {
  const wire: Record<string, unknown> = {};
  for (const name in entity) {
    if (!Object.prototype.hasOwnProperty.call(entity, name)) continue;
    const value = entity[name];
    if (
      value !== undefined &&
      value !== null &&
      typeof value !== 'string' &&
      typeof value !== 'number' &&
      typeof value !== 'boolean'
    )
      return null;
    wire[WIRE_NAMES[name] ?? name] = value;
  }
  return JSON.stringify(wire);
}

/** The sub-request of one action, or null when it must go through the SDK. */
function subRequest(tableUrl: string, changeset: string, action: TransactionAction): string | null {
  const [kind, entity] = action;
  const mode = (action[2] as 'Merge' | 'Replace' | undefined) ?? 'Merge';
  const head = `--${changeset}${CRLF}content-type: application/http${CRLF}content-transfer-encoding: binary${CRLF}${CRLF}`;
  const at = `${tableUrl}(PartitionKey='${urlKey(entity.partitionKey)}',RowKey='${urlKey(entity.rowKey)}')`;
  if (kind === 'delete')
    return `${head}DELETE ${at} HTTP/1.1${CRLF}Accept: application/json;odata=minimalmetadata${CRLF}DataServiceVersion: 3.0${CRLF}If-Match: *${CRLF}${CRLF}`;
  const body = entityJson(entity as Record<string, unknown>);
  if (body === null) return null;
  if (kind === 'create')
    return `${head}POST ${tableUrl} HTTP/1.1${CRLF}Content-Type: application/json;odata=nometadata${CRLF}Accept: application/json;odata=minimalmetadata${CRLF}DataServiceVersion: 3.0${CRLF}Prefer: return-no-content${CRLF}${CRLF}${CRLF}${body}`;
  const method = mode === 'Replace' ? 'PUT' : 'PATCH';
  let headers = `Content-Type: application/json${CRLF}DataServiceVersion: 3.0${CRLF}Accept: application/json${CRLF}`;
  if (kind === 'update') {
    const etag = (action[3] as { etag?: string } | undefined)?.etag ?? '*';
    headers += `If-Match: ${etag}${CRLF}`;
  }
  return `${head}${method} ${at} HTTP/1.1${CRLF}${headers}${CRLF}${CRLF}${body}`;
}

/** The whole body, or null when one action must go through the SDK. */
export function transactionBody(
  tableUrl: string,
  batchId: string,
  changesetId: string,
  actions: readonly TransactionAction[],
): string | null {
  const changeset = `changeset_${changesetId}`;
  const parts = [
    `--batch_${batchId}${CRLF}content-type: multipart/mixed; boundary=${changeset}${CRLF}${CRLF}`,
  ];
  for (const action of actions) {
    const part = subRequest(tableUrl, changeset, action);
    if (part === null) return null;
    parts.push(part);
  }
  return `${parts.join(CRLF)}${CRLF}--${changeset}--${CRLF}--batch_${batchId}--${CRLF}`;
}

export function sentBySdk(client: TableClient): boolean {
  return client.url.includes('?') || /\.cosmos\.|\.documents\./i.test(client.url);
}

/**
 * Submits the actions (one partition, 100 at most) as one entity-group transaction: all applied or
 * none. Rejects with a `RestError` carrying the status of the operation that failed.
 */
export async function submitTransaction(
  client: TableClient,
  actions: readonly TransactionAction[],
): Promise<void> {
  if (actions.length === 0) return;
  const base = client.url.endsWith('/') ? client.url : `${client.url}/`;
  const batchId = randomUUID();
  const body = sentBySdk(client)
    ? null
    : transactionBody(`${base}${client.tableName}`, batchId, randomUUID(), actions);
  if (body === null) {
    await client.submitTransaction(actions as TransactionAction[]);
    return;
  }
  const request = createPipelineRequest({
    url: `${base}$batch`,
    method: 'POST',
    body,
    // As the SDK sends its transactions: plain http only where the client was allowed it (Azurite).
    allowInsecureConnection:
      (client as unknown as { allowInsecureConnection?: boolean }).allowInsecureConnection === true,
    headers: createHttpHeaders({
      accept: 'application/json',
      'x-ms-version': '2019-02-02',
      DataServiceVersion: '3.0;',
      MaxDataServiceVersion: '3.0;NetFx',
      'Content-Type': `multipart/mixed; boundary=batch_${batchId}`,
      'Accept-Charset': 'UTF-8',
      Connection: 'Keep-Alive',
    }),
  });
  const response = await client.pipeline.sendRequest((httpClient ??= createDefaultHttpClient()), request);
  const text = response.bodyAsText ?? '';
  if (response.status < 200 || response.status >= 300) throw errorOf(text, response.status, response);
  // A sub-response with a body is an error (a success answers « no content »), as the SDK reads it.
  for (const part of text.split('--changesetresponse_').slice(1, -1)) {
    const status = Number(/HTTP\/1.1 ([0-9]*)/.exec(part)?.[1]);
    if (!Number.isInteger(status)) throw new Error(`Couldn't extract status from sub-response:\n ${part}`);
    const error = /\{(.*)\}/.exec(part);
    if (error) throw errorOf(error[0], status, response);
  }
}

function errorOf(
  text: string,
  statusCode: number,
  response: Awaited<ReturnType<TableClient['pipeline']['sendRequest']>>,
): RestError {
  let parsed: { 'odata.error'?: { code?: string; message?: { value?: string } } } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // not JSON: the status says it
  }
  const error = parsed['odata.error'];
  return new RestError(error?.message?.value ?? 'Transaction Failed', {
    code: error?.code,
    statusCode,
    request: response.request,
    response,
  });
}
