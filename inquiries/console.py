"""The tenant console (server-rendered): conversations, the human queue, knowledge, keys, settings."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from compliance import selectors as compliance_selectors
from compliance.models import ProviderKind
from inquiries import selectors, services
from inquiries.models import ConversationStatus, KnowledgeArticle
from tenants import selectors as tenant_selectors
from tenants import services as tenant_services
from tenants.console import ALL_ROLES, LEGAL, MANAGERS, console_view
from tenants.middleware import SESSION_TENANT_KEY
from tenants.models import Tenant


@console_view(ALL_ROLES)
def home(request):
    status = request.GET.get("status") or None
    return render(
        request,
        "console/home.html",
        {
            "conversations": selectors.conversation_list(status=status)[:100],
            "queue_count": selectors.human_queue().count(),
            "status": status,
            "statuses": ConversationStatus.choices,
        },
    )


@console_view(ALL_ROLES)
def switch_tenant(request, tenant_id: int):
    if any(m.tenant_id == tenant_id for m in request.memberships):
        request.session[SESSION_TENANT_KEY] = tenant_id
    return redirect("console:home")


class ReplyForm(forms.Form):
    text = forms.CharField(label=gettext_lazy("Reply"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


@console_view(ALL_ROLES)
def conversation_detail(request, pk: int):
    conversation = selectors.conversation_get(pk)
    form = ReplyForm(request.POST or None)
    if request.method == "POST":
        if request.POST.get("action") == "close":
            services.conversation_close(conversation=conversation, actor=request.user)
            return redirect("console:home")
        if form.is_valid():
            services.agent_reply(conversation=conversation, actor=request.user, text=form.cleaned_data["text"])
            messages.success(request, _("Reply sent."))
            return redirect("console:conversation", pk=pk)
    return render(
        request,
        "console/conversation.html",
        {
            "conversation": conversation,
            "messages_list": selectors.message_list(conversation),
            "form": form,
        },
    )


class ArticleForm(forms.ModelForm):
    url = forms.URLField(label=gettext_lazy("link"), required=False, assume_scheme="https")

    class Meta:
        model = KnowledgeArticle
        fields = ["title", "body", "language", "url", "published"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}


@console_view(ALL_ROLES)
def knowledge_list(request):
    return render(request, "console/knowledge_list.html", {"articles": selectors.article_list()})


@console_view(MANAGERS)
def knowledge_edit(request, pk: int | None = None):
    article = selectors.article_get(pk) if pk else None
    form = ArticleForm(request.POST or None, instance=article)
    if request.method == "POST":
        if request.POST.get("action") == "delete" and article:
            services.article_delete(tenant=request.tenant, actor=request.user, article=article)
            return redirect("console:knowledge")
        if form.is_valid():
            services.article_save(tenant=request.tenant, actor=request.user, article=article, **form.cleaned_data)
            messages.success(request, _("Article saved."))
            return redirect("console:knowledge")
    return render(request, "console/knowledge_edit.html", {"form": form, "article": article})


def _posted_id(request, name: str) -> int | None:
    """A row id from a form; anything else (a tampered form) matches no row instead of crashing the query."""
    value = request.POST.get(name, "")
    return int(value) if value.isdigit() else None


@console_view(MANAGERS)
def keys(request):
    new_key = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "create":
            name = request.POST.get("name", "").strip()[:100] or _("API key")
            _key, new_key = tenant_services.api_key_create(tenant=request.tenant, actor=request.user, name=name)
        elif action == "revoke":
            key = tenant_selectors.api_keys_list().filter(pk=_posted_id(request, "key_id")).first()
            if key:
                tenant_services.api_key_revoke(tenant=request.tenant, actor=request.user, key=key)
                messages.success(request, _("API key revoked."))
            return redirect("console:keys")
        elif action == "origins":
            widget = tenant_selectors.widget_keys_list().filter(pk=_posted_id(request, "widget_id")).first()
            if widget is None:
                raise Http404
            try:
                origins = tenant_services.origins_parse(request.POST.get("origins", ""))
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
            else:
                tenant_services.widget_key_set_origins(
                    tenant=request.tenant, actor=request.user, widget=widget, allowed_origins=origins
                )
                messages.success(request, _("Allowed origins saved."))
            return redirect("console:keys")
    response = render(
        request,
        "console/keys.html",
        {
            "api_keys": tenant_selectors.api_keys_list(),
            "widget_keys": tenant_selectors.widget_keys_list(),
            "new_key": new_key,
            "public_base_url": settings.PUBLIC_BASE_URL,
        },
    )
    response["Cache-Control"] = "no-store"
    return response


@console_view(LEGAL)
def usage(request):
    """Provider calls and tokens per month, and the latest transfer records (read-only)."""
    usage = compliance_selectors.usage_by_month()
    names = dict(ProviderKind.choices)
    for row in usage:
        row["provider"] = names.get(row["provider_kind"], row["provider_kind"])
    return render(
        request,
        "console/usage.html",
        {
            "usage": usage,
            "transfers": compliance_selectors.transfer_records(limit=100),
        },
    )


@console_view(MANAGERS)
@require_POST
def ai_switch(request):
    tenant_services.tenant_set_ai_enabled(
        tenant=request.tenant, actor=request.user, enabled=request.POST.get("ai_enabled") == "on"
    )
    return redirect("console:home")


class TenantProfileForm(forms.ModelForm):
    class Meta:
        model = Tenant
        fields = list(tenant_services.PROFILE_FIELDS)
        widgets = {
            "legal_address": forms.Textarea(attrs={"rows": 3}),
            "assistant_instructions": forms.Textarea(attrs={"rows": 4}),
        }


@console_view(MANAGERS)
def tenant_settings(request):
    """The company's data (used in the generated privacy texts) and the assistant's name and instructions."""
    form = TenantProfileForm(request.POST or None, instance=Tenant.objects.get(pk=request.tenant.pk))
    if request.method == "POST" and form.is_valid():
        tenant_services.tenant_profile_save(tenant=request.tenant, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Settings saved."))
        return redirect("console:settings")
    return render(request, "console/settings.html", {"form": form})
