"""`verify_audit_log [--tenant SLUG]`: walk each tenant's hash chain; print the first broken link and exit 1, or
"intact" and exit 0."""

import sys

from django.core.management.base import BaseCommand, CommandError

from tenants.models import Tenant
from tenants.selectors import audit_chain_first_break


class Command(BaseCommand):
    help = "Verify the hash chain of the audit trail (per tenant)."

    def add_arguments(self, parser):
        parser.add_argument("--tenant", help="Slug of one tenant (default: every tenant).")

    def handle(self, *args, tenant=None, **options):
        tenants = Tenant.objects.order_by("slug")
        if tenant:
            tenants = tenants.filter(slug=tenant)
            if not tenants.exists():
                raise CommandError(f"No tenant with the slug {tenant!r}.")
        broken = False
        for t in tenants:
            event = audit_chain_first_break(t)
            if event is None:
                self.stdout.write(f"{t.slug}: intact")
            else:
                broken = True
                self.stdout.write(
                    f"{t.slug}: broken at event #{event.pk} ({event.created_at:%Y-%m-%d %H:%M:%S} {event.action})"
                )
        if broken:
            sys.exit(1)
        self.stdout.write("intact")
