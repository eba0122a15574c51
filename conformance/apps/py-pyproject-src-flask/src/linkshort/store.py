"""Links kept in memory, keyed by a short code derived from a counter."""
import threading

from linkshort.codes import encode


class LinkStore:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._links: dict[str, str] = {}
        self._next = 1000

    def add(self, url: str) -> str:
        with self._lock:
            code = encode(self._next)
            self._next += 1
            self._links[code] = url
            return code

    def get(self, code: str) -> str | None:
        return self._links.get(code)

    def __len__(self) -> int:
        return len(self._links)
