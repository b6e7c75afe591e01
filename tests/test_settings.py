"""Production settings: refuse to start without a real secret; pass check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD_ENV = {
    "SECRET_KEY": "x" * 20 + "-production-test-key-" + "y" * 30,
    "ALLOWED_HOSTS": "healing-together.example",
    "WAGTAILADMIN_BASE_URL": "https://healing-together.example",
    "DJANGO_SETTINGS_MODULE": "network_site.settings.production",
}


def run_manage(*args, env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "SECRET_KEY",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "WAGTAILADMIN_BASE_URL",
        )
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_passes_check_deploy():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=GOOD_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_secret_key():
    env = dict(GOOD_ENV)
    del env["SECRET_KEY"]
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_the_development_key():
    env = dict(GOOD_ENV, SECRET_KEY="dev-only-insecure-key-never-use-in-production" + "z" * 10)
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_the_admin_base_url():
    # Without it, workflow e-mails would link editors to 127.0.0.1.
    env = dict(GOOD_ENV)
    del env["WAGTAILADMIN_BASE_URL"]
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must be set" in result.stderr
    env["WAGTAILADMIN_BASE_URL"] = "healing-together.example"
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must be set" in result.stderr


def test_production_binds_passkeys_to_the_admin_base_url():
    env = dict(GOOD_ENV, WAGTAILADMIN_BASE_URL="https://admin.healing-together.example/")
    code = "from django.conf import settings as s; print(s.OTP_WEBAUTHN_RP_ID, s.OTP_WEBAUTHN_ALLOWED_ORIGINS)"
    result = run_manage("shell", "--no-imports", "-c", code, env_overrides=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "admin.healing-together.example",
        "['https://admin.healing-together.example']",
    ]
