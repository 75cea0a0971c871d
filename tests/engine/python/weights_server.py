"""A weights server for the download tests, on 127.0.0.1 only, at a port chosen by the system.

Serves the files of ROOT with HTTP range requests (what a resumed download sends), logs every
request as a JSON line, and can misbehave on purpose: drop the connection after some bytes of
the first responses, or send slowly so that a test can cancel midway.

Usage: weights_server.py ROOT LOG [--drop-after BYTES] [--drop-times N] [--chunk-delay SECONDS]
Prints "PORT <n>" on stdout once it listens; runs until it is killed.
"""
import argparse
import http.server
import json
import os
import re
import sys
import time


def make_handler(options, state):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            with open(options.log, "a") as log:
                log.write(json.dumps({"path": self.path,
                                      "range": self.headers.get("Range")}) + "\n")
            path = os.path.join(options.root, os.path.basename(self.path))
            if not os.path.isfile(path):
                self.send_error(404)
                return
            with open(path, "rb") as handle:
                data = handle.read()
            start = 0
            match = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range") or "")
            if match:
                start = int(match.group(1))
                if start >= len(data):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(data)}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            body = data[start:]
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if state["drops"] < options.drop_times:
                state["drops"] += 1
                self.wfile.write(body[:options.drop_after])
                self.wfile.flush()
                self.close_connection = True
                return
            for offset in range(0, len(body), 65536):
                self.wfile.write(body[offset:offset + 65536])
                if options.chunk_delay:
                    self.wfile.flush()
                    time.sleep(options.chunk_delay)

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("log")
    parser.add_argument("--drop-after", type=int, default=0)
    parser.add_argument("--drop-times", type=int, default=0)
    parser.add_argument("--chunk-delay", type=float, default=0.0)
    options = parser.parse_args()
    state = {"drops": 0}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(options, state))
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    sys.exit(0)


if __name__ == "__main__":
    main()
