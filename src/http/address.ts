/**
 * The client's network address, as the audit trail and the login throttle record it.
 *
 * Behind a proxy, Fastify takes it from X-Forwarded-For, which the client writes: only the entries
 * added by the proxies we trust (TRUST_PROXY) are believed, and whatever comes out must still be an
 * address, since the audit trail stores it in an `inet` column and the throttle counts by it.
 */
import { isIP } from 'node:net';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Config } from '../config.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Always an IPv4 or IPv6 address (without zone), whatever a proxy header said. */
    clientAddress: string;
  }
}

/**
 * Fastify refuses a bare hop count (it trusts nothing then, so X-Forwarded-Proto would be ignored
 * and cookies would lose Secure). A count of N trusts the nearest N peers, whoever they are: that
 * holds only when the app cannot be reached but through its proxies, which is why addresses are
 * the better setting.
 */
export function trustProxyOption(setting: Config['trustProxy']): FastifyServerOptions['trustProxy'] {
  if (typeof setting !== 'number') return setting;
  const hops = setting;
  return (_address: string, hop: number) => hop < hops;
}

/** An IP address as PostgreSQL's inet takes it, or null. */
export function validAddress(value: string | undefined): string | null {
  if (!value) return null;
  // An IPv6 zone (fe80::1%eth0) names an interface of the peer's host: inet refuses it.
  const address = value.replace(/%[^%]*$/, '');
  return isIP(address) ? address : null;
}

export function installClientAddress(app: FastifyInstance) {
  app.decorateRequest('clientAddress', '');
  app.addHook('onRequest', async (request) => {
    request.clientAddress =
      validAddress(request.ip) ?? validAddress(request.socket.remoteAddress) ?? '0.0.0.0';
  });
}
