from compliance.models.providers import ProviderKind, ProviderRegistration, TransferRecord

__all__ = ["ProviderKind", "ProviderRegistration", "TransferRecord"]
