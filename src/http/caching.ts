/**
 * API answers hold personal data (and say who is signed in): no browser cache, shared proxy or
 * back/forward cache may keep a copy after the worker logs out of a shared computer. Errors too:
 * a problem can name a person's record, and a 401 must not be replayed from cache once signed in.
 *
 * Every answer without caching of its own gets `no-store`, not only those whose URL starts with
 * /api/: the same route is reached by other spellings of its URL (absolute form, percent-encoding),
 * and the web app's files, the only answers worth caching, set their own Cache-Control.
 */
import type { FastifyInstance } from 'fastify';

export function installNoStore(app: FastifyInstance) {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
