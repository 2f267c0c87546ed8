"""The one error shape of DESIGN.md: {"error": {"code", "message", "details"}}, in the request's language."""

from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "not_authenticated": _("Authentication is required: send 'Authorization: Bearer <API key>'."),
    "invalid_api_key": _("The API key is unknown or has been revoked."),
    "permission_denied": _("You do not have permission for this action."),
    "not_found": _("Not found."),
    "invalid": _("The request contains invalid data."),
    "parse_error": _("The request body is not valid JSON."),
    "method_not_allowed": _("This method is not allowed here."),
    "throttled": _("Too many requests; please slow down."),
    "unsupported_media_type": _("This content type is not supported."),
    "server_error": _("An internal error occurred; nothing was changed."),
    "empty_message": _("The message is empty."),
    "message_too_long": _("The message is longer than %(limit)s characters."),
    "bad_frame": _("The frame is not a JSON object with a known 'type'."),
    "rate_limited": _("Too many messages; please wait a moment."),
}


def error_body(code: str, message: str | None = None, details: dict | None = None, **params) -> dict:
    text = message if message is not None else str(MESSAGES.get(code, MESSAGES["invalid"]))
    if params:
        text = text % params
    return {"error": {"code": code, "message": text, "details": details or {}}}


def error_response(status: int, code: str, message: str | None = None, details: dict | None = None, **params):
    return JsonResponse(error_body(code, message, details, **params), status=status)


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def page_not_found(request, exception):
    """Django's 404 page, but the error shape under /api/ (an unknown API address is a client error like any)."""
    if _is_api(request):
        return error_response(404, "not_found")
    from django.views.defaults import page_not_found as html_not_found

    return html_not_found(request, exception)


def server_error(request):
    """Django's 500 page, but the error shape under /api/ (the crash itself is logged by Django)."""
    if _is_api(request):
        return error_response(500, "server_error")
    from django.views.defaults import server_error as html_server_error

    return html_server_error(request)
