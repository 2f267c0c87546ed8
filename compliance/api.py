"""`/api/v1/compliance/`: registrations with their legal answers and verdict, documents (metadata and upload), the
privacy settings.

The API key stands for the whole tenant; stored document files are not served here, only in the console to owners,
admins and the DPO.
"""

from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from compliance import documents, gate, selectors, services
from compliance.serializers import (
    ChecklistSerializer,
    DocumentUploadSerializer,
    LegalAnswersSerializer,
    LegalDocumentSerializer,
    PrivacySettingsSerializer,
    RegistrationSerializer,
    VerdictSerializer,
)
from tenants.drf import ApiError, TenantAPIView, TenantGenericAPIView, created


def _registration_data(registration) -> dict:
    return {
        "id": registration.pk,
        "kind": registration.kind,
        "label": registration.label,
        "model": registration.model,
        "endpoint_host": registration.endpoint_host,
        "country": registration.country,
        "active": registration.active,
        "masked_key": registration.masked_key,
        "answers": selectors.legal_answers_for(registration),
        "verdict": gate.readiness(registration),
    }


def _invalid(exc: ValidationError) -> ApiError:
    details = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
    return ApiError("invalid", " ".join(exc.messages), status_code=400, details=details)


class RegistrationListView(TenantAPIView):
    @extend_schema(responses=RegistrationSerializer(many=True))
    def get(self, request):
        rows = [_registration_data(r) for r in selectors.registration_list()]
        return Response(RegistrationSerializer(rows, many=True).data)


class RegistrationDetailView(TenantAPIView):
    @extend_schema(responses=RegistrationSerializer)
    def get(self, request, pk: int):
        return Response(RegistrationSerializer(_registration_data(selectors.registration_get(pk))).data)


class VerdictView(TenantAPIView):
    @extend_schema(responses=VerdictSerializer)
    def get(self, request, pk: int):
        return Response(VerdictSerializer(gate.readiness(selectors.registration_get(pk))).data)


class AnswersView(TenantGenericAPIView):
    serializer_class = LegalAnswersSerializer

    def get(self, request, pk: int):
        registration = selectors.registration_get(pk)
        return Response(self.get_serializer(selectors.legal_answers_for(registration)).data)

    def put(self, request, pk: int):
        registration = selectors.registration_get(pk)
        serializer = self.get_serializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        try:
            answers = services.legal_answers_save(
                tenant=self.tenant, actor=self.actor, registration=registration, **serializer.validated_data
            )
        except ValidationError as exc:
            raise _invalid(exc) from None
        return Response(self.get_serializer(answers).data)


class DocumentListView(TenantGenericAPIView):
    serializer_class = LegalDocumentSerializer
    parser_classes = [MultiPartParser]

    def get(self, request, pk: int):
        registration = selectors.registration_get(pk)
        return Response(self.get_serializer(selectors.document_list(registration), many=True).data)

    @extend_schema(request=DocumentUploadSerializer, responses={201: LegalDocumentSerializer})
    def post(self, request, pk: int):
        registration = selectors.registration_get(pk)
        upload = DocumentUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        data = upload.validated_data
        try:
            document = documents.document_upload(
                tenant=self.tenant,
                actor=self.actor,
                registration=registration,
                kind=data["kind"],
                upload=data["file"],
                signed_on=data["signed_on"],
                parties=data["parties"],
                expires_on=data["expires_on"],
                scc_module=data["scc_module"],
            )
        except documents.DocumentRejected as exc:
            raise ApiError(exc.code, " ".join(exc.messages), status_code=400) from None
        except ValidationError as exc:
            raise _invalid(exc) from None
        return created(self.get_serializer(document).data)


class DocumentDetailView(TenantGenericAPIView):
    serializer_class = LegalDocumentSerializer

    def get(self, request, pk: int):
        return Response(self.get_serializer(selectors.document_get(pk)).data)


class DocumentChecklistView(TenantGenericAPIView):
    serializer_class = LegalDocumentSerializer

    @extend_schema(request=ChecklistSerializer, responses=LegalDocumentSerializer)
    def post(self, request, pk: int):
        document = selectors.document_get(pk)
        body = ChecklistSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            document = documents.document_confirm_checklist(
                tenant=self.tenant, actor=self.actor, document=document, checklist=body.validated_data["checklist"]
            )
        except ValidationError as exc:
            raise _invalid(exc) from None
        return Response(self.get_serializer(document).data)


class PrivacySettingsView(TenantGenericAPIView):
    """The tenant's Art. 9 policy, retention periods, rights page, TOMs and the confirmed privacy-notice URL."""

    serializer_class = PrivacySettingsSerializer

    def get(self, request):
        return Response(self.get_serializer(selectors.privacy_settings()).data)

    def patch(self, request):
        serializer = self.get_serializer(selectors.privacy_settings(), data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        url = data.pop("privacy_notice_url", None)
        try:
            if data:
                services.privacy_settings_save(tenant=self.tenant, actor=self.actor, **data)
            if url is not None:
                services.privacy_notice_confirm(tenant=self.tenant, actor=self.actor, url=url)
        except ValidationError as exc:
            raise _invalid(exc) from None
        return Response(self.get_serializer(selectors.privacy_settings()).data)
