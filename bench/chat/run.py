"""Platform overhead per chat turn: WebSocket frame in -> first delta out, and -> final answer.

A real Daphne server (subprocess) answers through the OpenAI SDK from the instant fake provider server of
tests/fakes; the baseline is the same fake called directly with the same SDK. Both at 1, 10 and 100 concurrent
conversations, each conversation sending TURNS questions one after another.

    .venv/bin/python bench/chat/run.py                # embedded default (SQLite, in-memory layer)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/klardesk_bench REDIS_URL=redis://127.0.0.1:6379/6 \
        .venv/bin/python bench/chat/run.py           # production parts
"""

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import websockets
from openai import AsyncOpenAI

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

from tests.fakes import FakeOpenAI, ok  # noqa: E402

ANSWER = "Sie können Artikel innerhalb von 30 Tagen kostenlos zurückschicken."
QUESTION = "Wie lange habe ich Zeit für eine Rücksendung?"
CONCURRENCY = (1, 10, 100)
TURNS = int(os.environ.get("BENCH_TURNS", "5"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def setup_server(env, fake_url, port):
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    origin = f"http://127.0.0.1:{port}"
    script = f"""
import json
from compliance.registrations import registration_save
from tenants.context import tenant_context
from tenants.services import tenant_bootstrap
from tests.compliance.helpers import make_compliant
from tests.factories import make_article
import importlib
from django.apps import apps
# `flush` (PostgreSQL re-runs) empties the provider facts that a data migration seeded.
importlib.import_module("compliance.migrations.0003_seed_provider_legal_profiles").seed(apps, None)
tenant, _, widget = tenant_bootstrap(slug="bench", name="Bench GmbH", owner_email="bench@bench.example",
                                     password=None, allowed_origins=["{origin}"])
make_article(tenant, "Rücksendung", "Artikel können innerhalb von 30 Tagen zurückgeschickt werden.")
with tenant_context(tenant):
    registration = registration_save(tenant=tenant, actor="bench", kind="openai", model="gpt-bench",
                                     base_url="{fake_url}", api_key="sk-bench", activate=True)
make_compliant(tenant, registration)  # answers, signed DPA, published notice: the gate lets it through
print(json.dumps({{"widget": widget.key}}))
"""
    out = subprocess.run(
        [*manage, "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])["widget"], origin


async def conversation(url, origin, turns, first, final):
    async with websockets.connect(url, origin=origin, open_timeout=30, max_queue=None) as ws:
        json.loads(await ws.recv())  # hello
        for turn in range(turns):
            sent = time.perf_counter()
            await ws.send(json.dumps({"type": "message", "text": QUESTION, "client_id": f"t{turn}"}))
            got_first = False
            while True:
                frame = json.loads(await ws.recv())
                if frame["type"] == "delta" and not got_first:
                    first.append(time.perf_counter() - sent)
                    got_first = True
                elif frame["type"] in ("answer", "handoff"):
                    if frame["type"] != "answer":
                        raise RuntimeError(f"not answered: {frame}")
                    final.append(time.perf_counter() - sent)
                    break


async def direct(client, turns, first, final):
    for _ in range(turns):
        sent = time.perf_counter()
        stream = await client.chat.completions.create(
            model="gpt-bench",
            messages=[{"role": "user", "content": QUESTION}],
            stream=True,
            stream_options={"include_usage": True},
        )
        got_first = False
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content and not got_first:
                first.append(time.perf_counter() - sent)
                got_first = True
        final.append(time.perf_counter() - sent)


async def measure(n, make_one):
    first, final = [], []
    started = time.perf_counter()
    await asyncio.gather(*(make_one(first, final) for _ in range(n)))
    return first, final, time.perf_counter() - started


def row(label, n, first, final):
    ms = lambda v: f"{v * 1000:.1f}"  # noqa: E731
    return (
        f"| {label} | {n} | {ms(statistics.median(first))} | {ms(percentile(first, 99))} | "
        f"{ms(statistics.median(final))} | {ms(percentile(final, 99))} |"
    )


async def run_all(url, origin, fake_url):
    client = AsyncOpenAI(api_key="sk-bench", base_url=fake_url, max_retries=0)
    await measure(1, lambda f, a: direct(client, 2, f, a))  # warm-up: imports, first connections
    await measure(1, lambda f, a: conversation(url, origin, 2, f, a))
    rows = []
    for n in CONCURRENCY:
        first, final, _ = await measure(n, lambda f, a: direct(client, TURNS, f, a))
        rows.append(row("SDK → fake directly", n, first, final))
        first, final, _ = await measure(n, lambda f, a: conversation(url, origin, TURNS, f, a))
        rows.append(row("Klardesk chat (WebSocket → pipeline → SDK → fake)", n, first, final))
    await client.close()
    return rows


def main():
    fake = FakeOpenAI(default_reply=ok(ANSWER))
    fake.start()
    port = free_port()
    tmp = tempfile.mkdtemp(prefix="klardesk-bench-")
    env = {**os.environ, "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}", "LOG_LEVEL": "WARNING"}
    env.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    if env["DATABASE_URL"].startswith("postgres"):
        subprocess.run(
            [sys.executable, "manage.py", "flush", "--noinput"], cwd=ROOT, env=env, check=False, capture_output=True
        )
    widget, origin = setup_server(env, fake.base_url, port)
    server = subprocess.Popen(
        [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"],
        cwd=ROOT,
        env=env,
        stderr=open(os.environ.get("BENCH_SERVER_LOG", os.devnull), "w"),  # noqa: SIM115 - lives with the server
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        url = f"ws://127.0.0.1:{port}/ws/chat/{widget}/"
        lines = [
            f"Database: {env['DATABASE_URL'].split(':')[0]}, channel layer: "
            f"{'redis' if env.get('REDIS_URL') else 'in-memory'}, {TURNS} turns per conversation.",
            "",
            "| path | concurrent conversations | first delta p50 (ms) | first delta p99 (ms) | "
            "answer p50 (ms) | answer p99 (ms) |",
            "|---|---|---|---|---|---|",
        ]
        lines += asyncio.run(run_all(url, origin, fake.base_url))
        print("\n".join(lines))
    finally:
        server.terminate()
        server.wait(10)
        fake.stop()


if __name__ == "__main__":
    main()
