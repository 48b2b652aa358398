# Static server for bench.html (application/wasm) that stores the POSTed results in result.txt.
import http.server, sys
class H(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript"}
    def do_POST(self):
        n = int(self.headers["Content-Length"]); open("result.txt", "wb").write(self.rfile.read(n))
        self.send_response(200); self.end_headers()
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", 18931), H).serve_forever()
