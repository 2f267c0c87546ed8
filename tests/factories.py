"""Builders for test data. Every builder takes the tenant explicitly and writes inside its context."""

from dataclasses import dataclass

from django.test import Client
from rest_framework.test import APIClient

from inquiries.models import Channel, Contact, Conversation, KnowledgeArticle, Message, Role
from tenants.context import tenant_context
from tenants.models import Membership, Tenant, WidgetKey
from tenants.services import member_add, tenant_bootstrap

TEST_ORIGIN = "http://testserver"
PASSWORD = "correct-horse-battery"


@dataclass
class TenantSetup:
    tenant: Tenant
    owner_email: str
    api_key: str
    widget: WidgetKey

    def api(self) -> APIClient:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {self.api_key}")
        return client

    def console(self, role: str = "owner") -> Client:
        """A logged-in console client of a member with `role`."""
        email = self.owner_email if role == "owner" else f"{role}@{self.tenant.slug}.example"
        if role != "owner" and not Membership.objects.unscoped().filter(tenant=self.tenant, role=role).exists():
            member_add(tenant=self.tenant, actor="test", email=email, role=role, password=PASSWORD)
        client = Client()
        assert client.login(username=email, password=PASSWORD)
        return client


def make_tenant(slug: str, name: str, origins=(TEST_ORIGIN,)) -> TenantSetup:
    email = f"owner@{slug}.example"
    tenant, api_key, widget = tenant_bootstrap(
        slug=slug, name=name, owner_email=email, password=PASSWORD, allowed_origins=list(origins)
    )
    return TenantSetup(tenant=tenant, owner_email=email, api_key=api_key, widget=widget)


def make_article(tenant: Tenant, title: str, body: str, language: str = "de", published: bool = True):
    with tenant_context(tenant):
        return KnowledgeArticle.objects.create(
            tenant=tenant, title=title, body=body, language=language, published=published
        )


def make_conversation(tenant: Tenant, *texts: str, contact: Contact | None = None, channel=Channel.CHAT):
    """A conversation whose customer wrote `texts`, one message each."""
    with tenant_context(tenant):
        conversation = Conversation.objects.create(tenant=tenant, channel=channel, contact=contact)
        for text in texts:
            Message.objects.create(tenant=tenant, conversation=conversation, role=Role.CUSTOMER, text=text)
    return conversation


def make_contact(tenant: Tenant, **fields) -> Contact:
    with tenant_context(tenant):
        return Contact.objects.create(tenant=tenant, **fields)
