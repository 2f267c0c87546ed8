from django.core.management.base import BaseCommand

from compliance import crypto
from compliance.models import ProviderRegistration


class Command(BaseCommand):
    help = (
        "Re-encrypt every stored provider API key under the first key of FIELD_ENCRYPTION_KEYS. Put the new key "
        "first, keep the old ones behind it, run this, then remove the old keys."
    )

    def handle(self, *args, **options):
        rotated = 0
        # Operator command across all tenants: explicitly unscoped.
        for registration in ProviderRegistration.objects.unscoped().exclude(api_key_encrypted=""):
            token = crypto.rotate(registration.api_key_encrypted)
            ProviderRegistration.objects.unscoped().filter(pk=registration.pk).update(api_key_encrypted=token)
            rotated += 1
        self.stdout.write(f"{rotated} API keys re-encrypted under the current key.")
