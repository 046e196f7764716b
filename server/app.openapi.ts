// The OpenAPI document (@fastify/swagger, built from the routes' zod schemas), its Swagger UI at
// /docs and the document itself at /openapi.json.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { openApiTransform, openApiTransformObject } from './platform/http/openapi.js';

export const API_VERSION = '0.1.0';

/** Registers the document's generator and the docs page; before the routes, which it reads. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Doable API',
        version: API_VERSION,
        description:
          'Tasks for many users, each isolated. Errors are RFC 9457 application/problem+json with a stable error_code.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the instance that serves the document, whatever its address or proxy path.
      servers: [{ url: '/', description: 'The instance serving this document' }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'A JWT from GET /api/auth/token, HS256 signed with BETTER_AUTH_SECRET, or one verified against JWKS_URL; or an API key (dbl_...)',
          },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API key (dbl_...)' },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'better-auth.session_token',
            description: 'The web session from POST /api/auth/sign-in/email; writes need a trusted Origin',
          },
        },
      },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // Swagger UI sets inline styles; without this the docs page logs a CSP violation on every load.
    transformStaticCSP: (header) =>
      header.replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'"),
  });
}

/** GET /openapi.json: the document, left out of itself. */
export function serveOpenApiDocument(app: FastifyInstance): void {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
