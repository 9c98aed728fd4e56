# Pipewatch as operators run it: the production build, served by nginx through
# deploy/entrypoint.sh and configured from the environment (README, "Deploying").
#
# This image is not built in CI (no container daemon there). What it runs is tested:
# deploy/nginx.conf and deploy/entrypoint.sh serve the e2e project "nginx" with the real
# nginx, and deploy/entrypoint.test.ts covers the entrypoint's bad values.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The official image: a current nginx (with gzip_static) and an unprivileged user "nginx".
FROM nginx:stable
RUN rm -rf /usr/share/nginx/html/*
COPY --from=build /app/dist/ /usr/share/nginx/html/
COPY deploy/nginx.conf deploy/entrypoint.sh /opt/pipewatch/
USER nginx
ENV PIPEWATCH_DIST=/usr/share/nginx/html \
    PIPEWATCH_PORT=8080 \
    PIPEWATCH_RUN_DIR=/tmp/pipewatch
EXPOSE 8080
# nginx finishes the requests in flight on SIGQUIT.
STOPSIGNAL SIGQUIT
ENTRYPOINT ["/bin/sh", "/opt/pipewatch/entrypoint.sh"]
