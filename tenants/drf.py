"""The one base class of every tenant API view, and the error shape for DRF.

`TenantAPIView` fails closed: a request without a valid API key never reaches a handler. The API takes API keys
only (no session cookies), so it needs no CSRF protection. Overriding `initial()` without calling super is caught by
`tests/isolation/test_api_views_inherit_scoping.py`.
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from rest_framework import exceptions, generics, status
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.views import exception_handler as drf_default_handler

from tenants.errors import error_body

CODE_BY_EXCEPTION = [
    (exceptions.NotAuthenticated, "not_authenticated"),
    (exceptions.AuthenticationFailed, "invalid_api_key"),
    (exceptions.PermissionDenied, "permission_denied"),
    (exceptions.NotFound, "not_found"),
    (exceptions.ParseError, "parse_error"),
    (exceptions.MethodNotAllowed, "method_not_allowed"),
    (exceptions.UnsupportedMediaType, "unsupported_media_type"),
    (exceptions.Throttled, "throttled"),
    (exceptions.ValidationError, "invalid"),
]


class ApiError(exceptions.APIException):
    """An error with our own machine code and translated message."""

    def __init__(self, code: str, message: str | None = None, *, status_code: int = 400, details=None):
        self.status_code = status_code
        self.error_code = code
        self.error_message = message
        self.details = details or {}
        super().__init__(detail=message or code, code=code)


def exception_handler(exc, context):
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    if isinstance(exc, ApiError):
        return Response(error_body(exc.error_code, exc.error_message, exc.details), status=exc.status_code)
    response = drf_default_handler(exc, context)
    if response is None:
        return None
    code = next((c for cls, c in CODE_BY_EXCEPTION if isinstance(exc, cls)), "invalid")
    details = response.data if isinstance(exc, exceptions.ValidationError) else {}
    response.data = error_body(code, details=details)
    return response


class TenantAPIView(APIView):
    """Every `/api/v1/` view: the tenant of the request's API key is the current tenant."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        api_key = request._request.api_key
        if api_key is None:
            raise exceptions.NotAuthenticated()
        self.tenant = api_key.tenant

    def get_authenticate_header(self, request):
        return "Bearer"

    @property
    def actor(self) -> str:
        return f"api_key:{self.request._request.api_key.prefix}"


def created(data) -> Response:
    return Response(data, status=status.HTTP_201_CREATED)


class TenantGenericAPIView(TenantAPIView, generics.GenericAPIView):
    """Generic views (lists, pagination, serializers) with the same fail-closed scoping."""
