"""Serves the wheelhouse on loopback like a package index does, with cache headers.

pip keeps downloaded wheels in its cache only when the response allows caching (as the public index's
responses do); plain `python3 -m http.server` sends no Cache-Control, so images built against it would
show no pip cache and the "no pip cache in the final image" checks would have nothing to find.
"""
import functools
import http.server
import sys


class CachingHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600, public")
        super().end_headers()

    def log_message(self, format, *args):  # keep the log short: one line a request
        sys.stderr.write("%s %s\n" % (self.log_date_time_string(), format % args))


def main():
    port, directory = int(sys.argv[1]), sys.argv[2]
    handler = functools.partial(CachingHandler, directory=directory)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()


if __name__ == "__main__":
    main()
