from compliance.models.consent import ConsentPurpose, ConsentRecord
from compliance.models.documents import DPA_CHECKLIST, DocumentKind, LegalDocument, SccModule
from compliance.models.legal import (
    Art9Policy,
    Deployment,
    GeneratedText,
    LegalAnswers,
    LegalBasis,
    Plan,
    PrivacySettings,
    ProviderLegalProfile,
    ProviderRole,
    TextKind,
)
from compliance.models.minimisation import CustomPattern, RedactionMode, RedactionRule
from compliance.models.providers import ProviderKind, ProviderRegistration, TransferRecord

__all__ = [
    "DPA_CHECKLIST",
    "Art9Policy",
    "ConsentPurpose",
    "ConsentRecord",
    "CustomPattern",
    "Deployment",
    "DocumentKind",
    "GeneratedText",
    "LegalAnswers",
    "LegalBasis",
    "LegalDocument",
    "Plan",
    "PrivacySettings",
    "ProviderKind",
    "ProviderLegalProfile",
    "ProviderRegistration",
    "ProviderRole",
    "RedactionMode",
    "RedactionRule",
    "SccModule",
    "TextKind",
    "TransferRecord",
]
