"""Transfer records: one row per provider call, written whatever its outcome."""

from compliance.models import ProviderKind, TransferRecord


def transfer_record_create(
    *,
    conversation,
    message,
    registration,
    config,
    outcome: str,
    data_categories: list[str],
    legal_basis: str = "",
    transfer_safeguard: str = "",
    recipient_legal_name: str = "",
    country: str = "",
    input_tokens: int = 0,
    output_tokens: int = 0,
    latency_ms: int = 0,
    attempts: int = 1,
) -> TransferRecord:
    """Record who received which categories of personal data, when, on which basis, and how the call ended."""
    local = config.kind == ProviderKind.LOCAL
    return TransferRecord.objects.create(
        tenant_id=conversation.tenant_id,
        conversation=conversation,
        message=message,
        registration=registration,
        provider_kind=config.kind,
        provider_legal_name=recipient_legal_name,
        model=config.model,
        endpoint_host="local" if local or registration is None else registration.endpoint_host,
        country=country or (registration.country if registration else ""),
        legal_basis=legal_basis,
        transfer_safeguard="none" if local else transfer_safeguard,
        data_categories=sorted(set(data_categories)),
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        latency_ms=latency_ms,
        attempts=attempts,
        outcome=outcome,
    )
