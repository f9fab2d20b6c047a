"""A local HTTP server answering every GET with the bytes of a file; the file 'HANG' makes it never answer.

Run: python3 http_stub.py <file> ; prints the port, then serves on 127.0.0.1 until killed.
"""

from __future__ import annotations

import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAYLOAD = Path(sys.argv[1])


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        data = PAYLOAD.read_bytes()
        if data == b"HANG":
            time.sleep(120)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
