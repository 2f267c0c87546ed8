"""The chat and /healthz through a real Daphne server on a free port, as a browser's script would use them."""

import asyncio
import json
import urllib.request

import websockets

from tenants.services import widget_key_set_origins
from tests.factories import make_article, make_tenant
from tests.live import LiveServerTestCase


class DaphneChatTest(LiveServerTestCase):
    def setUp(self):
        self.acme = make_tenant("acme", "Acme Versand GmbH", origins=[self.live_server_url])
        make_article(self.acme.tenant, "Rücksendung", "Artikel können innerhalb von 30 Tagen zurückgeschickt werden.")
        self.bravo = make_tenant("bravo", "Bravo Reisen AG", origins=["https://bravo.example"])

    def _chat(self, widget_key: str, text: str, origin: str):
        async def run():
            url = f"{self.live_server_ws_url}/ws/chat/{widget_key}/"
            async with websockets.connect(url, origin=origin, open_timeout=10) as ws:
                frames = [json.loads(await ws.recv())]
                await ws.send(json.dumps({"type": "message", "text": text, "client_id": "live-1"}))
                while frames[-1]["type"] not in ("answer", "handoff"):
                    frames.append(json.loads(await asyncio.wait_for(ws.recv(), 10)))
                return frames

        return asyncio.run(run())

    def test_chat_round_trip_over_a_real_socket(self):
        frames = self._chat(
            self.acme.widget.key, "Wie lange dauert die Frist für eine Rücksendung?", self.live_server_url
        )
        assert [f["type"] for f in frames][:2] == ["hello", "ack"]
        assert frames[-1]["type"] == "answer" and "30 Tagen" in frames[-1]["text"]

    def test_reconnecting_over_a_real_socket_shows_the_answers_sources_again(self):
        frames = self._chat(self.acme.widget.key, "Wie lange habe ich Zeit für eine Rücksendung?", self.live_server_url)
        answer = frames[-1]
        assert answer["type"] == "answer" and [s["title"] for s in answer["sources"]] == ["Rücksendung"]

        async def reconnect(widget_key, origin):
            url = f"{self.live_server_ws_url}/ws/chat/{widget_key}/?conversation={frames[0]['conversation']}"
            async with websockets.connect(url, origin=origin, open_timeout=10) as ws:
                return json.loads(await asyncio.wait_for(ws.recv(), 10))

        hello = asyncio.run(reconnect(self.acme.widget.key, self.live_server_url))
        assert hello["conversation"] == frames[0]["conversation"]
        assert [(m["role"], m["sources"]) for m in hello["history"]] == [("customer", []), ("ai", answer["sources"])]
        widget_key_set_origins(
            tenant=self.bravo.tenant, actor="test", widget=self.bravo.widget, allowed_origins=[self.live_server_url]
        )
        assert asyncio.run(reconnect(self.bravo.widget.key, self.live_server_url))["history"] == []

    def test_other_tenants_widget_refuses_this_origin(self):
        async def run():
            url = f"{self.live_server_ws_url}/ws/chat/{self.bravo.widget.key}/"
            async with websockets.connect(url, origin=self.live_server_url) as ws:
                try:
                    await asyncio.wait_for(ws.recv(), 5)
                except websockets.ConnectionClosed as closed:
                    return closed.rcvd.code
            return None

        assert asyncio.run(run()) == 4403
        widget_key_set_origins(
            tenant=self.bravo.tenant, actor="test", widget=self.bravo.widget, allowed_origins=[self.live_server_url]
        )
        frames = self._chat(self.bravo.widget.key, "Hallo", self.live_server_url)
        assert frames[0]["type"] == "hello"

    def test_healthz_reports_every_part(self):
        with urllib.request.urlopen(f"{self.live_server_url}/healthz", timeout=10) as response:
            body = json.loads(response.read())
        assert response.status == 200
        assert set(body["checks"]) == {"database", "channel_layer", "broker"}
        assert body["failing"] == []
