"""`manage.py redact --jsonl`: output shape and order, and all-or-nothing input validation."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[3]


def run_command(lines):
    out = io.StringIO()
    call_command("redact", "--jsonl", stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_writes_one_line_per_input_in_the_same_order_with_offsets_into_the_original():
    inputs = [
        {"id": "b-2", "text": "Kundennummer 57927965, Gruß Lars Becker", "lang": "de"},
        {"id": "a-1", "text": "Haben Sie Doppelzimmer?", "lang": "de"},
        {"id": "c-3", "text": "I have coeliac disease. Ravi Menon", "lang": "en"},
    ]
    results = run_command([json.dumps(i, ensure_ascii=False) for i in inputs])

    assert [r["id"] for r in results] == ["b-2", "a-1", "c-3"]
    first = results[0]
    assert set(first) == {"id", "redacted_text", "entities", "special_categories"}
    assert first["redacted_text"] == "Kundennummer [CUSTOMER_NUMBER_1], Gruß [PERSON_1]"
    assert [(e["type"], inputs[0]["text"][e["start"] : e["end"]]) for e in first["entities"]] == [
        ("CUSTOMER_NUMBER", "57927965"),
        ("PERSON", "Lars Becker"),
    ]
    assert results[1] == {
        "id": "a-1",
        "redacted_text": "Haben Sie Doppelzimmer?",
        "entities": [],
        "special_categories": [],
    }
    assert results[2]["special_categories"] == ["HEALTH"]


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"id": "x", "text": "kaputt"', "line 2: invalid JSON"),
        ('["not", "an", "object"]', "line 2: expected a JSON object"),
        ('{"id": 7, "text": "Hallo"}', "line 2: field 'id' must be a string"),
        ('{"id": "x", "text": "Hallo", "lang": "fr"}', "line 2: field 'lang'"),
    ],
)
def test_malformed_line_is_reported_with_its_number(bad_line, message):
    good = json.dumps({"id": "ok", "text": "Gruß Lars Becker", "lang": "de"})
    out = io.StringIO()
    with pytest.raises(CommandError, match=message) as excinfo:
        call_command("redact", "--jsonl", stdin=io.StringIO(f"{good}\n{bad_line}\n"), stdout=out)
    assert excinfo.value.returncode == 2
    assert out.getvalue() == ""


def test_malformed_input_exits_2_with_nothing_on_stdout():
    good = json.dumps({"id": "ok", "text": "Gruß Lars Becker", "lang": "de"})
    proc = subprocess.run(
        [sys.executable, "manage.py", "redact", "--jsonl"],
        input=f"{good}\n{good}\n{{broken\n".encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert b"line 3" in proc.stderr


@pytest.mark.django_db
def test_tenant_option_applies_that_tenants_policy(tenant_a, tenant_b):
    from compliance.minimisation import redaction_rule_set
    from tenants.context import tenant_context

    with tenant_context(tenant_a.tenant):
        redaction_rule_set(tenant=tenant_a.tenant, actor="test", entity_type="EMAIL", mode="mask")
    line = json.dumps({"id": "1", "text": "Mail an lena.fischer@gmx.de bitte", "lang": "de"}) + "\n"
    outputs = {}
    for slug in ("acme", "bravo"):
        out = io.StringIO()
        call_command("redact", "--jsonl", "--tenant", slug, stdin=io.StringIO(line), stdout=out)
        outputs[slug] = json.loads(out.getvalue())["redacted_text"]
    assert outputs == {"acme": "Mail an [EMAIL] bitte", "bravo": "Mail an [EMAIL_1] bitte"}
