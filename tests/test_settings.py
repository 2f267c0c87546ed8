"""Settings come from the environment; local secrets are generated once, production generates none."""

import os
import subprocess
import sys
from pathlib import Path

from config.envfile import ensure_local_env

ROOT = Path(__file__).resolve().parent.parent


def test_missing_secrets_are_generated_once_into_the_env_file(tmp_path, monkeypatch):
    for name in ("SECRET_KEY", "FIELD_ENCRYPTION_KEYS", "IDENTIFIER_HASH_KEY"):
        monkeypatch.delenv(name, raising=False)
    env_file = tmp_path / ".env"
    env_file.write_text("DEBUG=1\n")
    ensure_local_env(env_file)
    first = env_file.read_text()
    ensure_local_env(env_file)
    assert env_file.read_text() == first
    names = [line.split("=")[0] for line in first.splitlines()]
    assert names == ["DEBUG", "SECRET_KEY", "FIELD_ENCRYPTION_KEYS", "IDENTIFIER_HASH_KEY"]
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"


def test_production_refuses_to_start_without_secrets():
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "FIELD_ENCRYPTION_KEYS")}
    env["KLARDESK_PRODUCTION"] = "1"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_database_and_redis_urls_select_postgres_and_redis():
    env = {**os.environ, "DATABASE_URL": "postgres://u@db.example:5432/k", "REDIS_URL": "redis://cache.example:6379/2"}
    code = (
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.CHANNEL_LAYERS['default']['BACKEND'], s.CELERY_BROKER_URL,"
        " s.CELERY_TASK_ALWAYS_EAGER)"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE','config.settings');"
            f" django.setup(); {code}",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "channels_redis.core.RedisChannelLayer",
        "redis://cache.example:6379/2",
        "False",
    ]


def test_nothing_set_means_sqlite_in_memory_layer_and_eager_celery():
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "CELERY_TASK_ALWAYS_EAGER")}
    code = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE','config.settings'); django.setup();"
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.CHANNEL_LAYERS['default']['BACKEND'], s.CELERY_TASK_ALWAYS_EAGER)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["django.db.backends.sqlite3", "channels.layers.InMemoryChannelLayer", "True"]


def test_public_base_url_behind_a_tls_proxy_is_an_allowed_host_and_a_trusted_origin():
    """Production behind nginx/Caddy: a console form posted from https://klardesk.example passes the host and CSRF
    checks with no more configuration than PUBLIC_BASE_URL."""
    env = {k: v for k, v in os.environ.items() if k not in ("ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS")}
    env.update(
        KLARDESK_PRODUCTION="1",
        SECRET_KEY="s" * 50,
        FIELD_ENCRYPTION_KEYS="aW50ZWdyYXRpb24tdGVzdC1rZXktMzItYnl0ZXMtISE=",
        IDENTIFIER_HASH_KEY="h" * 32,
        PUBLIC_BASE_URL="https://klardesk.example",
    )
    code = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings'); django.setup();"
        "from django.test import Client; c = Client(enforce_csrf_checks=True, HTTP_HOST='klardesk.example');"
        "c.get('/console/login/'); token = c.cookies['csrftoken'].value;"
        "r = c.post('/i18n/setlang/', {'csrfmiddlewaretoken': token, 'language': 'en', 'next': '/console/login/'},"
        " HTTP_ORIGIN='https://klardesk.example', HTTP_REFERER='https://klardesk.example/console/login/');"
        "print(r.status_code)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "302", result.stderr[-3000:]  # the language switch took effect, not 403
