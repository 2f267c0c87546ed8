"""Set the current tenant from the credential of the request: API key, widget key, or console session."""

from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import Resolver404, resolve
from django.utils import translation

from tenants import context
from tenants.errors import error_response
from tenants.selectors import api_key_resolve, memberships_for_user, widget_key_resolve
from tenants.services import api_key_touch

SESSION_TENANT_KEY = "klardesk_tenant_id"


def _widget_key_argument(request) -> str | None:
    """The `widget_key` URL argument of public widget pages (demo page, web form), if this is one."""
    try:
        return resolve(request.path_info).kwargs.get("widget_key")
    except Resolver404:
        return None


class TenantMiddleware:
    """HTTP: `Authorization: Bearer <API key>` wins; else a `widget_key` URL argument; else the session membership.

    Everything happens in `__call__`, so that the ContextVar is set and reset in one context under ASGI too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.tenant = None
        request.membership = None
        request.api_key = None
        request.widget_key = None
        request.memberships = []
        request._tenant_token = None
        auth = request.headers.get("Authorization", "")
        if auth:
            scheme, _, raw = auth.partition(" ")
            key = api_key_resolve(raw.strip()) if scheme.lower() == "bearer" else None
            if key is None:
                return error_response(401, "invalid_api_key")
            api_key_touch(key)
            request.api_key = key
            request.tenant = key.tenant
        elif (widget_key := _widget_key_argument(request)) is not None:
            widget = widget_key_resolve(widget_key)
            if widget is None:
                return error_response(404, "not_found")
            request.widget_key = widget
            request.tenant = widget.tenant
        elif request.user.is_authenticated:
            request.memberships = memberships_for_user(request.user)
            wanted = request.session.get(SESSION_TENANT_KEY)
            chosen = next((m for m in request.memberships if m.tenant_id == wanted), None)
            request.membership = chosen or (request.memberships[0] if request.memberships else None)
            if request.membership:
                request.tenant = request.membership.tenant
        if request.tenant is not None:
            request._tenant_token = context.activate(request.tenant)
        try:
            return self.get_response(request)
        finally:
            if request._tenant_token is not None:
                context.deactivate(request._tenant_token)


class WidgetKeyChannelsMiddleware:
    """WebSocket: resolve `/ws/chat/<widget_key>/`, check the Origin, set the tenant for the consumer's life.

    A rejected connection is still routed to the consumer with `scope["reject_code"]`, because a WebSocket can
    only carry a close code after it was accepted (see docs/widget-protocol.md for the codes).
    """

    UNKNOWN_KEY = 4401
    ORIGIN_NOT_ALLOWED = 4403

    def __init__(self, inner):
        self.inner = inner

    async def __call__(self, scope, receive, send):
        scope = dict(scope)
        raw = scope["path"].rstrip("/").rsplit("/", 1)[-1]
        widget = await database_sync_to_async(widget_key_resolve)(raw)
        headers = dict(scope.get("headers") or [])
        origin = headers.get(b"origin", b"").decode("latin-1") or None
        scope["widget_key"] = widget
        scope["tenant"] = widget.tenant if widget else None
        query = parse_qs(scope.get("query_string", b"").decode())
        language = (query.get("lang") or [None])[0]
        scope["language"] = (
            language if language in ("de", "en") else (widget.tenant.default_language if widget else "de")
        )
        if widget is None:
            scope["reject_code"] = self.UNKNOWN_KEY
            return await self.inner(scope, receive, send)
        if not widget.allows_origin(origin):
            scope["reject_code"] = self.ORIGIN_NOT_ALLOWED
            return await self.inner(scope, receive, send)
        token = context.activate(widget.tenant)
        try:
            with translation.override(scope["language"]):
                return await self.inner(scope, receive, send)
        finally:
            context.deactivate(token)


class LanguageMiddleware(LocaleMiddleware):
    """German unless the person picked another language with the switch; API clients may ask by Accept-Language.

    Klardesk is German first: a German office with an English browser still gets the German console.
    """

    def process_request(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES):
            from_header = request.path.startswith("/api/")
            language = translation.get_language_from_request(request) if from_header else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
