"""Every test base has two tenants, A and B, each with an owner, an API key, a widget key and some knowledge."""

import importlib
import os

import pytest

from tests.factories import make_article, make_tenant
from tests.fakes.fixtures import fake_anthropic, fake_gemini, fake_openai  # noqa: F401

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def tenant_a(db):
    setup = make_tenant("acme", "Acme Versand GmbH")
    make_article(setup.tenant, "Rücksendung", "Artikel können innerhalb von 30 Tagen kostenlos zurückgeschickt werden.")
    make_article(setup.tenant, "Zahlungsarten", "Wir akzeptieren PayPal, Kreditkarte und Kauf auf Rechnung.")
    return setup


@pytest.fixture
def tenant_b(db):
    setup = make_tenant("bravo", "Bravo Reisen AG")
    make_article(setup.tenant, "Stornierung", "Reisen können bis 14 Tage vor Abreise kostenlos storniert werden.")
    return setup


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _seeded_legal_profiles(request):
    """Transactional tests flush the database, data migrations included: put the provider facts back."""
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        request.getfixturevalue("transactional_db")
        from django.apps import apps

        importlib.import_module("compliance.migrations.0003_seed_provider_legal_profiles").seed(apps, None)
