#!/usr/bin/env python3
"""Local HTTP server for iqlint's link-check tests.

Prints its port on the first line of stdout, then serves until stdin closes. Every request is
counted (GET /__stats returns the counts as JSON and is not counted itself), so a test can
prove that a refused link produced zero requests. Hosts with a folder under recorded/ get the
recorded raw HTTP responses (status line, headers, body) of that site.
"""
import json
import os
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RECORDED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "recorded")
LOCK = threading.Lock()
STATS = {"requests": 0, "paths": {}, "hosts": {}, "in_flight": {}, "max_in_flight": {}, "huge_bytes_sent": 0,
         "user_agents": [], "headers": {}}
SEEN = {}


def host_name(handler):
    host = handler.headers.get("Host", "")
    if host.startswith("["):
        return host[1:host.index("]")]
    return host.rsplit(":", 1)[0] if ":" in host else host


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_plain(self, status, body=b"<html><body>fine</body></html>", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/__stats":
            with LOCK:
                body = json.dumps(STATS).encode()
            return self.send_plain(200, body)
        host = host_name(self)
        with LOCK:
            STATS["requests"] += 1
            STATS["paths"][self.path] = STATS["paths"].get(self.path, 0) + 1
            STATS["hosts"][host] = STATS["hosts"].get(host, 0) + 1
            STATS["user_agents"].append(self.headers.get("User-Agent", ""))
            for name in ("Authorization", "X-Test-Header"):
                if self.headers.get(name):
                    STATS["headers"][name] = self.headers.get(name)
            now = STATS["in_flight"].get(host, 0) + 1
            STATS["in_flight"][host] = now
            STATS["max_in_flight"][host] = max(now, STATS["max_in_flight"].get(host, 0))
        try:
            self.route(host)
        finally:
            with LOCK:
                STATS["in_flight"][host] -= 1

    def route(self, host):
        path = self.path
        recorded = os.path.join(RECORDED, host, path.strip("/").replace("?", "_") + ".http")
        if os.path.isdir(os.path.join(RECORDED, host)):
            if os.path.isfile(recorded):
                with open(recorded, "rb") as handle:
                    raw = handle.read()
                head, _, body = raw.partition(b"\n\n")
                lines = head.decode().split("\n")
                status = int(lines[0].split()[1])
                headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines[1:] if line]
                return self.send_plain(status, body, headers)
            return self.send_plain(404, b"not recorded")
        if path == "/ok" or path.startswith("/ok/") or path.startswith("/page/"):
            return self.send_plain(200)
        if path.startswith("/gone/"):
            return self.send_plain(404, b"missing")
        if path.startswith("/same/"):
            # A site that moved to a new domain, keeping its paths.
            if host == "old.test":
                port = self.server.server_address[1]
                return self.send_plain(301, b"", [("Location", "http://new.test:%d%s" % (port, path))])
            return self.send_plain(200)
        if path == "/404":
            return self.send_plain(404, b"missing")
        if path == "/410":
            return self.send_plain(410, b"gone")
        if path == "/403":
            return self.send_plain(403, b"no bots")
        if path.startswith("/chain/"):
            left = int(path.split("/")[2])
            target = "/ok/article" if left == 0 else "/chain/%d" % (left - 1)
            return self.send_plain(301, b"", [("Location", target)])
        if path == "/temporary":
            return self.send_plain(302, b"", [("Location", "/ok/article")])
        if path.startswith("/moved-to-"):
            # /moved-to-HOST:PORT/rest → 301 to http://HOST:PORT/rest (a site that changed domain)
            target, _, rest = path[len("/moved-to-"):].partition("/")
            return self.send_plain(301, b"", [("Location", "http://%s/%s" % (target, rest))])
        if path.startswith("/redirect-to?"):
            return self.send_plain(302, b"", [("Location", path.split("?", 1)[1])])
        if path == "/loop/a":
            return self.send_plain(301, b"", [("Location", "/loop/b")])
        if path == "/loop/b":
            return self.send_plain(301, b"", [("Location", "/loop/a")])
        if path.startswith("/flaky429"):
            # First request of each path: 429 (with Retry-After when asked), then 200.
            with LOCK:
                SEEN[path] = SEEN.get(path, 0) + 1
                first = SEEN[path] == 1
            if first:
                headers = [("Retry-After", "1")] if "retry-after" in path else []
                return self.send_plain(429, b"slow down", headers)
            return self.send_plain(200)
        if path.startswith("/always429"):
            return self.send_plain(429, b"slow down")
        if path.startswith("/flaky503"):
            with LOCK:
                SEEN[path] = SEEN.get(path, 0) + 1
                first = SEEN[path] == 1
            return self.send_plain(503 if first else 200)
        if path.split("?")[0] == "/slow":
            time.sleep(3)
            return self.send_plain(200)
        if path.startswith("/busy/"):
            time.sleep(0.15)
            return self.send_plain(200)
        if path == "/reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if path == "/huge":
            total = 256 * 1024 * 1024
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(total))
            self.end_headers()
            chunk = b"x" * 65536
            sent = 0
            try:
                while sent < total:
                    self.wfile.write(chunk)
                    sent += len(chunk)
                    with LOCK:
                        STATS["huge_bytes_sent"] = sent
            except OSError:
                pass
            self.close_connection = True
            return
        return self.send_plain(404, b"unknown test path")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()


if __name__ == "__main__":
    main()
