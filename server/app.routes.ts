// The routes: health and metrics, the accounts and administration, every route under
// /api/{user_id} in one scope that authenticates the caller once, MCP, calendar feeds, CalDAV, and
// the web app last (its catch-all GET answers only what no route above claims).
import type { FastifyInstance } from 'fastify';
import { carryOutPlan, offlineAgent } from '../rules-assistant/index.js';
import { serveOpenApiDocument } from './app.openapi.js';
import { accountRoutes } from './features/accounts/accounts.routes.js';
import { authRoutes } from './features/accounts/auth.routes.js';
import { ssoOption } from './features/accounts/sso.js';
import { serverModel } from './features/admin/admin.model.js';
import { adminRoutes } from './features/admin/admin.routes.js';
import { apiKeyRoutes } from './features/apikeys/apikeys.routes.js';
import { caldavRoutes } from './features/caldav/caldav.routes.js';
import { chatRoutes } from './features/chat/chat.routes.js';
import { eventRoutes } from './features/events/events.routes.js';
import type { EventHub } from './features/events/events.service.js';
import { feedManagementRoutes, feedRoutes } from './features/feeds/feeds.routes.js';
import { filterRoutes } from './features/filters/filters.routes.js';
import { listRoutes } from './features/lists/lists.routes.js';
import { mcpRoutes } from './features/mcp/mcp.routes.js';
import { notificationRoutes } from './features/notifications/notifications.routes.js';
import { inboxFrames } from './features/notifications/notifications.stream.js';
import { pushRoutes } from './features/push/push.routes.js';
import { reminderRoutes } from './features/reminders/reminders.routes.js';
import { sectionRoutes } from './features/sections/sections.routes.js';
import { settingsRoutes } from './features/settings/settings.routes.js';
import { sharingRoutes } from './features/sharing/sharing.routes.js';
import { tagRoutes } from './features/tags/tags.routes.js';
import { taskRoutes } from './features/tasks/tasks.routes.js';
import { transferRoutes } from './features/transfer/transfer.routes.js';
import { webhookRoutes } from './features/webhooks/webhooks.routes.js';
import type { LiveChannels } from './platform/auth/cuts.js';
import type { Config } from './platform/config.js';
import type { DatabaseHandle } from './platform/db/client.js';
import { healthRoutes } from './platform/health/health.routes.js';
import type { Metrics } from './platform/metrics/metrics.js';
import { metricsRoutes } from './platform/metrics/metrics.routes.js';
import { webApp } from './platform/web/static.js';
import type { Services } from './services.js';

export async function registerRoutes(
  app: FastifyInstance,
  { config, database, services }: { config: Config; database: DatabaseHandle; services: Services },
  {
    hub,
    metrics,
    draining,
    channels,
  }: { hub: EventHub; metrics: Metrics; draining: () => boolean; channels: LiveChannels },
): Promise<void> {
  serveOpenApiDocument(app);
  await app.register(healthRoutes, { database, draining });
  await app.register(metricsRoutes, { metrics, token: config.metricsToken });
  const { authenticator, limiter } = services;
  services.authLog.logger = app.log;
  await app.register(authRoutes, {
    prefix: '/api/auth',
    auth: services.auth,
    appUrl: config.appUrl,
    limiter,
    attemptsPerMinute: config.rateLimits.authPerMinute,
    bodyLimit: config.bodyLimitBytes,
    signup: config.signup,
    sendsEmail: config.mail !== undefined,
    sso: ssoOption(config),
    db: database.db,
  });
  await app.register(accountRoutes, {
    prefix: '/api/me',
    db: database.db,
    authenticator,
    passwords: services.passwords,
    limiter,
    attemptsPerMinute: config.rateLimits.authPerMinute,
  });
  await app.register(adminRoutes, {
    prefix: '/api/admin',
    db: database.db,
    backups: services.backups,
    signup: config.signup,
    appUrl: config.appUrl,
    authenticator,
    model: { environment: config.model, keys: services.modelKeys },
    emails: config.mail
      ? {
          passwordReset: async (email) => {
            await services.auth.api.requestPasswordReset({ body: { email } });
          },
          verification: async (email) => {
            await services.auth.api.sendVerificationEmail({ body: { email } });
          },
        }
      : undefined,
  });
  await app.register(mcpRoutes, { db: database.db, authenticator, channels });
  // Every route under /api/{user_id}: the caller is authenticated once for the whole scope.
  await app.register(
    async (api) => {
      api.addHook('onRequest', authenticator.hook);
      const db = database.db;
      await api.register(apiKeyRoutes, { prefix: '/api-keys', db });
      await api.register(taskRoutes, { prefix: '/tasks', db });
      await api.register(transferRoutes, { db });
      await api.register(eventRoutes, {
        db,
        hub,
        heartbeatMs: config.eventsHeartbeatSeconds * 1000,
        ownFrames: (userId) => inboxFrames(database.db, userId),
        channels,
      });
      await api.register(chatRoutes, {
        db,
        channels,
        model: {
          builtin: offlineAgent,
          server: () => serverModel(database.db, config.model, services.modelKeys),
          allowPrivate: config.modelAllowPrivate,
          keys: services.modelKeys,
          carryOutPlan,
        },
      });
      await api.register(webhookRoutes, {
        prefix: '/webhooks',
        db,
        policy: { allowPrivate: config.webhooks.allowPrivate },
        secrets: services.webhookSecrets,
      });
      await api.register(pushRoutes, {
        prefix: '/push-subscriptions',
        db,
        policy: { allowPrivate: config.push.allowPrivate },
        keys: services.vapid,
      });
      await api.register(reminderRoutes, { prefix: '/reminders', db });
      await api.register(listRoutes, { prefix: '/lists', db });
      await api.register(sectionRoutes, { prefix: '/sections', db });
      await api.register(sharingRoutes, {
        db,
        appUrl: config.appUrl,
        mail: services.mailer ? { links: services.mailLinks, signal: services.mailSignal } : undefined,
      });
      await api.register(tagRoutes, { prefix: '/tags', db });
      await api.register(filterRoutes, { prefix: '/filters', db });
      await api.register(notificationRoutes, { prefix: '/notifications', db });
      await api.register(settingsRoutes, {
        prefix: '/settings',
        db,
        emailAvailable: config.mail !== undefined,
      });
      await api.register(feedManagementRoutes, { prefix: '/calendar-feeds', db, appUrl: config.appUrl });
    },
    { prefix: '/api/:user_id' },
  );
  await app.register(feedRoutes, { db: database.db, limiter, appUrl: config.appUrl });
  // The web app last: its catch-all GET only answers what no route above claims.
  await app.register(caldavRoutes, { db: database.db, authenticator });
  await app.register(webApp);
}
