"""Data-subject requests over the API (/api/v1/dsar/): intake from the tenant's systems, status, actions."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response

from dsar import fulfil, rights, selectors, services
from dsar.errors import DsarError
from dsar.models import DataSubjectRequest, Intake, Right
from tenants.drf import ApiError, TenantGenericAPIView, created


class RequestSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(read_only=True)
    deadline = serializers.DateField(read_only=True)
    verified = serializers.SerializerMethodField()
    exports = serializers.SerializerMethodField()

    class Meta:
        model = DataSubjectRequest
        fields = [
            "public_id",
            "reference",
            "rights",
            "status",
            "intake",
            "language",
            "email",
            "name",
            "received_at",
            "due_on",
            "extended_due_on",
            "deadline",
            "overdue",
            "verified",
            "outcomes",
            "exports",
        ]
        read_only_fields = fields

    def get_verified(self, obj) -> bool:
        return obj.verified_at is not None

    def get_exports(self, obj) -> list[dict]:
        return [
            {"kind": e.kind, "status": e.status, "progress": e.progress, "stalled": e.stalled}
            for e in obj.exports.order_by("id")
        ]


class RequestCreateSerializer(serializers.Serializer):
    # Rights are validated by the service, so that an unknown right gets its own error code.
    rights = serializers.ListField(child=serializers.CharField(), allow_empty=True)
    email = serializers.CharField(required=False, allow_blank=True, max_length=254)
    name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    phone = serializers.CharField(required=False, allow_blank=True, max_length=50)
    customer_number = serializers.CharField(required=False, allow_blank=True, max_length=100)
    conversation_token = serializers.CharField(required=False, allow_blank=True, max_length=64)
    language = serializers.ChoiceField(choices=["de", "en"], required=False, default="de")
    details = serializers.CharField(required=False, allow_blank=True, max_length=4000)
    identity_checked = serializers.BooleanField(
        required=False, default=False, help_text="Your system has verified the requester's identity."
    )


class ActionSerializer(serializers.Serializer):
    target = serializers.CharField(required=False)
    reason = serializers.CharField(required=False, allow_blank=True)
    months = serializers.IntegerField(required=False)
    ground = serializers.CharField(required=False)
    right = serializers.ChoiceField(choices=Right.choices, required=False)
    values = serializers.DictField(child=serializers.CharField(allow_blank=True), required=False)
    note = serializers.CharField(required=False, allow_blank=True)


def _raise(error: DsarError):
    raise ApiError(error.code, error.message, status_code=400) from error


class RequestListView(TenantGenericAPIView):
    serializer_class = RequestSerializer

    @extend_schema(operation_id="dsar_requests_list", responses={200: RequestSerializer(many=True)})
    def get(self, request):
        queryset = selectors.request_list(status=request.query_params.get("status"))
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        operation_id="dsar_requests_create", request=RequestCreateSerializer, responses={201: RequestSerializer}
    )
    def post(self, request):
        data = RequestCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            dsar = services.request_create(
                tenant=self.tenant, actor=self.actor, intake=Intake.API, **data.validated_data
            )
        except DsarError as error:
            _raise(error)
        return created(self.get_serializer(dsar).data)


class RequestDetailView(TenantGenericAPIView):
    serializer_class = RequestSerializer

    def get(self, request, public_id):
        return Response(self.get_serializer(selectors.request_get(public_id)).data)


class RequestActionView(TenantGenericAPIView):
    """POST /dsar/requests/<id>/<action>/: verify, transition, extend, refuse, fulfil (`right`), lift-restriction."""

    serializer_class = RequestSerializer

    def _actions(self):
        return {
            "verify": lambda dsar, d: services.request_verify_by_agent(request=dsar, actor=self.actor),
            "transition": lambda dsar, d: services.request_transition(
                request=dsar, actor=self.actor, target=d.get("target", ""), reason=d.get("reason", "")
            ),
            "extend": lambda dsar, d: services.request_extend(
                request=dsar, actor=self.actor, months=d.get("months", 0), reason=d.get("reason", "")
            ),
            "refuse": lambda dsar, d: services.request_refuse(
                request=dsar, actor=self.actor, ground=d.get("ground", ""), reason=d.get("reason", "")
            ),
            "lift-restriction": lambda dsar, d: rights.restriction_lift(request=dsar, actor=self.actor),
            "fulfil": lambda dsar, d: fulfil.right_fulfil(
                request=dsar,
                actor=self.actor,
                right=d.get("right", ""),
                values=d.get("values", {}),
                note=d.get("note", ""),
                reason=d.get("reason", ""),
            ),
        }

    @extend_schema(operation_id="dsar_requests_action", request=ActionSerializer, responses={200: RequestSerializer})
    def post(self, request, public_id, action: str):
        dsar = selectors.request_get(public_id)
        handler = self._actions().get(action)
        if handler is None:
            raise ApiError("not_found", status_code=404)
        data = ActionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            handler(dsar, data.validated_data)
        except DsarError as error:
            _raise(error)
        dsar.refresh_from_db()
        return Response(self.get_serializer(dsar).data)
