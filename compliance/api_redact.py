"""POST /api/v1/redact: the redaction of `manage.py redact --jsonl`, for integrations, under the tenant's policy."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from compliance.minimisation import redact_text, tenant_policy
from compliance.redaction import ENTITY_TYPES, SPECIAL_CATEGORIES
from tenants.drf import TenantAPIView


class RedactRequest(serializers.Serializer):
    id = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")
    text = serializers.CharField(allow_blank=True, trim_whitespace=False, max_length=100_000)
    lang = serializers.ChoiceField(choices=["de", "en"], default="de")


class EntitySerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=ENTITY_TYPES)
    start = serializers.IntegerField()
    end = serializers.IntegerField()


class RedactResponse(serializers.Serializer):
    id = serializers.CharField()
    redacted_text = serializers.CharField()
    entities = EntitySerializer(many=True)
    special_categories = serializers.ListField(child=serializers.ChoiceField(choices=SPECIAL_CATEGORIES))


class RedactView(TenantAPIView):
    @extend_schema(request=RedactRequest, responses={200: RedactResponse})
    def post(self, request):
        payload = RedactRequest(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        return Response({"id": data["id"], **redact_text(data["text"], data["lang"], tenant_policy())})
