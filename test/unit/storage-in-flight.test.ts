/**
 * The storage's requests in flight are bounded, all tables together (src/store/table-storage.ts):
 * an import writing several tables side by side queues in the process, not at the storage past its
 * tries' deadlines.
 */
import { createHttpHeaders, createPipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import { inFlightPolicy } from '../../src/store/table-storage';

describe('requests in flight', () => {
  it('sends at most the bound at once, every request in the end, failures included', async () => {
    const policy = inFlightPolicy(3);
    let active = 0;
    let most = 0;
    const sent: number[] = [];
    const send = (i: number) =>
      policy.sendRequest(createPipelineRequest({ url: `http://127.0.0.1/${i}` }), async (request) => {
        active++;
        most = Math.max(most, active);
        await new Promise((resolve) => setTimeout(resolve, 1 + (i % 4)));
        active--;
        sent.push(i);
        if (i % 5 === 0) throw new Error(`refused ${i}`);
        return { request, status: 200, headers: createHttpHeaders() } as PipelineResponse;
      });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => send(i)));
    expect(most).toBe(3);
    expect(sent.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    // Nothing left holding a slot: three more go at once.
    most = 0;
    await Promise.all([21, 22, 23].map(send));
    expect(most).toBe(3);
  });
});
