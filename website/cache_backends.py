"""Django's Redis cache, made to degrade rather than fail: when Redis is down or slow, a read is
a miss and a write is skipped (and logged), so the site serves pages uncached instead of errors."""

import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

# What each operation answers when Redis cannot be reached.
_WHEN_UNREACHABLE = {
    # As if added: code that takes a lock with add() (allauth's rate limits) goes on, rather
    # than refusing every sign-in and sign-up while Redis is down.
    "add": True,
    "get": None,  # replaced by the caller's default
    "set": None,
    "touch": False,
    # As a first count: a counter that cannot be read limits nothing (the page cache's writes
    # per client, which are skipped anyway).
    "incr": 1,
    "delete": False,
    "get_many": {},
    "has_key": False,
    "set_many": [],
    "delete_many": None,
    "clear": False,
}


def _tolerant(name):
    def operation(self, *args, **kwargs):
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        try:
            return getattr(RedisCacheClient, name)(self, *args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError):
            logger.warning("Redis unreachable: cache %s skipped", name, exc_info=True)
            if name == "get":
                return args[1] if len(args) > 1 else kwargs.get("default")
            return _WHEN_UNREACHABLE[name]

    operation.__name__ = name
    return operation


class TolerantRedisCacheClient(RedisCacheClient):
    """RedisCacheClient with every operation wrapped by _tolerant (set below)."""

    def get_client(self, key=None, *, write=False):
        # Django builds a new redis.Redis for every operation, and each one fills a table of
        # some 80 response callbacks: with a dozen cache reads a page, that was 2-3 ms of a
        # 16 ms request. A client over a connection pool is thread-safe; one per pool is kept.
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        client = clients.get(id(pool))
        if client is None:
            client = clients[id(pool)] = self._client(connection_pool=pool)
        return client


for _name in _WHEN_UNREACHABLE:
    setattr(TolerantRedisCacheClient, _name, _tolerant(_name))


class TolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = TolerantRedisCacheClient
