"""The chat round trip through Channels' communicator: frames, storage, tenants, bad input."""

import json

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator

from config.asgi import application
from inquiries.models import Conversation, Message
from tenants.context import tenant_context
from tenants.services import tenant_set_ai_enabled
from tests.factories import TEST_ORIGIN

pytestmark = pytest.mark.django_db(transaction=True)


class Chat:
    """A customer's browser tab: connect, send frames, read frames until the answer."""

    def __init__(self, widget_key: str, origin: str = TEST_ORIGIN, query: str = ""):
        self.communicator = WebsocketCommunicator(
            application, f"/ws/chat/{widget_key}/{query}", headers=[(b"origin", origin.encode())]
        )

    async def connect(self):
        connected, _ = await self.communicator.connect(timeout=5)
        assert connected
        return await self.receive()

    async def receive(self):
        return json.loads(await self.communicator.receive_from(timeout=10))

    async def send(self, **frame):
        await self.communicator.send_to(text_data=json.dumps(frame))

    async def send_raw(self, text):
        await self.communicator.send_to(text_data=text)

    async def until_final(self):
        frames = []
        while True:
            frame = await self.receive()
            frames.append(frame)
            if frame["type"] in ("answer", "handoff"):
                return frames

    async def close(self):
        await self.communicator.disconnect()


def ask(widget_key, text, client_id="c1"):
    async def run():
        chat = Chat(widget_key)
        hello = await chat.connect()
        await chat.send(type="message", text=text, client_id=client_id)
        ack = await chat.receive()
        frames = await chat.until_final()
        await chat.close()
        return hello, ack, frames

    return async_to_sync(run)()


def test_question_is_stored_in_the_right_tenant_and_answered_from_its_knowledge(tenant_a, tenant_b):
    hello, ack, frames = ask(tenant_a.widget.key, "Wie lange habe ich Zeit für eine Rücksendung?")
    assert hello["type"] == "hello" and hello["ai_disclosure"]
    assert ack == {"type": "ack", "client_id": "c1", "message_id": ack["message_id"]}
    answer = frames[-1]
    assert answer["type"] == "answer"
    assert "30 Tagen" in answer["text"]
    assert any(f["type"] == "delta" for f in frames[:-1])
    assert "".join(f["text"] for f in frames[:-1]).strip() == answer["text"]
    assert [s["title"] for s in answer["sources"]][0] == "Rücksendung"
    with tenant_context(tenant_a.tenant):
        conversation = Conversation.objects.get(token=hello["conversation"])
        assert [(m.role, m.text[:20]) for m in conversation.messages.all()] == [
            ("customer", "Wie lange habe ich Z"),
            ("ai", answer["text"][:20]),
        ]
    with tenant_context(tenant_b.tenant):
        assert Message.objects.count() == 0


def test_unknown_question_goes_to_a_human_and_the_message_is_kept(tenant_a):
    _, ack, frames = ask(tenant_a.widget.key, "Können Sie mir ein Taxi zum Flughafen bestellen?")
    assert frames[-1]["type"] == "handoff" and frames[-1]["text"]
    with tenant_context(tenant_a.tenant):
        message = Message.objects.get(pk=ack["message_id"])
        assert message.conversation.status == "handoff"


def test_asking_for_a_human_hands_off(tenant_a):
    _, _, frames = ask(tenant_a.widget.key, "Ich möchte bitte mit einem Menschen sprechen.")
    assert frames == [frames[-1]] and frames[-1]["type"] == "handoff"
    assert frames[-1]["reason"] == "customer_request"


def test_kill_switch_sends_every_question_to_humans(tenant_a):
    tenant_set_ai_enabled(tenant=tenant_a.tenant, actor="test", enabled=False)
    _, _, frames = ask(tenant_a.widget.key, "Wie lange habe ich Zeit für eine Rücksendung?")
    assert [f["type"] for f in frames] == ["handoff"]


def test_bad_frames_get_error_frames_store_nothing_and_keep_the_connection(tenant_a):
    async def run():
        chat = Chat(tenant_a.widget.key)
        await chat.connect()
        errors = []
        for raw in [
            "kein json",
            json.dumps([1, 2]),
            json.dumps({"type": "dance"}),
            json.dumps({"type": "message", "text": "   ", "client_id": "e1"}),
            json.dumps({"type": "message", "text": "x" * 4001, "client_id": "e2"}),
            json.dumps({"type": "message", "text": "Hallo", "client_id": {"html": "<b>"}}),
            json.dumps({"type": "message", "text": "Hallo", "client_id": "c" * 65}),
        ]:
            await chat.send_raw(raw)
            errors.append(await chat.receive())
        await chat.send(type="message", text="Welche Zahlungsarten gibt es?", client_id="ok")
        ack = await chat.receive()
        final = (await chat.until_final())[-1]
        await chat.close()
        return errors, ack, final

    errors, ack, final = async_to_sync(run)()
    assert [e["error"]["code"] for e in errors] == [
        "bad_frame",
        "bad_frame",
        "bad_frame",
        "empty_message",
        "message_too_long",
        "bad_frame",
        "bad_frame",
    ]
    assert all("client_id" not in e for e in errors[-2:])  # a foreign id is never echoed
    assert all(e["type"] == "error" and e["error"]["message"] for e in errors)
    assert "4000" in errors[4]["error"]["message"]
    assert ack["type"] == "ack" and final["type"] == "answer"
    with tenant_context(tenant_a.tenant):
        assert list(Message.objects.filter(role="customer").values_list("text", flat=True)) == [
            "Welche Zahlungsarten gibt es?"
        ]


def test_a_resent_frame_is_acknowledged_again_but_stored_once(tenant_a):
    async def run():
        chat = Chat(tenant_a.widget.key)
        await chat.connect()
        await chat.send(type="message", text="Welche Zahlungsarten gibt es?", client_id="same")
        first = await chat.receive()
        await chat.until_final()
        await chat.send(type="message", text="Welche Zahlungsarten gibt es?", client_id="same")
        second = await chat.receive()
        await chat.close()
        return first, second

    first, second = async_to_sync(run)()
    assert first["message_id"] == second["message_id"]
    with tenant_context(tenant_a.tenant):
        assert Message.objects.filter(role="customer").count() == 1


@pytest.mark.parametrize(
    ("key", "origin", "code"),
    [("wk_doesnotexist", TEST_ORIGIN, 4401), (None, "https://evil.example", 4403), (None, None, 4403)],
)
def test_unknown_widget_key_or_foreign_origin_closes_with_documented_code(tenant_a, key, origin, code):
    async def run():
        headers = [(b"origin", origin.encode())] if origin else []
        communicator = WebsocketCommunicator(application, f"/ws/chat/{key or tenant_a.widget.key}/", headers=headers)
        connected, _ = await communicator.connect()
        closed = await communicator.receive_output(timeout=5)
        await communicator.wait()
        return connected, closed

    connected, closed = async_to_sync(run)()
    assert closed == {"type": "websocket.close", "code": code}


@pytest.mark.parametrize("path", ["/ws/chat/", "/ws/chat/?key=wk_x", "/ws/other/"])
def test_a_websocket_to_an_unknown_path_is_refused_at_the_handshake(tenant_a, path):
    async def run():
        communicator = WebsocketCommunicator(application, path, headers=[(b"origin", TEST_ORIGIN.encode())])
        connected, _ = await communicator.connect()
        await communicator.wait()
        return connected

    assert async_to_sync(run)() is False


def test_conversation_token_of_another_tenant_is_not_resumed(tenant_a, tenant_b):
    hello, _, _ = ask(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")

    async def run():
        chat = Chat(tenant_b.widget.key, query=f"?conversation={hello['conversation']}")
        other = await chat.connect()
        await chat.close()
        return other

    other = async_to_sync(run)()
    assert other["conversation"] != hello["conversation"]
    assert other["history"] == []


def test_reconnecting_with_the_token_resumes_the_history(tenant_a):
    hello, _, _ = ask(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")

    async def run():
        chat = Chat(tenant_a.widget.key, query=f"?conversation={hello['conversation']}")
        again = await chat.connect()
        await chat.close()
        return again

    again = async_to_sync(run)()
    assert again["conversation"] == hello["conversation"]
    assert [m["role"] for m in again["history"]] == ["customer", "ai"]


def test_english_widget_gets_english_texts(tenant_a):
    async def run():
        chat = Chat(tenant_a.widget.key, query="?lang=en")
        hello = await chat.connect()
        await chat.send_raw("nope")
        error = await chat.receive()
        await chat.close()
        return hello, error

    hello, error = async_to_sync(run)()
    assert "AI" in hello["ai_disclosure"]
    assert error["error"]["message"].startswith("The frame")


def test_a_flood_of_messages_is_refused_with_rate_limited_and_nothing_stored(tenant_a):
    async def run():
        chat = Chat(tenant_a.widget.key)
        await chat.connect()
        await chat.communicator.send_to(
            text_data=json.dumps({"type": "message", "text": "Hallo Mensch", "client_id": "0"})
        )
        frames = []
        for i in range(1, 13):
            await chat.send(type="message", text=f"Nachricht {i} an einen Menschen", client_id=str(i))
        while len([f for f in frames if f["type"] in ("ack", "error")]) < 13:
            frames.append(await chat.receive())
        await chat.close()
        return frames

    frames = async_to_sync(run)()
    errors = [f for f in frames if f["type"] == "error"]
    assert [e["error"]["code"] for e in errors] == ["rate_limited"]
    assert errors[0]["client_id"] == "12"
    with tenant_context(tenant_a.tenant):
        assert Message.objects.filter(role="customer").count() == 12
