import { acceptsUnauthenticated, forwardedClients } from '../../src/server/http';

describe('who a proxy says a request comes from', () => {
  it.each([
    [{ 'x-forwarded-for': '203.0.113.7, 127.0.0.1' }, ['203.0.113.7', '127.0.0.1']],
    [{ forwarded: 'for=203.0.113.7' }, ['203.0.113.7']],
    [{ forwarded: 'For = 203.0.113.7' }, ['203.0.113.7']],
    [{ forwarded: 'proto=https; FOR = "203.0.113.7:4711" ;by=10.0.0.1' }, ['203.0.113.7']],
    [{ forwarded: 'for="[2001:db8:cafe::17]:4711", for=127.0.0.1' }, ['2001:db8:cafe::17', '127.0.0.1']],
    [{ forwarded: 'for=_hidden' }, ['_hidden']],
    [{ forwarded: 'proto=https' }, ['unknown']],
    [{ 'x-real-ip': '198.51.100.2' }, ['198.51.100.2']],
    [{ 'cf-connecting-ip': '198.51.100.3' }, ['198.51.100.3']],
    [{ 'true-client-ip': '198.51.100.4' }, ['198.51.100.4']],
    [{ 'x-client-ip': '198.51.100.5' }, ['198.51.100.5']],
    [{ 'fastly-client-ip': '198.51.100.6' }, ['198.51.100.6']],
    [{ 'x-forwarded-for': '127.0.0.1:5000' }, ['127.0.0.1']],
    [{}, []],
  ])('%j → %j', (headers, clients) => {
    expect(forwardedClients(headers)).toEqual(clients);
  });

  it('accepts an unauthenticated request only from loopback, with no proxy saying otherwise', () => {
    expect(acceptsUnauthenticated('127.0.0.1', {})).toBe(true);
    expect(acceptsUnauthenticated('::ffff:127.0.0.1', { forwarded: 'for="[::1]"' })).toBe(true);
    expect(acceptsUnauthenticated('127.0.0.1', { forwarded: 'for = 203.0.113.7' })).toBe(false);
    expect(acceptsUnauthenticated('127.0.0.1', { 'cf-connecting-ip': '203.0.113.7' })).toBe(false);
    expect(acceptsUnauthenticated('127.0.0.1', { 'true-client-ip': '203.0.113.7' })).toBe(false);
    expect(acceptsUnauthenticated('127.0.0.1', { forwarded: 'proto=https' })).toBe(false);
    expect(acceptsUnauthenticated('192.0.2.10', {})).toBe(false);
  });
});
