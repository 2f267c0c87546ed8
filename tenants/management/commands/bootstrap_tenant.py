import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

from tenants.models import Membership, Role
from tenants.passwords import password_set_url
from tenants.services import origins_parse, tenant_bootstrap


class Command(BaseCommand):
    help = "Create a tenant with its owner, one API key and one widget key; print them as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--slug", required=True)
        parser.add_argument("--name", required=True)
        parser.add_argument("--owner-email", required=True)
        parser.add_argument(
            "--password",
            help="Owner password; without it the JSON carries a one-time set_password_url (valid three days), "
            "and the owner can always ask for a new link with 'Forgot your password?' on the login page.",
        )
        parser.add_argument("--origin", action="append", default=[], help="Allowed widget origin (repeatable).")
        parser.add_argument("--json", action="store_true", help="Print one JSON object (the default output).")

    def handle(self, *args, **opts):
        existing_user = get_user_model().objects.filter(username=opts["owner_email"].lower()).exists()
        try:
            # The widget's allowed origins are checked as in the console ("notaurl" is refused, not stored).
            origins = origins_parse("\n".join(opts["origin"])) if opts["origin"] else [settings.PUBLIC_BASE_URL]
            tenant, raw_key, widget = tenant_bootstrap(
                slug=opts["slug"],
                name=opts["name"],
                owner_email=opts["owner_email"],
                password=opts["password"],
                allowed_origins=origins,
            )
        except ValidationError as exc:
            self.stderr.write(f"bootstrap_tenant: {' '.join(exc.messages)}")
            raise SystemExit(2) from None
        result = {
            "tenant": tenant.slug,
            "api_key": raw_key,
            "widget_key": widget.key,
            "console_url": f"{settings.PUBLIC_BASE_URL}/console/",
        }
        owner = Membership.objects.unscoped().get(tenant=tenant, role=Role.OWNER).user
        if not owner.has_usable_password():
            result["set_password_url"] = password_set_url(owner)
        if existing_user and opts["password"]:
            self.stderr.write(
                f"bootstrap_tenant: {opts['owner_email']} has a login already (another tenant); "
                "it becomes this tenant's owner and keeps its password, --password was not applied."
            )
        self.stdout.write(json.dumps(result))
