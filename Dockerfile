# syntax=docker/dockerfile:1
# briefbot in a container: `docker build -t briefbot .`, then see compose.yaml, or
#   docker run -d --env-file .env -v "$PWD/content:/app/content" -v briefbot-data:/app/data briefbot
# NODE_VERSION is any major that package.json's engines accepts (>=20): the suite runs on 20 here,
# but Node 20 reached end of life in April 2026, so the image uses a supported LTS.
ARG NODE_VERSION=24

# --- build: compile TypeScript, build better-sqlite3 for this image's Node and libc ---
FROM node:${NODE_VERSION}-bookworm-slim AS build
# What node-gyp needs when better-sqlite3 has no prebuilt binary for this Node (or none can be fetched).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.ts scripts/
COPY src src
COPY commands commands
# dist/ holds the JavaScript; then the dev dependencies (TypeScript, vitest…) leave node_modules.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- runtime: no compiler, no sources, not root ---
FROM node:${NODE_VERSION}-bookworm-slim
# tini is PID 1: it forwards SIGTERM to node (which stops the scheduler and closes the store) and reaps zombies.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The defaults (./content, ./data) resolved in /app, so an .env made from .env.example points at the volumes too.
ENV NODE_ENV=production \
    CONTENT_DIR=/app/content \
    DATA_DIR=/app/data \
    HEALTH_PORT=8080
# The code belongs to root, so the bot cannot change it; only its folders are writable by the node user.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
RUN mkdir -p /app/content /app/data && chown node:node /app/content /app/data
USER node
# Articles (also written by /sources add and feeds) and briefbot's own files (SQLite store, knowledge snapshot).
VOLUME ["/app/content", "/app/data"]
# HEALTH_PORT: /livez, /readyz, /metrics. PORT (3000): Slack's requests, in Slack HTTP mode only.
EXPOSE 8080 3000
# Slim images have no curl: node itself asks /livez. The first start indexes content/ (minutes for a large folder).
# With HEALTH_PORT=0 (no health endpoint) run the container with --no-healthcheck.
HEALTHCHECK --interval=30s --timeout=5s --start-period=3m --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8080) + '/livez', { signal: AbortSignal.timeout(4000) }).then((res) => process.exit(res.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# npm run start:prod, without npm in between (npm would stand between tini and node's signals).
CMD ["node", "--enable-source-maps", "dist/src/main.js"]
