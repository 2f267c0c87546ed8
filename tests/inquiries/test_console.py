import json

import pytest
from asgiref.sync import async_to_sync, sync_to_async

from compliance.transfers import transfer_record_create
from inquiries.models import Conversation, KnowledgeArticle
from inquiries.pipeline import LOCAL_CONFIG
from tenants.context import tenant_context
from tests.factories import make_conversation
from tests.inquiries.test_chat_consumer import Chat, ask


@pytest.mark.django_db
def test_owner_sees_own_conversations_and_the_human_queue(tenant_a, tenant_b):
    mine = make_conversation(tenant_a.tenant, "Wo ist mein Paket?")
    make_conversation(tenant_b.tenant, "Fremde Frage")
    with tenant_context(tenant_a.tenant):
        mine.status = "handoff"
        mine.save()
    page = tenant_a.console().get("/console/")
    assert [c.pk for c in page.context["conversations"]] == [mine.pk]
    assert page.context["queue_count"] == 1
    detail = tenant_a.console("agent").get(f"/console/conversations/{mine.pk}/")
    assert "Wo ist mein Paket?" in detail.content.decode()


@pytest.mark.django_db
def test_console_speaks_german_by_default_and_english_on_request(tenant_a):
    console = tenant_a.console()
    assert "Gespräche" in console.get("/console/").content.decode()
    console.post("/i18n/setlang/", {"language": "en", "next": "/console/"})
    assert "Conversations" in console.get("/console/").content.decode()


@pytest.mark.django_db
def test_login_page_and_anonymous_redirect(client, tenant_a):
    assert client.get("/console/").status_code == 302
    response = client.post("/console/login/", {"username": tenant_a.owner_email, "password": "falsch"})
    assert "E-Mail oder Passwort ist falsch" in response.content.decode()


@pytest.mark.django_db
def test_knowledge_articles_are_managed_in_the_console(tenant_a, tenant_b):
    console = tenant_a.console()
    response = console.post(
        "/console/knowledge/new/",
        {
            "title": "Geschenkverpackung",
            "body": "Wir verpacken Geschenke für 2 Euro.",
            "language": "de",
            "published": "on",
        },
    )
    assert response.status_code == 302
    with tenant_context(tenant_a.tenant):
        article = KnowledgeArticle.objects.get(title="Geschenkverpackung")
    with tenant_context(tenant_b.tenant):
        assert not KnowledgeArticle.objects.filter(title="Geschenkverpackung").exists()
    assert tenant_b.console().get(f"/console/knowledge/{article.pk}/").status_code == 404
    assert tenant_a.console("agent").get(f"/console/knowledge/{article.pk}/").status_code == 403


@pytest.mark.django_db(transaction=True)
def test_agent_reply_reaches_the_customers_open_chat(tenant_a):
    agent = tenant_a.console("agent")

    def reply(token):
        with tenant_context(tenant_a.tenant):
            conversation = Conversation.objects.get(token=token)
        response = agent.post(f"/console/conversations/{conversation.pk}/", {"text": "Hallo, hier ist Jana."})
        with tenant_context(tenant_a.tenant):
            return response.status_code, conversation.messages.get(role="agent").pk

    async def run():
        chat = Chat(tenant_a.widget.key)
        hello = await chat.connect()
        await chat.send(type="message", text="Ich möchte mit einem Menschen sprechen", client_id="h")
        await chat.receive()
        handoff = await chat.until_final()
        status, message_id = await sync_to_async(reply)(hello["conversation"])
        frame = await chat.receive()
        await chat.close()
        return handoff, status, message_id, frame

    handoff, status, message_id, frame = async_to_sync(run)()
    assert handoff[-1]["reason"] == "customer_request"
    assert status == 302
    assert frame == {"type": "agent", "text": "Hallo, hier ist Jana.", "message_id": message_id}


@pytest.mark.django_db(transaction=True)
def test_kill_switch_in_the_console_hands_the_next_question_to_humans(tenant_a):
    tenant_a.console().post("/console/settings/ai/", {})  # checkbox unticked = off
    _, _, frames = ask(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")
    assert frames[-1] == {**frames[-1], "type": "handoff", "reason": "ai_disabled"}
    tenant_a.console().post("/console/settings/ai/", {"ai_enabled": "on"})
    _, _, frames = ask(tenant_a.widget.key, "Welche Zahlungsarten gibt es?", client_id="c2")
    assert frames[-1]["type"] == "answer"


@pytest.mark.django_db
def test_usage_shows_calls_and_tokens_per_month_of_own_tenant_only(tenant_a, tenant_b):
    for setup, tokens in ((tenant_a, 100), (tenant_a, 50), (tenant_b, 999)):
        conversation = make_conversation(setup.tenant, "Frage")
        with tenant_context(setup.tenant):
            transfer_record_create(
                conversation=conversation,
                message=None,
                registration=None,
                config=LOCAL_CONFIG,
                outcome="answered",
                data_categories=["EMAIL"],
                input_tokens=tokens,
                output_tokens=7,
            )
    page = tenant_a.console().get("/console/usage/")
    [row] = page.context["usage"]
    assert (row["calls"], row["input_tokens"], row["output_tokens"]) == (2, 150, 14)
    assert "999" not in page.content.decode()
    assert tenant_a.console("dpo").get("/console/usage/").status_code == 200
    assert tenant_a.console("agent").get("/console/usage/").status_code == 403


@pytest.mark.django_db
def test_conversation_list_json_is_not_leaking_through_the_console_to_other_tenants(tenant_a, tenant_b):
    theirs = make_conversation(tenant_b.tenant, "Geheim")
    response = tenant_a.console().get(f"/console/conversations/{theirs.pk}/")
    assert response.status_code == 404
    assert "Geheim" not in json.dumps(response.content.decode())


@pytest.mark.django_db
def test_console_stays_german_for_an_english_browser_until_the_switch_is_used(tenant_a):
    console = tenant_a.console()
    assert "Gespräche" in console.get("/console/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    console.post("/i18n/setlang/", {"language": "en", "next": "/console/"})
    assert "Conversations" in console.get("/console/", HTTP_ACCEPT_LANGUAGE="de").content.decode()


@pytest.mark.django_db
def test_owner_edits_company_data_and_assistant_settings(tenant_a, tenant_b):
    console = tenant_a.console()
    assert console.get("/console/settings/").status_code == 200
    response = console.post(
        "/console/settings/",
        {
            "name": "Acme",
            "legal_name": "Acme Versand GmbH",
            "legal_address": "Hafenstraße 1, 20457 Hamburg",
            "dpo_name": "Dr. Datenschutz",
            "dpo_email": "dsb@acme.example",
            "default_language": "de",
            "federal_state": "HH",
            "assistant_name": "Ida",
            "assistant_instructions": "Siezen Sie die Kundschaft.",
        },
    )
    assert response.status_code == 302
    tenant_a.tenant.refresh_from_db()
    assert (tenant_a.tenant.dpo_email, tenant_a.tenant.assistant_name) == ("dsb@acme.example", "Ida")
    tenant_b.tenant.refresh_from_db()
    assert tenant_b.tenant.assistant_name == "Klara"
    bad = console.post("/console/settings/", {"name": "", "dpo_email": "kein", "default_language": "fr"})
    assert bad.status_code == 200 and "gültige E-Mail-Adresse" in bad.content.decode()
    assert tenant_a.console("agent").get("/console/settings/").status_code == 403
