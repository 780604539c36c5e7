"""Django's RedisCache, except that a Redis it cannot reach reads as a miss and writes as nothing.

    CACHES = {"default": {"BACKEND": "newsroom.cache_backend.FailSoftRedisCache", ...}}

Django's own RedisCache raises on every call while Redis is down, and so does every page,
every `{% cache %}` fragment and every save that touches the cache. Here each call of the
client that fails with a Redis or socket error returns what a miss returns (`get` its default,
`add` False, `get_many` {}), and the process then leaves that server alone for
`RETRY_SECONDS`, so a server that times out costs one timeout, not one per call. One warning
is logged when a server goes away and one line when it answers again, per process.

Every failed or skipped call sends `cache_unreachable`, so that code which keeps state in the
cache (newsroom.cache's generation) knows that a write of its may have been lost.
"""

import logging
import time
from functools import wraps

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.dispatch import Signal

logger = logging.getLogger("newsroom.cache")

# Sent (sender=FailSoftRedisCache, server=the URL) when a call did not reach the server.
cache_unreachable = Signal()

RETRY_SECONDS = 2.0

# Per server URL, per process: when calls may try the server again (absent while it answers).
_resting_until = {}


def _fail_soft(miss):
    """Wrap a client method: on failure, log once per outage and return `miss(*args)`."""

    def decorate(method):
        @wraps(method)
        def wrapper(self, *args):
            server = self._servers[0]
            resting = _resting_until.get(server)
            if resting is not None and time.monotonic() < resting:
                cache_unreachable.send(FailSoftRedisCache, server=server)
                return miss(*args)
            try:
                result = method(self, *args)
            except (self._lib.RedisError, OSError) as error:
                if resting is None:
                    logger.warning(
                        "Cache %s tidak terjangkau (%s); halaman dirender tanpa cache.",
                        _safe(server),
                        error,
                    )
                _resting_until[server] = time.monotonic() + RETRY_SECONDS
                cache_unreachable.send(FailSoftRedisCache, server=server)
                return miss(*args)
            if resting is not None:
                del _resting_until[server]
                logger.warning("Cache %s terjangkau lagi.", _safe(server))
            return result

        return wrapper

    return decorate


def _safe(server):
    """The server URL without a password."""
    if "@" in server:
        scheme, _, rest = server.partition("://")
        return f"{scheme}://***@{rest.rpartition('@')[2]}"
    return server


def _nothing(*args):
    return None


def _false(*args):
    return False


class FailSoftClient(RedisCacheClient):
    """RedisCacheClient whose calls answer like a miss when the server cannot be reached."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        """One redis.Redis per connection pool, made once, not one per call as Django's is.

        A redis.Redis is thread-safe and holds only its pool and options, but making one costs
        more than the rest of a cache hit (redis-py 8 builds its reply callbacks each time): 209 us
        of CPU per get() of a 1.5 KB fragment with Django's client, 102 us with this one.
        """
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    add = _fail_soft(_false)(RedisCacheClient.add)
    get = _fail_soft(lambda key, default: default)(RedisCacheClient.get)
    set = _fail_soft(_nothing)(RedisCacheClient.set)
    touch = _fail_soft(_false)(RedisCacheClient.touch)
    delete = _fail_soft(_false)(RedisCacheClient.delete)
    get_many = _fail_soft(lambda keys: {})(RedisCacheClient.get_many)
    has_key = _fail_soft(_false)(RedisCacheClient.has_key)
    set_many = _fail_soft(_nothing)(RedisCacheClient.set_many)
    delete_many = _fail_soft(_nothing)(RedisCacheClient.delete_many)
    clear = _fail_soft(_false)(RedisCacheClient.clear)

    def incr(self, key, delta):
        # A counter that cannot be read is a missing one, as Django's incr() reports it.
        result = _fail_soft(_nothing)(RedisCacheClient.incr)(self, key, delta)
        if result is None:
            raise ValueError(f"Key '{key}' not found.")
        return result


class FailSoftRedisCache(RedisCache):
    """RedisCache that degrades to no cache while Redis is unreachable (see module docstring)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = FailSoftClient
