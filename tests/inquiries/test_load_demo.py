import pytest
from django.core.management import call_command

from inquiries.demo_articles import ARTICLES
from inquiries.models import KnowledgeArticle
from tenants.models import Tenant, WidgetKey


@pytest.mark.django_db
def test_load_demo_twice_creates_one_demo_tenant_with_its_knowledge(capsys, tenant_a):
    call_command("load_demo")
    first = capsys.readouterr().out
    call_command("load_demo")
    second = capsys.readouterr().out
    demo = Tenant.objects.get(slug="demo")
    assert demo.name == "Demo GmbH"
    assert KnowledgeArticle.objects.unscoped().filter(tenant=demo).count() == len(ARTICLES) >= 15
    widget = WidgetKey.objects.unscoped().get(tenant=demo)
    for output in (first, second):
        assert f"Widget key: {widget.key}" in output
        assert "Login:" in output and f"/demo/{widget.key}/" in output
    assert "API key" in first and "API key" not in second  # shown once
