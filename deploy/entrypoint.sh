#!/bin/sh
# Serves a Pipewatch build with nginx, configured from the environment: the container's
# entrypoint, a VM's start script and the e2e tests' server alike (README, "Deploying").
#
#   PIPEWATCH_DIST          the built app (npm run build's dist/); default /usr/share/nginx/html
#   PIPEWATCH_PORT          port to listen on; default 8080
#   PIPEWATCH_API_BASE_URL  what config.json tells the app: "/" (the API on this origin) or
#                           http(s)://host[:port][/path]; unset: "/" when PIPEWATCH_API_UPSTREAM
#                           is set, else the built-in demo API
#   PIPEWATCH_API_UPSTREAM  http(s)://host[:port]: /api/, /v0/ and /v1/ are proxied there;
#                           unset: no proxy (those paths answer 404)
#   PIPEWATCH_RUN_DIR       writable folder for nginx.conf, config.json, pid, temp files and
#                           the access log; default a new temporary folder
#   PIPEWATCH_NGINX         the nginx binary; default nginx on PATH, else /usr/sbin/nginx
#
# A bad value stops it before nginx starts, with exit code 2 and a message naming the
# variable; a configuration nginx rejects (nginx -t) stops it with exit code 1.
set -eu

fail() {
  printf 'pipewatch: %s\n' "$*" >&2
  exit 2
}

# True when $1 is one line matching the extended regular expression $2 entirely.
matches() {
  case $1 in *'
'*) return 1 ;; esac
  printf '%s\n' "$1" | grep -Eqx -- "$2"
}

has_space() {
  case $1 in *[[:space:]]*) return 0 ;; esac
  return 1
}

HOST='([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])'
PORT_PART='(:[0-9]{1,5})?'
# Characters that need no quoting in nginx's configuration, JSON or a CSP.
PATH_CHARS='[A-Za-z0-9._~%/+@-]'

here=$(cd "$(dirname "$0")" && pwd)
template="$here/nginx.conf"

# Paths go into nginx's configuration unquoted: only characters that need no quoting.
check_path() { # name value
  if has_space "$2"; then
    fail "$1=\"$2\" contains a space; nginx's configuration cannot hold it as is. Use a path without spaces (letters, digits, . _ - / only)."
  fi
  matches "$2" "$PATH_CHARS+" ||
    fail "$1=\"$2\" has a character nginx's configuration cannot hold as is. Use a path of letters, digits, . _ - / only."
}

# --- settings -------------------------------------------------------------------------

port=${PIPEWATCH_PORT:-8080}
if ! matches "$port" '[1-9][0-9]{0,4}' || [ "$port" -gt 65535 ]; then
  fail "PIPEWATCH_PORT=\"$port\" is not a port number: expected 1 to 65535, e.g. 8080."
fi

dist=${PIPEWATCH_DIST:-/usr/share/nginx/html}
check_path PIPEWATCH_DIST "$dist"
[ -d "$dist" ] || fail "PIPEWATCH_DIST=\"$dist\" is not a folder: point it at the built app (npm run build writes dist/)."
[ -f "$dist/index.html" ] ||
  fail "PIPEWATCH_DIST=\"$dist\" has no index.html: point it at the built app (npm run build writes dist/)."
dist=$(cd "$dist" && pwd)

upstream=${PIPEWATCH_API_UPSTREAM:-}
upstream=${upstream%/}
if [ -n "$upstream" ]; then
  has_space "$upstream" && fail "PIPEWATCH_API_UPSTREAM=\"$upstream\" contains a space. Expected http(s)://host[:port], e.g. http://api.internal:8080."
  matches "$upstream" "https?://$HOST$PORT_PART" ||
    fail "PIPEWATCH_API_UPSTREAM=\"$upstream\" is not an origin. Expected http(s)://host[:port] with no path, e.g. http://api.internal:8080 (the paths /api/, /v0/ and /v1/ are passed on as they are)."
fi

if [ -n "${PIPEWATCH_API_BASE_URL:-}" ]; then
  api_base=$PIPEWATCH_API_BASE_URL
elif [ -n "$upstream" ]; then
  api_base=/
else
  api_base=
fi
if [ -n "$api_base" ]; then
  has_space "$api_base" && fail "PIPEWATCH_API_BASE_URL=\"$api_base\" contains a space. Expected \"/\" (the API on this origin) or http(s)://host[:port][/path], e.g. https://pipes.example.com."
  matches "$api_base" "/$PATH_CHARS*|https?://$HOST$PORT_PART(/$PATH_CHARS*)?" ||
    fail "PIPEWATCH_API_BASE_URL=\"$api_base\" is not a URL. Expected \"/\" (the API on this origin) or http(s)://host[:port][/path], e.g. https://pipes.example.com."
fi

nginx=${PIPEWATCH_NGINX:-}
if [ -z "$nginx" ]; then
  nginx=$(command -v nginx || true)
  [ -n "$nginx" ] || [ ! -x /usr/sbin/nginx ] || nginx=/usr/sbin/nginx
fi
[ -n "$nginx" ] && [ -x "$nginx" ] ||
  fail "nginx not found${nginx:+ at \"$nginx\"}. Install it (Debian: apt-get install nginx) or set PIPEWATCH_NGINX to its binary."

run_dir=${PIPEWATCH_RUN_DIR:-}
if [ -z "$run_dir" ]; then
  run_dir=$(mktemp -d "${TMPDIR:-/tmp}/pipewatch.XXXXXX") || fail "could not create a temporary folder; set PIPEWATCH_RUN_DIR to a writable folder."
fi
check_path PIPEWATCH_RUN_DIR "$run_dir"
mkdir -p "$run_dir" 2>/dev/null && [ -d "$run_dir" ] && [ -w "$run_dir" ] ||
  fail "PIPEWATCH_RUN_DIR=\"$run_dir\" is not a writable folder: nginx keeps its configuration, pid, temp files and access log there."
run_dir=$(cd "$run_dir" && pwd)
# As root, nginx's workers run as an unprivileged user: they must be able to read config.json.
[ "$(id -u)" -ne 0 ] || chmod go+rx "$run_dir"

# --- files ----------------------------------------------------------------------------

# The CSP may connect to this origin and to the API's, nothing else.
connect_src="'self'"
case $api_base in
  http*) connect_src="'self' $(printf '%s\n' "$api_base" | sed -E 's|^(https?://[^/]+).*$|\1|')" ;;
esac

if [ -n "$api_base" ]; then
  printf '{ "apiBaseUrl": "%s" }\n' "$api_base" >"$run_dir/config.json"
else
  # No apiBaseUrl: the built-in demo API (README, "Pointing a build at a real API").
  printf '{}\n' >"$run_dir/config.json"
fi
chmod 644 "$run_dir/config.json"

if [ -n "$upstream" ]; then keep='no-api-proxy'; else keep='api-proxy'; fi
# Every value was checked above to hold none of sed's "|", "&" or "\".
sed -e "/# $keep\$/d" \
  -e "s|@PIPEWATCH_PORT@|$port|g" \
  -e "s|@PIPEWATCH_DIST@|$dist|g" \
  -e "s|@PIPEWATCH_RUN_DIR@|$run_dir|g" \
  -e "s|@PIPEWATCH_CONNECT_SRC@|$connect_src|g" \
  -e "s|@PIPEWATCH_API_UPSTREAM@|$upstream|g" \
  "$template" >"$run_dir/nginx.conf"

# --- nginx ----------------------------------------------------------------------------

if ! "$nginx" -t -q -p "$run_dir/" -c "$run_dir/nginx.conf" -e stderr; then
  printf 'pipewatch: nginx rejected the configuration written to %s/nginx.conf (its message is above).\n' "$run_dir" >&2
  exit 1
fi
printf 'pipewatch: serving %s on port %s; API: %s%s; runtime files in %s\n' \
  "$dist" "$port" "${api_base:-the built-in demo API}" "${upstream:+, proxied to $upstream}" "$run_dir" >&2
exec "$nginx" -p "$run_dir/" -c "$run_dir/nginx.conf" -e stderr
