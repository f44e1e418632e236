"""Run inside the private network namespace: a unix socket at argv[1] forwarded to
127.0.0.1:argv[2] there, so the test outside can reach Syncthing's REST API."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import sys
import threading


def pipe(src: socket.socket, dst: socket.socket) -> None:
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)


class Forward(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", int(sys.argv[2])), timeout=10)
        except OSError:
            return  # not listening yet: the caller retries
        upstream.settimeout(None)
        back = threading.Thread(target=pipe, args=(upstream, self.request), daemon=True)
        back.start()
        pipe(self.request, upstream)
        back.join(timeout=10)
        upstream.close()


if __name__ == "__main__":
    with socketserver.ThreadingUnixStreamServer(sys.argv[1], Forward) as server:
        server.daemon_threads = True
        print("ready", flush=True)
        server.serve_forever()
