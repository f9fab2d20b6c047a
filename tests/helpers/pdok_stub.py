"""A local stand-in for PDOK's CBS gebiedsindelingen WFS: serves a GeoJSON file for GetFeature requests.

Run: python3 pdok_stub.py <geojson> ; prints the port, then serves on 127.0.0.1 until killed.
Only GetFeature for gebiedsindelingen:gemeente_gegeneraliseerd as application/json in EPSG:28992 is answered.
"""

from __future__ import annotations

import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PAYLOAD = open(sys.argv[1], "rb").read()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        query = {k.lower(): v[0] for k, v in parse_qs(url.query).items()}
        ok = (
            re.fullmatch(r"/cbs/gebiedsindelingen/\d{4}/wfs/v1_0", url.path)
            and query.get("request") == "GetFeature"
            and query.get("typenames") == "gebiedsindelingen:gemeente_gegeneraliseerd"
            and query.get("outputformat") == "application/json"
            and query.get("srsname") == "EPSG:28992"
        )
        if not ok:
            self.send_response(404)
            self.end_headers()
            self.wfile.write(b"unknown request")
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(PAYLOAD)))
        self.end_headers()
        self.wfile.write(PAYLOAD)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
