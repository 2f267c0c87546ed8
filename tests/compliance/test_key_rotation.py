import base64
import secrets

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core.management import call_command

from compliance.models import ProviderRegistration
from compliance.registrations import registration_save
from tenants.context import tenant_context


def register(tenant, api_key):
    with tenant_context(tenant):
        return registration_save(tenant=tenant, actor="test", kind="anthropic", model="m", api_key=api_key)


def new_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()


@pytest.mark.django_db
def test_keys_are_encrypted_at_rest_and_survive_a_rotation(settings, tenant_a, tenant_b, capsys):
    old = new_key()
    settings.FIELD_ENCRYPTION_KEYS = [old]
    mine = register(tenant_a.tenant, "sk-ant-geheim-1234")
    theirs = register(tenant_b.tenant, "sk-ant-anders-9876")
    stored = ProviderRegistration.objects.unscoped().get(pk=mine.pk)
    assert "sk-ant-geheim" not in stored.api_key_encrypted and stored.masked_key == "••••1234"

    new = new_key()
    settings.FIELD_ENCRYPTION_KEYS = [new, old]
    call_command("rotate_encryption_keys")
    assert "2 API keys" in capsys.readouterr().out
    settings.FIELD_ENCRYPTION_KEYS = [new]  # the old key is gone: everything must read under the new one
    for registration, plain in ((mine, "sk-ant-geheim-1234"), (theirs, "sk-ant-anders-9876")):
        fresh = ProviderRegistration.objects.unscoped().get(pk=registration.pk)
        assert fresh.get_api_key() == plain
        with pytest.raises(InvalidToken):
            Fernet(old.encode()).decrypt(fresh.api_key_encrypted.encode())
