"""Finding, exporting and erasing one person's data as the message table grows (10k, 100k, 1M messages).

The database grows in place from one size to the next; at each size a fresh person (one contact, one chat
conversation of 10 messages, one transfer record) is added REPEAT times and their request is timed:
  find    request_subject: identifier index -> contacts -> conversations (indexed lookups only)
  export  the access package: collectors' export + Art. 15 information + ZIP written to disk
  erase   erasure_fulfil: every collector, Art. 19 tasks, confirmation letter
Background data is written with bulk_create (signals do not fire, so the index rows are written here too).

    .venv/bin/python bench/dsar/run.py                       # SQLite file var/bench-dsar.sqlite3 (recreated)
    BENCH_SIZES=10000,100000 .venv/bin/python bench/dsar/run.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/klardesk_dsar_bench .venv/bin/python bench/dsar/run.py
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
BENCH_DB = ROOT / "var" / "bench-dsar.sqlite3"
if "DATABASE_URL" not in os.environ:
    BENCH_DB.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DB}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["EMAIL_URL"] = "memorymail://"
os.environ["PRIVATE_MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-dsar-")
os.environ["CELERY_TASK_ALWAYS_EAGER"] = "1"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from compliance.models import TransferRecord  # noqa: E402
from dsar import index  # noqa: E402
from dsar.erasure import erasure_fulfil  # noqa: E402
from dsar.exports import package_files, package_write  # noqa: E402
from dsar.models import ExportPackage, IdentifierIndex  # noqa: E402
from dsar.selectors import request_subject  # noqa: E402
from dsar.services import request_create  # noqa: E402
from inquiries.models import Contact, Conversation, Message, Role  # noqa: E402
from tenants.context import tenant_context  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import tenant_bootstrap  # noqa: E402

SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "10000,100000,1000000").split(",")]
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
PER_CONVERSATION = 10
BATCH = 5000
TEXTS = [
    "Wo ist meine Bestellung Nummer {n}? Ich warte seit einer Woche.",
    "Sie können Artikel innerhalb von 30 Tagen kostenlos zurückschicken.",
    "Kann ich auch mit PayPal bezahlen? Grüße, Kunde {n}",
    "Ja, wir akzeptieren PayPal, Kreditkarte und Kauf auf Rechnung.",
]


def grow(tenant: Tenant, target_messages: int) -> None:
    """Add background contacts, conversations and messages until the table holds `target_messages`."""
    have = Message.objects.count()
    while have < target_messages:
        conversations_needed = min(BATCH, (target_messages - have + PER_CONVERSATION - 1) // PER_CONVERSATION)
        start = Contact.objects.count()
        contacts = Contact.objects.bulk_create(
            Contact(tenant=tenant, name=f"Kunde {start + i}", email=f"kunde{start + i}@example.com")
            for i in range(conversations_needed)
        )
        conversations = Conversation.objects.bulk_create(Conversation(tenant=tenant, contact=c) for c in contacts)
        Message.objects.bulk_create(
            Message(
                tenant=tenant,
                conversation=conv,
                role=Role.CUSTOMER if i % 2 == 0 else Role.AI,
                text=TEXTS[i % 4].format(n=conv.pk),
            )
            for conv in conversations
            for i in range(PER_CONVERSATION)
        )
        IdentifierIndex.objects.bulk_create(
            [
                IdentifierIndex(
                    tenant=tenant,
                    kind="email",
                    digest=index.digest(tenant.pk, "email", c.email),
                    model="inquiries.Contact",
                    object_id=c.pk,
                )
                for c in contacts
            ]
            + [
                IdentifierIndex(
                    tenant=tenant,
                    kind="token",
                    digest=index.digest(tenant.pk, "token", conv.token),
                    model="inquiries.Conversation",
                    object_id=conv.pk,
                )
                for conv in conversations
            ]
        )
        have += len(conversations) * PER_CONVERSATION


def person(tenant: Tenant, n: int):
    """A person with a conversation, through the ORM (signals index them as in production)."""
    email = f"bench.person{n}@example.org"
    contact = Contact.objects.create(tenant=tenant, name=f"Bench Person {n}", email=email, phone="030 1234567")
    conversation = Conversation.objects.create(tenant=tenant, contact=contact)
    messages = Message.objects.bulk_create(
        Message(tenant=tenant, conversation=conversation, role=Role.CUSTOMER, text=f"Frage {i} von {email}")
        for i in range(PER_CONVERSATION)
    )
    TransferRecord.objects.create(
        tenant=tenant,
        conversation=conversation,
        message=messages[0],
        provider_kind="openai",
        provider_legal_name="OpenAI Ireland Ltd.",
        endpoint_host="api.openai.com",
        country="US",
        data_categories=["EMAIL"],
        outcome="ok",
    )
    return request_create(
        tenant=tenant, actor="bench", intake="api", rights=["access", "erasure"], email=email, identity_checked=True
    )


def analyse() -> None:
    """Refresh the planner's statistics, as PostgreSQL's autovacuum does on its own after bulk loads.

    Without them SQLite picks the unselective tenant index for `tenant_id = ? AND conversation_id IN (...)`
    (every row of this single-tenant database) and the times grow with the table; see README.md.
    """
    if os.environ.get("BENCH_ANALYZE", "1") == "1":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def measure(tenant: Tenant, size: int) -> dict:
    timings = {"find": [], "export": [], "erase": []}
    for n in range(REPEAT):
        dsar = person(tenant, size + n)
        started = time.perf_counter()
        subject = request_subject(dsar)
        timings["find"].append(time.perf_counter() - started)
        assert len(subject.conversation_ids) == 1
        package = ExportPackage.objects.create(tenant=tenant, request=dsar, kind="access")
        started = time.perf_counter()
        package_write(package, package_files(package, request_subject(dsar), lambda p: None))
        timings["export"].append(time.perf_counter() - started)
        package.save()
        dsar.outcomes = {"access": {"at": "bench"}}
        dsar.save(update_fields=["outcomes"])
        started = time.perf_counter()
        erasure_fulfil(request=dsar, actor="bench")
        timings["erase"].append(time.perf_counter() - started)
    return {k: statistics.median(v) * 1000 for k, v in timings.items()}


def main() -> None:
    call_command("migrate", verbosity=0)
    tenant = Tenant.objects.filter(slug="bench").first()
    if tenant is None:
        tenant, _, _ = tenant_bootstrap(
            slug="bench", name="Bench GmbH", owner_email="owner@bench.example", password=None, allowed_origins=[]
        )
    print(f"database: {connection.vendor}; median of {REPEAT} people per size; times in ms")
    print("| messages | generate (s) | find | export (ZIP) | erase |")
    print("|---:|---:|---:|---:|---:|")
    with tenant_context(tenant):
        for size in SIZES:
            started = time.perf_counter()
            grow(tenant, size)
            generated = time.perf_counter() - started
            analyse()
            result = measure(tenant, size)
            print(
                f"| {Message.objects.count():,} | {generated:.1f} | {result['find']:.1f} | {result['export']:.1f} | "
                f"{result['erase']:.1f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
