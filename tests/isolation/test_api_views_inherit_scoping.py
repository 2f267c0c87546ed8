"""Every /api/v1/ view derives from the one fail-closed base class; a new view cannot silently skip it."""

from django.urls import URLPattern, URLResolver, get_resolver

from tenants.drf import TenantAPIView


def api_views(patterns=None, prefix=""):
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from api_views(entry.url_patterns, route)
        elif isinstance(entry, URLPattern) and route.startswith("api/v1/"):
            yield route, getattr(entry.callback, "view_class", None) or getattr(entry.callback, "cls", None)


def test_every_api_view_is_a_tenant_api_view():
    views = list(api_views())
    assert len(views) >= 4
    offenders = [route for route, view in views if view is None or not issubclass(view, TenantAPIView)]
    assert offenders == []


def test_no_api_view_replaces_the_scoping_step():
    overriding = [route for route, view in api_views() if view.initial is not TenantAPIView.initial]
    assert overriding == []
