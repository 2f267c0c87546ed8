from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from inquiries import selectors, services
from inquiries.demo_articles import ARTICLES
from tenants import selectors as tenant_selectors
from tenants import services as tenant_services
from tenants.context import tenant_context

DEMO_SLUG = "demo"
DEMO_EMAIL = "owner@demo-gmbh.example"
DEMO_PASSWORD = "klardesk-demo"


class Command(BaseCommand):
    help = "Create or refresh the demo tenant 'Demo GmbH' with its German knowledge base. Safe to run again."

    def handle(self, *args, **opts):
        origins = sorted({settings.PUBLIC_BASE_URL, settings.PUBLIC_BASE_URL.replace("127.0.0.1", "localhost")})
        tenant = tenant_selectors.tenant_by_slug(DEMO_SLUG)
        api_key = None
        if tenant is None:
            tenant, api_key, _ = tenant_services.tenant_bootstrap(
                slug=DEMO_SLUG,
                name="Demo GmbH",
                owner_email=DEMO_EMAIL,
                password=DEMO_PASSWORD,
                allowed_origins=origins,
            )
        with tenant_context(tenant), transaction.atomic():
            widget = tenant_selectors.widget_keys_list().first()
            if set(origins) - set(widget.allowed_origins):
                tenant_services.widget_key_set_origins(
                    tenant=tenant,
                    actor="operator",
                    widget=widget,
                    allowed_origins=sorted(set(widget.allowed_origins) | set(origins)),
                )
            existing = {a.title for a in selectors.article_list()}
            for title, body in ARTICLES:
                if title not in existing:
                    services.article_save(tenant=tenant, actor="operator", title=title, body=body, language="de")
        base = settings.PUBLIC_BASE_URL
        self.stdout.write(f"Console:   {base}/console/")
        self.stdout.write(f"Login:     {DEMO_EMAIL} / {DEMO_PASSWORD}")
        self.stdout.write(f"Demo chat: {base}/demo/{widget.key}/")
        self.stdout.write(f"Web form:  {base}/form/{widget.key}/")
        self.stdout.write(f"Widget key: {widget.key}")
        if api_key:
            self.stdout.write(f"API key:   {api_key}  (shown once)")
