// The routes an app registered, as "METHOD /pattern": an onRoute hook added the moment each
// Fastify instance is made (a suite mocks 'fastify' with recordingFastify), so that a suite can
// check it covers every route, including those a plugin registers (Swagger UI, CORS).
import type { FastifyInstance } from 'fastify';

const recorded = new WeakMap<object, Set<string>>();

/** `/api/:user_id/tasks/` and `/api/:user_id/tasks` are one route (a prefixed plugin's `/`). */
const normalise = (url: string) => (url.length > 1 && url.endsWith('/') ? url.slice(0, -1) : url);

/** Fastify's factory, with every instance it makes recording the routes registered on it. */
export function recordingFastify<F extends (...args: any[]) => FastifyInstance>(factory: F): F {
  const wrapped = ((...args: unknown[]) => {
    const app = factory(...args);
    const routes = new Set<string>();
    recorded.set(app, routes);
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.add(`${method} ${normalise(route.url ?? '')}`);
    });
    return app;
  }) as F;
  return Object.assign(wrapped, factory);
}

/**
 * The routes `app` registered, without the HEAD routes Fastify adds for each GET (they answer
 * what the GET does, without a body).
 */
export function registeredRoutes(app: FastifyInstance): string[] {
  const routes = recorded.get(app);
  if (!routes)
    throw new Error("No routes recorded: mock 'fastify' with recordingFastify before the app is built");
  return [...routes]
    .filter((r) => !(r.startsWith('HEAD ') && routes.has(r.replace(/^HEAD /, 'GET '))))
    .sort();
}
