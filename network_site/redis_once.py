"""Redis left alone for the rest of a request once a call in it has failed.

Each call already gives up fast (REDIS_FAIL_FAST_OPTIONS), but an uncached page makes a
dozen (Wagtail's site root paths and renditions, the page cache, the help lines' copy),
so a Redis that hangs would still cost each page seconds. redis-py's and django-redis's
retries are per call and neither keeps a per-request mark, hence these connection
classes. The mark lives in a context variable that `RedisScopeMiddleware` opens for one
request and closes after it: nothing about Redis outlives a request. Outside a request
(a management command) every call is tried.
"""

import contextvars
from urllib.parse import urlsplit

from django_redis.pool import ConnectionFactory
from redis.connection import Connection, SSLConnection, UnixDomainSocketConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

_request_scope = contextvars.ContextVar("redis_request_scope", default=None)
FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)


class GivesUpForTheRequest:
    def _noting_failure(self, call, *args, **kwargs):
        scope = _request_scope.get()
        if scope is not None and scope["failed"]:
            raise RedisConnectionError("Redis already failed during this request")
        try:
            return call(*args, **kwargs)
        except FAILURES:
            if scope is not None:
                scope["failed"] = True
            raise

    def connect(self):
        return self._noting_failure(super().connect)

    def send_packed_command(self, *args, **kwargs):
        return self._noting_failure(super().send_packed_command, *args, **kwargs)

    def read_response(self, *args, **kwargs):
        return self._noting_failure(super().read_response, *args, **kwargs)


class TcpConnection(GivesUpForTheRequest, Connection):
    pass


class TlsConnection(GivesUpForTheRequest, SSLConnection):
    pass


class UnixConnection(GivesUpForTheRequest, UnixDomainSocketConnection):
    pass


CONNECTION_CLASSES = {"redis": TcpConnection, "rediss": TlsConnection, "unix": UnixConnection}


class RequestScopedConnectionFactory(ConnectionFactory):
    """django-redis's factory (OPTIONS["CONNECTION_FACTORY"]), with the classes above."""

    def make_connection_params(self, url):
        params = super().make_connection_params(url)
        params["connection_class"] = CONNECTION_CLASSES[urlsplit(url).scheme]
        return params


class RedisScopeMiddleware:
    """Opens the request's scope for the mark; first in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_scope.set({"failed": False})
        try:
            return self.get_response(request)
        finally:
            _request_scope.reset(token)
