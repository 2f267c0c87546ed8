"""/healthz: database, channel layer and broker, each checked for real."""

import asyncio
import uuid

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import connection
from django.http import JsonResponse


def _database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


async def _channel_round_trip() -> None:
    layer = get_channel_layer()
    name = await layer.new_channel("healthz.")
    marker = uuid.uuid4().hex
    await layer.send(name, {"type": "healthz", "marker": marker})
    received = await asyncio.wait_for(layer.receive(name), timeout=2)
    if received.get("marker") != marker:
        raise RuntimeError("channel layer returned another message")


def _channel_layer() -> str:
    async_to_sync(_channel_round_trip)()
    return "ok"


def _broker() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "ok (eager)"
    from config.celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


CHECKS = {"database": _database, "channel_layer": _channel_layer, "broker": _broker}


def healthz(request):
    status, failing = {}, []
    for name, check in CHECKS.items():
        try:
            status[name] = check()
        except Exception as exc:  # any failure of a dependency is a reported state, not a crash
            status[name] = f"error: {type(exc).__name__}"
            failing.append(name)
    body = {"status": "ok" if not failing else "unavailable", "checks": status, "failing": failing}
    return JsonResponse(body, status=200 if not failing else 503)
