#!/usr/bin/env bash
# Load test of a release build on loopback, with nginx serving the same page bytes as a static
# file as the ceiling. Not part of CI: it takes a few minutes and wants a quiet machine.
#
#   bash benches/loadtest.sh [DOCS...]          # default: 1000 10000 (generated reports)
#   RELOAD_RUN=1 bash benches/loadtest.sh 1000  # also: 60 s of load with 10 reloads
#   RELOAD_ONLY=1 RELOAD_DOCS=300 bash benches/loadtest.sh  # only the reload run
#   SKIP_LOAD=1 bash benches/loadtest.sh 50000  # start-up, ingest rate and memory only
#
# For each corpus size it generates a corpus (annals gen-corpus), starts `annals serve`, records
# the start-up time (until /healthz answers) and resident memory, then runs wrk (64 connections,
# DURATION seconds, 2 threads) against `/`, an event permalink and `/api/events?actor=china`,
# then against nginx serving the saved bytes of the same three answers. Results
# are printed as Markdown rows for BENCHMARKS.md. Everything listens on 127.0.0.1 only, and only
# processes this script started are stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-64}"
PORT="${PORT:-3917}"
NGINX_PORT="${NGINX_PORT:-3918}"
WORK="${WORK:-/tmp/annals-load}"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000)
[ "${RELOAD_ONLY:-0}" = 1 ] && SIZES=() && RELOAD_RUN=1

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    echo "installing $tool" >&2
    apt-get install -y "$( [ "$tool" = nginx ] && echo nginx-light || echo wrk )" >/dev/null
  fi
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

mkdir -p "$WORK"
# `cargo install` copies the binary while it holds the build lock, so a target folder shared with
# other worktrees cannot swap another build in under target/release/annals.
cargo install --path . --root "$WORK" --locked --force --quiet
ANNALS="$WORK/bin/annals"
"$ANNALS" gen-corpus --help >/dev/null

SERVER_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

# wrk URL -> "requests/s p50 p99 errors"
load() {
  local out
  out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")"
  local rps p50 p99 errors
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")"
  echo "$rps $p50 $p99 $errors"
}

start_server() { # corpus folder, extra args...
  local corpus="$1"
  shift
  local started
  started="$(date +%s.%N)"
  ANNALS_LOG="warn,annals::reload=info" "$ANNALS" serve --seeds "$corpus" --addr "127.0.0.1:$PORT" "$@" \
    2>"$WORK/server.log" &
  SERVER_PID=$!
  until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.05
  done
  STARTUP="$(echo "$(date +%s.%N) - $started" | bc)"
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

start_nginx() { # root folder
  cat >"$WORK/nginx.conf" <<EOF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $1; }
}
EOF
  "$NGINX" -c "$WORK/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  until curl -sf "http://127.0.0.1:$NGINX_PORT/event.html" >/dev/null; do sleep 0.05; done
}

stop_nginx() {
  kill "$NGINX_PID" 2>/dev/null || true
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
}

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB"
echo
echo "| docs | MB | events | start-up s | ingest MB/s | RSS MB | bytes/event | route | req/s | p50 | p99 | errors | nginx req/s | nginx p99 | fraction |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
generate() { # docs -> corpus folder (generated once)
  local corpus="$WORK/corpus-$1"
  if ! [ -f "$corpus/report-$(printf %06d $(($1 - 1))).txt" ]; then
    rm -rf "$corpus"
    ANNALS_LOG=warn "$ANNALS" gen-corpus --docs "$1" --out "$corpus" >&2
  fi
  echo "$corpus"
}

for docs in "${SIZES[@]}"; do
  corpus="$(generate "$docs")"
  mb="$(du -sbL --exclude='*.toml' "$corpus" | awk '{printf "%.1f", $1 / 1e6}')"
  start_server "$corpus"
  rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")"
  health="$(curl -s "http://127.0.0.1:$PORT/healthz")"
  events="$(grep -o '"events":[0-9]*' <<<"$health" | head -1 | cut -d: -f2)"
  event_id="$(curl -s "http://127.0.0.1:$PORT/?actor=china" | grep -o 'data-test="event" data-id="[^"]*"' | sed -n '50p' | cut -d'"' -f4)"
  [ -n "$event_id" ] || { echo "no event id found" >&2; exit 1; }
  ingest="$(echo "$mb / $STARTUP" | bc -l)"
  per_event="$(echo "$rss_kb * 1024 / $events" | bc)"
  mkdir -p "$WORK/static-$docs"
  curl -s "http://127.0.0.1:$PORT/events/$event_id" >"$WORK/static-$docs/event.html"
  curl -s "http://127.0.0.1:$PORT/" >"$WORK/static-$docs/timeline.html"
  curl -s "http://127.0.0.1:$PORT/api/events?actor=china" >"$WORK/static-$docs/events.json"
  if [ "${SKIP_LOAD:-0}" = 1 ]; then
    stop_server
    printf '| %s | %s | %s | %.2f | %.1f | %.0f | %s | - | | | | | | | |\n' "$docs" "$mb" "$events" "$STARTUP" "$ingest" "$(echo "$rss_kb / 1024" | bc -l)" "$per_event"
    continue
  fi
  declare -A results=()
  for route in "/" "/events/$event_id" "/api/events?actor=china"; do
    results["$route"]="$(load "http://127.0.0.1:$PORT$route")"
  done
  stop_server
  start_nginx "$WORK/static-$docs"
  nginx_event="$(load "http://127.0.0.1:$NGINX_PORT/event.html")"
  nginx_timeline="$(load "http://127.0.0.1:$NGINX_PORT/timeline.html")"
  nginx_api="$(load "http://127.0.0.1:$NGINX_PORT/events.json")"
  stop_nginx
  first=1
  for route in "/" "/events/$event_id" "/api/events?actor=china"; do
    read -r rps p50 p99 errors <<<"${results[$route]}"
    case "$route" in
      /) nginx="$nginx_timeline" ;;
      /events/*) nginx="$nginx_event" ;;
      *) nginx="$nginx_api" ;;
    esac
    ceiling="$(cut -d' ' -f1 <<<"$nginx")"
    ceiling_p99="$(cut -d' ' -f3 <<<"$nginx")"
    fraction="$(echo "$rps / $ceiling" | bc -l | xargs printf '%.2f')"
    shown_route="$route"
    [[ "$route" == /events/* ]] && shown_route="/events/{id}"
    if [ "$first" = 1 ]; then
      printf '| %s | %s | %s | %.2f | %.1f | %.0f | %s ' "$docs" "$mb" "$events" "$STARTUP" "$ingest" "$(echo "$rss_kb / 1024" | bc -l)" "$per_event"
      first=0
    else
      printf '| | | | | | | '
    fi
    printf '| `%s` | %.0f | %s | %s | %s | %.0f | %s | %s |\n' "$shown_route" "$rps" "$p50" "$p99" "$errors" "$ceiling" "$ceiling_p99" "$fraction"
  done
done

if [ "${RELOAD_RUN:-0}" = 1 ]; then
  docs="${RELOAD_DOCS:-300}"
  corpus="$(generate "$docs")"
  echo
  echo "reload run: $docs documents, 60 s of load on / and a permalink (2 x 32 connections),"
  echo "10 reloads: a changed document (--watch) and SIGHUP, alternately, every 5.5 s"
  start_server "$corpus" --watch
  event_id="$(curl -s "http://127.0.0.1:$PORT/?actor=china" | grep -o 'data-test="event" data-id="[^"]*"' | sed -n '10p' | cut -d'"' -f4)"
  wrk -t1 -c32 -d60s --latency "http://127.0.0.1:$PORT/" >"$WORK/reload-timeline.txt" &
  wrk_timeline=$!
  wrk -t1 -c32 -d60s --latency "http://127.0.0.1:$PORT/events/$event_id" >"$WORK/reload-event.txt" &
  wrk_event=$!
  for n in $(seq 1 10); do
    sleep 5.5
    if [ $((n % 2)) = 0 ]; then
      kill -HUP "$SERVER_PID"
    else
      echo "On $n June 2024 a reload test event happened in Naypyidaw." >"$corpus/zz-reload-test.txt"
    fi
  done
  wait "$wrk_timeline" "$wrk_event"
  sleep 3
  reloads="$(grep -c 'reloaded' "$WORK/server.log" || true)"
  stop_server
  rm -f "$corpus/zz-reload-test.txt"
  for file in "$WORK/reload-timeline.txt" "$WORK/reload-event.txt"; do
    awk -v name="$(basename "$file")" '/requests in/ {n = $1} /Non-2xx/ {bad = $NF}
      /Socket errors/ {gsub(",", ""); sock = $4 + $6 + $8 + $10}
      $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
      END {printf "%s: %d requests, %d non-2xx, %d socket errors, p50 %s, p99 %s\n", name, n, bad, sock, p50, p99}' "$file"
  done
  echo "reloads logged: $reloads"
  echo "reload times: $(grep 'reloaded' "$WORK/server.log" | grep -o 'in [0-9]* ms' | cut -d' ' -f2 | paste -sd' ') ms"
  grep -i "reload failed" "$WORK/server.log" || true
fi
