"""The chat WebSocket: thin. Authentication and tenant are set by WidgetKeyChannelsMiddleware; see
docs/widget-protocol.md for the frames."""

import asyncio
import json
import logging
import time
from collections import deque
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.utils import translation

from compliance import selectors as compliance_selectors
from compliance.metadata import truncate_ip, user_agent_family
from inquiries import pipeline, selectors, services
from inquiries.models import Channel
from tenants.errors import error_body

log = logging.getLogger(__name__)


# A person types a few messages a minute; a script on an open socket would otherwise start unlimited AI calls.
MESSAGES_PER_MINUTE = 12


class ChatConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        await self.accept()
        reject = self.scope.get("reject_code")
        if reject:
            await self.close(code=reject)
            return
        self.tenant = self.scope["tenant"]
        self.language = self.scope["language"]
        self.answer_tasks: set[asyncio.Task] = set()
        self.recent: deque[float] = deque()
        token = self._query("conversation")
        self.conversation = await database_sync_to_async(selectors.conversation_by_token)(token)
        if self.conversation is None:
            self.conversation = await database_sync_to_async(services.conversation_start)(
                tenant=self.tenant,
                channel=Channel.CHAT,
                language=self.language,
                ip_network=truncate_ip(self._client_ip()),
                user_agent_family=user_agent_family(self._header(b"user-agent")),
            )
        await self.channel_layer.group_add(self.conversation.group_name, self.channel_name)
        history = await database_sync_to_async(selectors.message_list)(self.conversation)
        rights_url = await database_sync_to_async(compliance_selectors.rights_page_url)(self.tenant)
        with translation.override(self.language):
            await self._send(
                {
                    "type": "hello",
                    "conversation": self.conversation.token,
                    "assistant": self.tenant.assistant_name,
                    "ai_disclosure": str(pipeline.ai_disclosure()),
                    # AI answers carry the sources the live `answer` frame showed, so a reload loses none.
                    "history": [
                        {"role": m.role, "text": m.text, "message_id": m.pk, "sources": m.sources or []}
                        for m in history
                    ],
                    "privacy_url": rights_url,
                    # Only Klardesk's own request page may receive the conversation token (proof of identity).
                    "privacy_takes_token": rights_url == compliance_selectors.klardesk_rights_page_url(self.tenant),
                }
            )

    async def disconnect(self, code):
        if getattr(self, "conversation", None) is not None:
            await self.channel_layer.group_discard(self.conversation.group_name, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        with translation.override(self.language):
            try:
                frame = json.loads(text_data or "")
            except ValueError:
                frame = None
            if isinstance(frame, dict) and frame.get("type") == "consent":
                await self._consent(frame)
                return
            if not isinstance(frame, dict) or frame.get("type") != "message":
                await self._send({"type": "error", **error_body("bad_frame")})
                return
            client_id = frame.get("client_id", "")
            if not isinstance(client_id, str) or len(client_id) > 64:
                # An id the widget did not make (an object, a number, a long string) is neither echoed nor stored.
                await self._send({"type": "error", **error_body("bad_frame")})
                return
            if self._over_rate():
                await self._send({"type": "error", "client_id": client_id, **error_body("rate_limited")})
                return
            try:
                message, created = await database_sync_to_async(services.customer_message_receive)(
                    conversation=self.conversation, text=frame.get("text"), client_id=client_id
                )
            except services.InputError as exc:
                await self._send({"type": "error", "client_id": client_id, **error_body(exc.code, **exc.params)})
                return
            await self._send({"type": "ack", "client_id": client_id, "message_id": message.pk})
            if created:
                # The answer runs in its own task: it completes and is stored even if the socket closes meanwhile.
                task = asyncio.create_task(self._answer(message.pk, client_id))
                self.answer_tasks.add(task)
                task.add_done_callback(self.answer_tasks.discard)

    def _over_rate(self) -> bool:
        now = time.monotonic()
        while self.recent and now - self.recent[0] > 60:
            self.recent.popleft()
        if len(self.recent) >= MESSAGES_PER_MINUTE:
            return True
        self.recent.append(now)
        return False

    async def _consent(self, frame: dict):
        """The customer's answer to a `consent_request` for one of their messages in this conversation."""
        message_id, granted = frame.get("message_id"), frame.get("granted")
        owned = isinstance(message_id, int) and await database_sync_to_async(selectors.customer_message_in)(
            self.conversation, message_id
        )
        if not owned or not isinstance(granted, bool) or frame.get("purpose") != "art9":
            await self._send({"type": "error", **error_body("bad_frame")})
            return
        await self._answer(message_id, str(frame.get("client_id", "")), consent=granted)

    async def _answer(self, message_id: int, client_id: str, consent: bool | None = None):
        frames = pipeline.answer(message_id) if consent is None else pipeline.consent_answer(message_id, consent)
        with translation.override(self.language):
            try:
                async for frame in frames:
                    await self._send({**frame, "client_id": client_id})
            except Exception:
                log.exception("answer pipeline failed for message %s", message_id)
                frame = await pipeline.fail_safe_handoff(message_id)
                await self._send({**frame, "client_id": client_id})

    async def agent_message(self, event):
        """An agent replied in the console: forward it to this customer."""
        await self._send({"type": "agent", "text": event["text"], "message_id": event["message_id"]})

    async def _send(self, payload: dict):
        try:
            await self.send(text_data=json.dumps(payload, ensure_ascii=False))
        except Exception:  # the customer left; the stored conversation is what matters
            log.debug("chat socket gone, frame dropped")

    def _query(self, name: str) -> str:
        values = parse_qs(self.scope.get("query_string", b"").decode()).get(name)
        return values[0] if values else ""

    def _header(self, name: bytes) -> str:
        return dict(self.scope.get("headers") or []).get(name, b"").decode("latin-1")

    def _client_ip(self) -> str:
        client = self.scope.get("client") or (None, None)
        return client[0] or ""


class UnknownPathConsumer(AsyncWebsocketConsumer):
    """A WebSocket to a path Klardesk does not serve is refused at the handshake (HTTP 403), not a server error."""

    async def connect(self):
        await self.close()
