"""Retrieval with German and English word forms, on PostgreSQL full-text search and on the SQLite fallback."""

import pytest

from inquiries import knowledge
from tenants.context import tenant_context
from tests.factories import make_article


@pytest.mark.django_db
def test_inflected_german_question_finds_the_article(tenant_a):
    with tenant_context(tenant_a.tenant):
        hits = knowledge.search("Wie funktionieren Rücksendungen bei Ihnen?", "de")
    assert [p.title for p in hits][:1] == ["Rücksendung"]


@pytest.mark.django_db
def test_english_question_finds_the_english_article(tenant_a):
    make_article(tenant_a.tenant, "Payment methods", "We accept PayPal, credit cards and invoices.", language="en")
    with tenant_context(tenant_a.tenant):
        hits = knowledge.search("Which payments do you accept?", "en")
    assert "Payment methods" in [p.title for p in hits]


@pytest.mark.django_db
def test_unpublished_and_foreign_articles_are_never_retrieved(tenant_a, tenant_b):
    make_article(tenant_a.tenant, "Rücksendung intern", "Interne Notiz zur Rücksendung.", published=False)
    with tenant_context(tenant_b.tenant):
        hits = knowledge.search("Rücksendung", "de")
    assert hits == []
    with tenant_context(tenant_a.tenant):
        titles = [p.title for p in knowledge.search("Rücksendung", "de")]
    assert "Rücksendung intern" not in titles and "Rücksendung" in titles


@pytest.mark.django_db
def test_question_without_content_words_retrieves_nothing(tenant_a):
    with tenant_context(tenant_a.tenant):
        assert knowledge.search("Hallo, wie ist das?", "de") == []
