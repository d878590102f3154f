# syntax=docker/dockerfile:1
# Provisioning Hub: one image for the API (PH_MODE=api), the job worker (PH_MODE=worker) or both (all).
# See docker-compose.yml and docs/operators.md, "Running at scale" and "Installing".

# ── Build: the server (tsc) and the browser apps (vite) with every dependency, then keep only what
# runs: production dependencies, trimmed, without the embedded database (the image needs DATABASE_URL).
# Node 24: the LTS line with the longest support left (to April 2028; 22 ends April 2027, 20 ended April 2026),
# within package.json's engines and every dependency's (some need 22.15 or later).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund
RUN node deploy/slim-node-modules.mjs node_modules --without-embedded-database

# ── Run: compiled server, built apps, production dependencies; as the image's unprivileged `node` user.
FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
COPY --from=build /app/admin/dist ./admin/dist
USER node
EXPOSE 4000
# `npm run serve` without npm: SIGTERM drains requests and jobs (main.ts); node runs as PID 1, no shell in between.
CMD ["node", "dist/server/main.js"]
