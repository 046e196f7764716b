// Composes the HTTP application in a fixed order, one module per job: the framework
// (app.framework.ts), the OpenAPI document (app.openapi.ts), the cross-cutting hooks
// (app.hooks.ts), the background workers (app.workers.ts), then the routes (app.routes.ts). The
// services (services.ts) and the database come in; nothing reads the environment here.
import type { FastifyInstance } from 'fastify';
import { createFramework, registerSecurity } from './app.framework.js';
import { registerHooks } from './app.hooks.js';
import { registerOpenApi } from './app.openapi.js';
import { registerRoutes } from './app.routes.js';
import { runWorkers } from './app.workers.js';
import { LiveChannels } from './platform/auth/cuts.js';
import type { Config } from './platform/config.js';
import type { DatabaseHandle } from './platform/db/client.js';
import { Metrics } from './platform/metrics/metrics.js';
import type { Services } from './services.js';

export { API_VERSION } from './app.openapi.js';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  services: Services;
}

export async function buildApp({ config, database, services }: AppDeps): Promise<FastifyInstance> {
  const { app, draining } = createFramework(config, database);
  await registerSecurity(app, config);
  await registerOpenApi(app);
  const metrics = new Metrics(database);
  await registerHooks(app, config, metrics);
  // Background workers start when the app is ready and stop when it closes.
  const { hub } = runWorkers(app, { config, database, services });
  // Open channels (streams, MCP requests) and the credentials that opened them: cutAccess ends them.
  const channels = new LiveChannels(database);
  app.addHook('onClose', () => channels.close());
  await registerRoutes(app, { config, database, services }, { hub, metrics, draining, channels });
  // Connections the services opened (Redis) close with the app; the database belongs to the caller.
  app.addHook('onClose', () => services.close());
  return app;
}
