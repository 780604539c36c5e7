"""A cache server that cannot be reached, for the outage tests of this folder."""

import socket

import pytest


@pytest.fixture
def closed_port():
    """A local port nothing listens on: connections to it are refused, as to a stopped Redis."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_down(settings, closed_port):
    """Switch the site's cache to a Redis that cannot be reached; returns the switch back."""
    healthy = settings.CACHES
    unreachable = {
        "default": {
            "BACKEND": "newsroom.cache_backend.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }

    def down():
        settings.CACHES = unreachable

    def back():
        settings.CACHES = healthy

    return down, back
