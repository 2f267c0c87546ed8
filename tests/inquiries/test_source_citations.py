"""The model cites its sources by id; the customer sees the cited sources' titles and links, not the ids."""

import pytest
from asgiref.sync import async_to_sync
from django.core import mail

from inquiries.models import KnowledgeArticle, Message
from tenants.context import tenant_context
from tests.fakes import ok
from tests.inquiries.test_chat_consumer import Chat
from tests.inquiries.test_pipeline_providers import chat, register

pytestmark = pytest.mark.django_db(transaction=True)


def _article(tenant, title):
    with tenant_context(tenant):
        return KnowledgeArticle.objects.get(title=title)


def test_cited_sources_are_shown_by_title_and_link_and_the_ids_are_taken_out(tenant_a, tenant_b, fake_openai):
    returns = _article(tenant_a.tenant, "Rücksendung")
    with tenant_context(tenant_a.tenant):
        KnowledgeArticle.objects.filter(pk=returns.pk).update(url="https://acme.example/ruecksendung")
    register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.queue(ok(f"Sie können Artikel 30 Tage lang kostenlos zurückschicken [kb-{returns.pk}]. Gern!"))
    _ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken und wie bezahle ich?")

    system = fake_openai.requests[-1].body["messages"][0]["content"]
    assert f'id="kb-{returns.pk}"' in system and "[kb-7]" in system  # the sources and how to cite them
    answer = frames[-1]
    assert answer["type"] == "answer"
    assert answer["text"] == "Sie können Artikel 30 Tage lang kostenlos zurückschicken. Gern!"
    assert "[kb-" not in "".join(f.get("text", "") for f in frames)
    assert answer["sources"] == [
        {"id": f"kb-{returns.pk}", "title": "Rücksendung", "url": "https://acme.example/ruecksendung"}
    ]
    stored = Message.objects.unscoped().get(pk=answer["message_id"])
    assert stored.text == answer["text"] and stored.sources == answer["sources"]


def test_a_citation_of_another_tenants_article_names_no_foreign_source(tenant_a, tenant_b, fake_openai):
    foreign = _article(tenant_b.tenant, "Stornierung")
    register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.queue(ok(f"Artikel können 30 Tage lang zurückgeschickt werden [kb-{foreign.pk}]."))
    _ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken?")
    titles = [s["title"] for s in frames[-1]["sources"]]
    assert "Stornierung" not in titles and "Rücksendung" in titles


def test_an_answer_by_email_names_the_cited_source_with_its_link(client, tenant_a, tenant_b, fake_openai):
    returns = _article(tenant_a.tenant, "Rücksendung")
    with tenant_context(tenant_a.tenant):
        KnowledgeArticle.objects.filter(pk=returns.pk).update(url="https://acme.example/ruecksendung")
    register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.queue(ok(f"Sie haben 30 Tage Zeit [kb-{returns.pk}]."))
    form = {"name": "Kim", "email": "kim@example.org", "message": "Wie lange kann ich Artikel zurückschicken?"}
    assert client.post(f"/form/{tenant_a.widget.key}/", form).status_code == 200
    [email] = mail.outbox
    assert email.body == "Sie haben 30 Tage Zeit.\n\nQuellen:\n- Rücksendung: https://acme.example/ruecksendung"


def test_the_offline_answer_by_email_names_its_sources_once(client, tenant_a, tenant_b):
    form = {"name": "Kim", "email": "kim@example.org", "message": "Wie lange kann ich Artikel zurückschicken?"}
    assert client.post(f"/form/{tenant_a.widget.key}/", form).status_code == 200
    [email] = mail.outbox
    assert email.body.count("Rücksendung") == 1


def test_the_history_after_a_reconnect_shows_the_same_sources_as_the_live_answer(tenant_a, tenant_b, fake_openai):
    returns = _article(tenant_a.tenant, "Rücksendung")
    with tenant_context(tenant_a.tenant):
        KnowledgeArticle.objects.filter(pk=returns.pk).update(url="https://acme.example/ruecksendung")
    register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.queue(ok(f"Sie können Artikel 30 Tage lang kostenlos zurückschicken [kb-{returns.pk}]."))

    async def live_then_reconnect(widget_key, other_widget_key):
        live = Chat(widget_key)
        hello = await live.connect()
        await live.send(type="message", text="Wie lange kann ich Artikel zurückschicken?", client_id="r1")
        await live.receive()  # ack
        answer = (await live.until_final())[-1]
        await live.close()  # the customer reloads the page: the widget reconnects with its token
        again = Chat(widget_key, query=f"?conversation={hello['conversation']}")
        resumed = await again.connect()
        await again.close()
        foreign = Chat(other_widget_key, query=f"?conversation={hello['conversation']}")
        other = await foreign.connect()
        await foreign.close()
        return answer, resumed, other

    answer, resumed, other = async_to_sync(live_then_reconnect)(tenant_a.widget.key, tenant_b.widget.key)

    assert answer["type"] == "answer"
    assert answer["sources"] == [
        {"id": f"kb-{returns.pk}", "title": "Rücksendung", "url": "https://acme.example/ruecksendung"}
    ]
    customer, ai = resumed["history"]
    assert (customer["role"], customer["sources"]) == ("customer", [])
    assert (ai["role"], ai["message_id"], ai["text"]) == ("ai", answer["message_id"], answer["text"])
    assert ai["sources"] == answer["sources"]
    assert "[kb-" not in ai["text"]
    assert other["history"] == []  # another tenant's widget resumes nothing, sources included
