from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import parsers, serializers
from rest_framework.response import Response

from inquiries.email_intake import InboundEmailError, inbound_email_receive
from tenants.drf import ApiError, TenantAPIView

MESSAGES = {
    "email_sender_missing": _("The e-mail has no valid sender address (From)."),
    "email_body_missing": _("The e-mail has no text part."),
    "empty_message": _("The e-mail contains no new text."),
    "message_too_long": _("The e-mail text is longer than 4000 characters."),
}


class RawEmailParser(parsers.BaseParser):
    media_type = "message/rfc822"

    def parse(self, stream, media_type=None, parser_context=None):
        return stream.read()


class InboundEmailResponse(serializers.Serializer):
    conversation = serializers.IntegerField()
    message = serializers.IntegerField()
    duplicate = serializers.BooleanField()


class InboundEmailView(TenantAPIView):
    """An e-mail received by the tenant's mailbox, as raw RFC 822 bytes (Content-Type: message/rfc822)."""

    parser_classes = [RawEmailParser]

    @extend_schema(
        request={"message/rfc822": {"type": "string", "format": "binary"}},
        responses={202: InboundEmailResponse},
        examples=[OpenApiExample("raw", value="From: Kunde <k@example.org>\r\nSubject: Frage\r\n\r\nHallo ...")],
    )
    def post(self, request):
        raw = request.data if isinstance(request.data, bytes) else b""
        if not raw.strip():
            raise ApiError("email_body_missing", str(MESSAGES["email_body_missing"]))
        try:
            message, created = inbound_email_receive(tenant=self.tenant, raw=raw, language=self.tenant.default_language)
        except InboundEmailError as exc:
            raise ApiError(exc.code, str(MESSAGES[exc.code])) from None
        return Response(
            {"conversation": message.conversation_id, "message": message.pk, "duplicate": not created}, status=202
        )
