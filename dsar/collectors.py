"""The collector registry: each app says how to find, export and erase one person's rows of its own models.

Every model of the project's apps is either covered by a registered collector or declared free of personal data
with a reason (`declare_not_personal`); tests/dsar/test_index_collectors.py fails for a model that is neither, so a new
model cannot be forgotten by access, portability or erasure. Collectors are registered from `dsar.apps`.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings

PROJECT_APPS = ("tenants", "inquiries", "compliance", "dsar")


@dataclass
class Subject:
    """One person as far as a tenant's data knows them: the rows their identifiers lead to."""

    tenant: object
    digests: list[str]
    contact_ids: set[int] = field(default_factory=set)
    conversation_ids: set[int] = field(default_factory=set)
    request_ids: set[int] = field(default_factory=set)


@dataclass
class Erased:
    """What one collector erased (`counts` per model label) and kept (`kept`: dicts with ids, reason and end)."""

    counts: dict[str, int] = field(default_factory=dict)
    kept: list[dict] = field(default_factory=list)


class Collector:
    """Base of a collector. `models` are the labels ("app.Model") whose personal data this collector handles.

    `erase_order`: lower runs first, so that rows which reference others are handled before those go.
    `held` in `erase` is the set of conversation ids under a legal hold: they are kept (restricted), not erased.
    """

    name: str = ""
    models: tuple[str, ...] = ()
    erase_order: int = 50

    def find(self, subject: Subject) -> dict[str, int]:
        raise NotImplementedError

    def export(self, subject: Subject, *, redact) -> dict:
        raise NotImplementedError

    def portable(self, subject: Subject) -> dict:
        """The data the person provided (Art. 20); most models hold none."""
        return {}

    def erase(self, subject: Subject, *, held: set[int]) -> Erased:
        raise NotImplementedError


_collectors: dict[str, Collector] = {}
_not_personal: dict[str, str] = {}


def register(collector: Collector) -> None:
    _collectors[collector.name] = collector


def declare_not_personal(reasons: dict[str, str]) -> None:
    """Declare models that hold no personal data of the tenant's customers, each with the reason why."""
    _not_personal.update(reasons)


def collectors() -> list[Collector]:
    return sorted(_collectors.values(), key=lambda c: (c.erase_order, c.name))


def covered_models() -> dict[str, str]:
    """Model label -> name of the collector that handles it."""
    return {label: c.name for c in _collectors.values() for label in c.models}


def not_personal_models() -> dict[str, str]:
    return dict(_not_personal)


def project_app_labels() -> set[str]:
    """Labels of the installed apps that live in this repository (a new app is covered without being listed)."""
    base = Path(settings.BASE_DIR).resolve()
    venv = base / ".venv"
    return {
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(base) and not Path(config.path).resolve().is_relative_to(venv)
    } | set(PROJECT_APPS)


def unclassified_models() -> set[str]:
    """Models of the project's apps that neither a collector covers nor `declare_not_personal` exempts."""
    labels = {m._meta.label for m in apps.get_models() if m._meta.app_label in project_app_labels()}
    return labels - covered_models().keys() - not_personal_models().keys()


# Models of the tenants app (which has no collector module of its own): staff, credentials and the audit trail,
# which by contract holds ids and keyed hashes only.
declare_not_personal(
    {
        "tenants.Tenant": "The business itself (a legal person).",
        "tenants.Membership": "Staff accounts of the tenant, not customers.",
        "tenants.ApiKey": "Credentials (hashes).",
        "tenants.WidgetKey": "Public widget credentials and origins.",
        "tenants.AuditEvent": "Ids and keyed hashes only, by the contract of tenants.services.audit_log.",
    }
)
