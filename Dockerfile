# syntax=docker/dockerfile:1
# Provisioning Hub: one image for the API (PH_MODE=api), the job worker (PH_MODE=worker) or both (all).
# See docker-compose.yml and README.md, "Running at scale".

# ── Build: the server (tsc) and the browser apps (vite) with every dependency, then drop the dev ones.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ── Run: compiled server, built apps, production dependencies; as the image's unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
COPY --from=build /app/admin/dist ./admin/dist
USER node
EXPOSE 4000
# SIGTERM drains requests and jobs (main.ts); node runs as PID 1, so no shell in between.
CMD ["node", "dist/server/main.js"]
