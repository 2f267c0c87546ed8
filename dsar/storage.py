"""Files of DSAR exports, under PRIVATE_MEDIA_ROOT (outside the web root); served only by checked views."""

from pathlib import Path

from django.conf import settings


def export_dir(tenant_id: int) -> Path:
    return Path(settings.PRIVATE_MEDIA_ROOT) / "dsar" / str(tenant_id)


def export_path(package) -> Path:
    return export_dir(package.tenant_id) / package.storage_name


def export_file_delete(package) -> None:
    if package.storage_name:
        export_path(package).unlink(missing_ok=True)
