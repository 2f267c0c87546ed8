"""`manage.py redact --jsonl [--tenant SLUG]`: pseudonymise JSON Lines from stdin.

Input lines: {"id": str, "text": str, "lang": "de"|"en"}. Output, one line per
input in the same order: {"id", "redacted_text", "entities": [{"type", "start",
"end"}], "special_categories"}. The whole input is validated before anything
is written, so a malformed line produces an error on stderr, exit code 2 and
no partial output on stdout.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from compliance.minimisation import redact_text, tenant_policy
from compliance.redaction import DEFAULT_POLICY, Policy
from tenants.context import tenant_context

LANGS = ("de", "en")


def parse_lines(lines: list[bytes | str]) -> list[dict[str, str]]:
    """Validate every input line; raises CommandError naming the first bad line.

    Blank lines (such as a trailing newline) carry no record and are skipped.
    """
    records = []
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            raise CommandError(f"line {number}: not valid UTF-8", returncode=2) from None
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CommandError(f"line {number}: invalid JSON: {exc.msg}", returncode=2) from None
        if not isinstance(record, dict):
            raise CommandError(f"line {number}: expected a JSON object", returncode=2)
        for key in ("id", "text"):
            if not isinstance(record.get(key), str):
                raise CommandError(f"line {number}: field {key!r} must be a string", returncode=2)
        lang = record.get("lang", "de")
        if lang not in LANGS:
            raise CommandError(f"line {number}: field 'lang' must be one of {', '.join(LANGS)}", returncode=2)
        records.append({"id": record["id"], "text": record["text"], "lang": lang})
    return records


def redact_record(record: dict[str, str], policy: Policy) -> dict[str, Any]:
    """Detect and pseudonymise one message (each line is its own conversation)."""
    return {"id": record["id"], **redact_text(record["text"], record["lang"], policy)}


class Command(BaseCommand):
    help = "Pseudonymise personal data in JSON Lines read from stdin (one output line per input line)."
    # call_command(..., stdin=io.StringIO(...)) in tests.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("--jsonl", action="store_true", required=True, help="read and write JSON Lines")
        parser.add_argument("--tenant", metavar="SLUG", help="apply this tenant's redaction policy")

    def handle(self, *args, **options):
        policy = DEFAULT_POLICY
        if options["tenant"]:
            from tenants.models import Tenant

            tenant = Tenant.objects.filter(slug=options["tenant"]).first()
            if tenant is None:
                raise CommandError(f"unknown tenant {options['tenant']!r}", returncode=2)
            with tenant_context(tenant):
                policy = tenant_policy()
        stdin = options.get("stdin") or sys.stdin
        # Bytes when we can: the payload is UTF-8 whatever the locale says.
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
        records = parse_lines(data.splitlines())
        for record in records:
            self.stdout.write(json.dumps(redact_record(record, policy), ensure_ascii=False))
        self.stdout.flush()
