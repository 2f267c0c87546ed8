"""Builders for compliance tests: PDFs made with pypdf, and a registration with everything the gate asks for."""

import datetime
import io
import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone
from pypdf import PdfWriter

from compliance.documents import document_upload
from compliance.models import DPA_CHECKLIST, ProviderRegistration
from compliance.registrations import registration_save
from compliance.services import legal_answers_save, privacy_notice_confirm, privacy_settings_save
from tenants.context import tenant_context

ALL_CONFIRMED = {key: True for key in DPA_CHECKLIST}
TEST_API_KEY = "sk-unit-test"  # the provider key of make_registration(); masked as ••••test

# Races between two connections: SQLite admits one writer at a time and so cannot show them.
postgres_only = pytest.mark.skipif(connection.vendor == "sqlite", reason="needs two concurrent writers (PostgreSQL)")


def pdf_bytes(*, encrypt: bool = False) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if encrypt:
        writer.encrypt("geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_upload(name: str = "avv.pdf", data: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes() if data is None else data, content_type="application/pdf")


def days_ago(n: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=n)


def upload(tenant, registration, kind="dpa", *, checklist=ALL_CONFIRMED, **fields):
    values = {"signed_on": days_ago(30), "parties": "Acme Versand GmbH, Anbieter", "upload": pdf_upload()}
    values.update(fields)
    with tenant_context(tenant):
        return document_upload(
            tenant=tenant, actor="test", registration=registration, kind=kind, checklist=checklist, **values
        )


def make_registration(tenant, kind="anthropic", *, active=False, **fields) -> ProviderRegistration:
    with tenant_context(tenant):
        registration = registration_save(
            tenant=tenant, actor="test", kind=kind, model="m", api_key=TEST_API_KEY, **fields
        )
        if active:
            ProviderRegistration.objects.filter(pk=registration.pk).update(active=True)
            registration.refresh_from_db()
        return registration


def answer(tenant, registration, **fields):
    values = {"plan": "paid", "legal_basis": "6_1_b", "training_off": True, "training_off_confirmed_on": days_ago(3)}
    values.update(fields)
    with tenant_context(tenant):
        return legal_answers_save(tenant=tenant, actor="test", registration=registration, **values)


def publish_notice(tenant, url="https://acme.example/datenschutz#ki"):
    with tenant_context(tenant):
        privacy_notice_confirm(tenant=tenant, actor="test", url=url)


def set_privacy(tenant, **fields):
    with tenant_context(tenant):
        return privacy_settings_save(tenant=tenant, actor="test", **fields)


def make_compliant(tenant, registration, **answers) -> ProviderRegistration:
    """Give an anthropic/openai/gemini registration everything the gate asks for (answers, DPA, published notice)."""
    if registration.kind == "gemini":
        answers.setdefault("deployment", "vertex")
    answer(tenant, registration, **answers)
    upload(tenant, registration, "dpa")
    publish_notice(tenant)
    return registration


def ready_registration(tenant, kind="anthropic", *, active=False, **answers) -> ProviderRegistration:
    """A registration that passes every rule of the gate."""
    return make_compliant(tenant, make_registration(tenant, kind, active=active), **answers)


def concurrently(*calls, timeout: float = 30) -> list:
    """Run each call in its own thread (so on its own database connection), all released at the same moment.

    Returns the results in order; a call that raised has its exception in its place.
    """
    start = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(index, call):
        try:
            start.wait(timeout)
            results[index] = call()
        except BaseException as exc:  # handed back to the test, which asserts on it
            results[index] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    return results
