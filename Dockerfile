# The app, built from this repo. docker compose runs it beside the official neo4j:5.26 image.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx next build --webpack

FROM node:20-bookworm-slim AS run
WORKDIR /app
# KEEP_ALIVE_TIMEOUT: idle keep-alive connections outlast a proxy's (scripts/start.mjs says why).
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 KEEP_ALIVE_TIMEOUT=75000
# The standalone server, plus what the seed-on-start step needs (tsx, the loader and the data).
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/graph-seed ./graph-seed
COPY --from=build /app/lib ./lib
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/tsconfig.json ./tsconfig.json
# Never run as root.
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Wait for Neo4j, seed it when it is empty, then serve.
CMD ["sh", "-c", "node_modules/.bin/tsx scripts/docker-start.ts && exec node server.js"]
