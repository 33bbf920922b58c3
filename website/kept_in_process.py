"""What a process keeps for itself in memory, within a budget of bytes.

For large answers that many requests share and that are costly to fetch or make again: the map's
GeoJSON compressed (website/compression.py), the page cache's large entries
(website/page_cache.py). Keys name their content exactly (a hash of it, or the content version),
so a kept value is never stale; a lifetime only bounds how long one that nobody asks for stays."""

import threading
from collections import OrderedDict
from time import monotonic


class KeptInProcess:
    """Values by key; past `max_bytes` the least recently served goes first, and past `seconds`
    (if given) a value is dropped when next asked for."""

    def __init__(self, max_bytes, seconds=None):
        self.max_bytes = max_bytes
        self.seconds = seconds
        self.entries = OrderedDict()  # key: (value, size, dropped_at or None)
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            value, _size, dropped_at = entry
            if dropped_at is not None and monotonic() >= dropped_at:
                self._drop(key)
                return None
            self.entries.move_to_end(key)
            return value

    def put(self, key, value, size):
        if size > self.max_bytes:
            return
        dropped_at = None if self.seconds is None else monotonic() + self.seconds
        with self.lock:
            if key in self.entries:
                self._drop(key)
            self.entries[key] = (value, size, dropped_at)
            self.size += size
            while self.size > self.max_bytes:
                self._drop(next(iter(self.entries)))

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0

    def _drop(self, key):
        _value, size, _dropped_at = self.entries.pop(key)
        self.size -= size
