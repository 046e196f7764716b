# Doable in one image: the server (its TypeScript bundled into build/server/bundle) and the built web app.
# Build: docker build -t doable .   Run: docker compose up (compose.yaml), or see docs/deploy.md.
ARG NODE_VERSION=20

# Stage 1: the web app built into web/dist. Vite, tsx and everything the app imports are production
# dependencies: the dev tools (test runners, linters, the browser driver: more packages than the
# app's) are not installed.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm install --omit=dev --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build:web

# Stage 2: production dependencies only (tsx is one: its esbuild bundles the server), the server's
# source and its build, the migrations and the built web app. No npm at run time: node is PID 1
# and gets SIGTERM itself.
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm install --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY bin ./bin
COPY drizzle ./drizzle
COPY server ./server
COPY shared ./shared
COPY rules-assistant/index.ts ./rules-assistant/index.ts
COPY rules-assistant/engine ./rules-assistant/engine
# The server as JavaScript (server/launch/build-server.mjs): a start loads it instead of the source.
RUN node server/launch/build-server.mjs
# The migrated, empty embedded database a first start copies into an empty DATA_DIR (server/platform/db/pglite.template.ts).
RUN node server/launch/cli.mjs template && chmod -R a+rX node_modules/.cache/doable
COPY --from=build /app/web/dist ./web/dist
# DATA_DIR: the embedded database when DATABASE_URL is unset. The image's files stay root's.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
# The image's `node` user, by number so Kubernetes' runAsNonRoot can verify it; never root.
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# node itself, not `npm start`: npm as PID 1 would not pass SIGTERM on, and shutdown would never
# drain. main.ts handles SIGTERM and SIGINT; compose adds a tiny init (`init: true`) to reap.
CMD ["node", "server/launch/start.mjs"]
