#!/usr/bin/env bash
# Memory soak of `dossier watch` against a loopback server (nothing leaves the machine):
# a 100-item RSS feed with an ETag (304 when unchanged) and its 100 article pages. The first
# poll ingests the 100 pages, then N-1 polls are conditional requests answered 304.
# Prints resident memory (VmRSS) sampled every 0.5 s, and the request count the server saw.
#
#   scripts/watch_soak.sh [POLLS=10000] [BIN=target/debug/dossier] [ITEMS=100] [DELAY_MS=0]
# (ITEMS=1000 POLLS=1 measures the ingest rate of 1,000 new items; DELAY_MS is --min-delay-ms.)
set -euo pipefail
POLLS=${1:-10000}
BIN=${2:-target/debug/dossier}
ITEMS=${3:-100}
DELAY_MS=${4:-0}
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT

python3 - "$WORK/port" "$WORK/requests" "$ITEMS" <<'PY' &
import http.server, sys, threading
port_file, count_file, n_items = sys.argv[1], sys.argv[2], int(sys.argv[3])
count = 0
lock = threading.Lock()
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def send(self, code, body=b"", ctype="text/html", etag=None):
        self.send_response(code)
        if etag: self.send_header("ETag", etag)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        global count
        with lock:
            count += 1
            if count % 500 == 0:
                open(count_file, "w").write(str(count))
        base = "http://127.0.0.1:%d" % self.server.server_port
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == '"soak"':
                return self.send(304, etag='"soak"')
            items = "".join("<item><title>Item %d</title><link>%s/n/%d</link><pubDate>Mon, 05 Aug 2024 09:00:00 GMT</pubDate></item>" % (i, base, i) for i in range(n_items))
            body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Soak</title>%s</channel></rss>' % items).encode()
            return self.send(200, body, "application/rss+xml", '"soak"')
        if self.path.startswith("/n/"):
            i = self.path[3:]
            body = ("<html><head><title>Tanks %s</title><meta property='article:published_time' content='2024-08-06T09:00:00Z'></head><body><article><p>Officials in Warsaw said on Tuesday that Poland would send %s more tanks to Ukraine.</p></article></body></html>" % (i, i)).encode()
            return self.send(200, body)
        self.send(404)
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
open(port_file, "w").write(str(srv.server_port))
srv.serve_forever()
PY
SERVER=$!
for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.1; done
PORT=$(cat "$WORK/port")
env -u http_proxy -u HTTP_PROXY "$BIN" watch --db "$WORK/soak.db" --polls "$POLLS" --interval 0 \
    --min-delay-ms "$DELAY_MS" --ignore-robots -q "http://127.0.0.1:$PORT/feed.xml" > "$WORK/alerts" 2> "$WORK/log" &
PID=$!
START=$(date +%s.%N)
echo "seconds rss_kb"
while kill -0 $PID 2>/dev/null; do
    RSS=$(awk '/VmRSS/ {print $2}' /proc/$PID/status 2>/dev/null || true)
    [ -n "$RSS" ] && echo "$(echo "$(date +%s.%N) - $START" | bc) $RSS"
    sleep 0.5
done
wait $PID
tail -1 "$WORK/log"
echo "server saw at least $(cat "$WORK/requests" 2>/dev/null || echo 0) requests"
