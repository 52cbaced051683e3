#!/bin/sh
# `npm start`: the production topology on this machine — one `next start` per core behind HAProxy,
# run by supervisord (configuration beside this file; README, "Production"). Needs Debian's
# supervisor and haproxy packages and a build (`npm run build`).
#   KOHORT_PROCESSES        server processes, 1–8 (default: one per core)
#   PORT                    where HAProxy listens (default 3000); the processes use 127.0.0.1:3101…
#   KOHORT_WEB_PORT_PREFIX  the processes' port prefix (default 31: ports 3101, 3102 …)
#   KOHORT_STATS            HAProxy's statistics page (default 127.0.0.1:8404)
#   KOHORT_RUN_DIR          supervisord's pid file and control socket (default /tmp)
#   KOHORT_LOG_DIR          the processes' and HAProxy's logs, rotated at 10 MB (default KOHORT_RUN_DIR)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for tool in supervisord haproxy; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "npm start needs Debian's supervisor and haproxy: apt-get install -y supervisor haproxy" >&2
    exit 1
  fi
done
processes=${KOHORT_PROCESSES:-$(nproc)}
if [ "$processes" -lt 1 ] || [ "$processes" -gt 8 ]; then
  echo "KOHORT_PROCESSES must be 1 to 8 (haproxy.cfg has eight server slots)" >&2
  exit 1
fi
prefix=${KOHORT_WEB_PORT_PREFIX:-31}
n=1
while [ "$n" -le "$processes" ]; do
  export "KOHORT_WEB_$n=127.0.0.1:${prefix}0$n"
  n=$((n + 1))
done
export KOHORT_PROCESSES="$processes" KOHORT_WEB_PORT_PREFIX="$prefix"
export KOHORT_LISTEN="${KOHORT_LISTEN:-:${PORT:-3000}}" KOHORT_STATS="${KOHORT_STATS:-127.0.0.1:8404}"
export KOHORT_RUN_DIR="${KOHORT_RUN_DIR:-/tmp}"
export KOHORT_LOG_DIR="${KOHORT_LOG_DIR:-$KOHORT_RUN_DIR}"
exec supervisord -c "$here/supervisord.conf"
