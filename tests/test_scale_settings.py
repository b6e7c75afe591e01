"""Beyond one machine: Redis cache, S3 media and CDN purge, each switched on by a setting."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"


def settings_with(env):
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'storage': s.STORAGES['default']['BACKEND'], "
        "'cache': s.CACHES['default']['BACKEND'], "
        "'cdn': getattr(s, 'WAGTAILFRONTENDCACHE', {})}))"
    )
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "FRONTEND_CACHE_URL")
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**clean, "DJANGO_SETTINGS_MODULE": "network_site.settings.test", **env},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_everything_is_local_by_default():
    values = settings_with({})
    assert values["storage"].endswith("FileSystemStorage")
    assert values["cache"].endswith("LocMemCache")
    assert values["cdn"] == {}


def test_each_setting_switches_its_part():
    values = settings_with(
        {
            "AWS_STORAGE_BUCKET_NAME": "healing-media",
            "REDIS_URL": "redis://127.0.0.1:6379/3",
            "FRONTEND_CACHE_URL": "http://127.0.0.1:6081",
        }
    )
    assert values["storage"] == "network_site.media.SiteServedS3Storage"
    assert values["cache"] == "django_redis.cache.RedisCache"
    assert values["cdn"]["cdn"]["LOCATION"] == "http://127.0.0.1:6081"


def test_shared_cache_on_redis_counts_searches_across_servers():
    from django.core.cache.backends.base import InvalidCacheBackendError  # noqa: F401
    from django_redis.cache import RedisCache

    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": "healing-test"})
    try:
        cache.set("probe", 1, timeout=5)
    except Exception as error:  # noqa: BLE001
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {REDIS_URL}: {error}")
        pytest.skip(f"Redis is not running at {REDIS_URL}")
    cache.delete("count")
    cache.add("count", 0, timeout=60)
    assert [cache.incr("count") for _ in range(3)] == [1, 2, 3]  # what a second server sees
    cache.delete_many(["count", "probe"])
