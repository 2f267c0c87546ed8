from django.utils.translation import gettext as _
from rest_framework import serializers

from compliance.models import (
    DPA_CHECKLIST,
    DocumentKind,
    LegalAnswers,
    LegalDocument,
    PrivacySettings,
    ProviderLegalProfile,
    SccModule,
)
from compliance.services import ANSWER_FIELDS


class ReasonSerializer(serializers.Serializer):
    code = serializers.CharField()
    text_de = serializers.CharField()
    text_en = serializers.CharField()
    action_de = serializers.CharField()
    action_en = serializers.CharField()


class VerdictSerializer(serializers.Serializer):
    ready = serializers.BooleanField()
    reasons = ReasonSerializer(many=True)
    facts_checked_on = serializers.DateField(allow_null=True)
    legal_basis = serializers.CharField()
    transfer_safeguard = serializers.CharField()
    recipient_legal_name = serializers.CharField()
    country = serializers.CharField()


class LegalAnswersSerializer(serializers.ModelSerializer):
    legal_profile = serializers.SlugRelatedField(
        slug_field="key", allow_null=True, required=False, queryset=ProviderLegalProfile.objects.all()
    )

    class Meta:
        model = LegalAnswers
        fields = [*ANSWER_FIELDS, "updated_at"]
        read_only_fields = ["updated_at"]


class RegistrationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    label = serializers.CharField()
    model = serializers.CharField()
    endpoint_host = serializers.CharField()
    country = serializers.CharField()
    active = serializers.BooleanField()
    masked_key = serializers.CharField()
    answers = LegalAnswersSerializer(allow_null=True)
    verdict = VerdictSerializer()


class LegalDocumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = LegalDocument
        fields = [
            "id",
            "registration",
            "kind",
            "scc_module",
            "version",
            "original_name",
            "size",
            "sha256",
            "signed_on",
            "parties",
            "expires_on",
            "checklist",
            "checklist_confirmed_at",
            "uploaded_at",
        ]


class DocumentUploadSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=DocumentKind.choices)
    scc_module = serializers.ChoiceField(choices=SccModule.choices, required=False, default="")
    file = serializers.FileField()
    signed_on = serializers.DateField()
    parties = serializers.CharField(max_length=500)
    expires_on = serializers.DateField(required=False, allow_null=True, default=None)


class ChecklistSerializer(serializers.Serializer):
    checklist = serializers.DictField(child=serializers.BooleanField())

    def validate_checklist(self, value):
        unknown = set(value) - set(DPA_CHECKLIST)
        if unknown:
            raise serializers.ValidationError(
                _("Unknown checklist items: %(items)s") % {"items": ", ".join(sorted(unknown))}
            )
        return value


class PrivacySettingsSerializer(serializers.ModelSerializer):
    class Meta:
        model = PrivacySettings
        fields = [
            "art9_policy",
            "privacy_notice_url",
            "privacy_notice_confirmed_at",
            "rights_request_url",
            "retention_conversations_days",
            "retention_contacts_days",
            "retention_transfer_records_days",
            "automated_decisions",
            "technical_measures",
        ]
        read_only_fields = ["privacy_notice_confirmed_at"]
