"""Seed the provider legal profiles with the facts as of November 2026. The operator keeps them current in the admin;
every verdict names the date they were last checked."""

from datetime import date

from django.db import migrations

CHECKED = date(2026, 11, 29)
DPF_LIST = "https://www.dataprivacyframework.gov/list"

PROFILES = [
    {
        "key": "openai",
        "name": "OpenAI",
        "legal_name": "OpenAI, L.L.C.",
        "legal_address": "1455 3rd Street, San Francisco, CA 94158, USA",
        "headquarters_country": "US",
        "processing_locations": "USA (EU data residency available for eligible business plans)",
        "eu_adequacy": False,
        "dpf_certified": True,
        "dpf_checked_on": CHECKED,
        "dpf_evidence_url": DPF_LIST,
        "default_role": "processor",
        "role_by_deployment": {},
        "trains_by_default": True,
        "training_can_be_disabled": True,
        "dpa_plans": ["paid", "enterprise"],
        "dpa_url": "https://openai.com/policies/data-processing-addendum/",
        "jca_offered": False,
        "notes": (
            "DPA only on paid plans, none on the free ChatGPT tier. If data is used for training, joint "
            "controllership is likely and would need a joint-controller agreement, which OpenAI does not offer: "
            "training must be switched off under 'Data Controls'."
        ),
        "facts_checked_on": CHECKED,
    },
    {
        "key": "anthropic",
        "name": "Anthropic",
        "legal_name": "Anthropic, PBC",
        "legal_address": "548 Market Street, PMB 90375, San Francisco, CA 94104, USA",
        "headquarters_country": "US",
        "processing_locations": "USA",
        "eu_adequacy": False,
        "dpf_certified": True,
        "dpf_checked_on": CHECKED,
        "dpf_evidence_url": DPF_LIST,
        "default_role": "processor",
        "role_by_deployment": {},
        "trains_by_default": False,
        "training_can_be_disabled": True,
        "dpa_plans": ["paid", "enterprise"],
        "dpa_url": "https://www.anthropic.com/legal/data-processing-addendum",
        "jca_offered": False,
        "notes": "Processor under the commercial terms with a DPA; no training on business (API) data.",
        "facts_checked_on": CHECKED,
    },
    {
        "key": "google-gemini",
        "name": "Google Gemini",
        "legal_name": "Google LLC",
        "legal_address": "1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
        "headquarters_country": "US",
        "processing_locations": "USA and worldwide; EU regions selectable in Vertex AI",
        "eu_adequacy": False,
        "dpf_certified": True,
        "dpf_checked_on": CHECKED,
        "dpf_evidence_url": DPF_LIST,
        "default_role": "controller",
        "role_by_deployment": {"workspace": "processor", "vertex": "processor", "gemini_api": "controller"},
        "trains_by_default": True,
        "training_can_be_disabled": True,
        "dpa_plans": ["paid", "enterprise"],
        "dpa_url": "https://cloud.google.com/terms/data-processing-addendum",
        "jca_offered": False,
        "notes": (
            "Processor with a DPA inside Google Workspace or Vertex AI. Outside Workspace (Gemini API / AI Studio) "
            "Google decides purposes itself: independent or joint controller, so a DPA or a joint-controller "
            "agreement as the case requires. Unpaid Gemini API use may be used to improve Google's products."
        ),
        "facts_checked_on": CHECKED,
    },
    {
        "key": "mistral",
        "name": "Mistral AI",
        "legal_name": "Mistral AI SAS",
        "legal_address": "15 rue des Halles, 75001 Paris, France",
        "headquarters_country": "FR",
        "processing_locations": "EU (France, Sweden)",
        "eu_adequacy": True,
        "dpf_certified": False,
        "dpf_checked_on": None,
        "dpf_evidence_url": "",
        "default_role": "processor",
        "role_by_deployment": {},
        "trains_by_default": False,
        "training_can_be_disabled": True,
        "dpa_plans": ["paid", "enterprise"],
        "dpa_url": "https://legal.mistral.ai/terms/data-processing-addendum",
        "jca_offered": False,
        "notes": "EU company processing in the EU: no third-country transfer.",
        "facts_checked_on": CHECKED,
    },
    {
        "key": "self-hosted",
        "name": "Self-hosted / local",
        "legal_name": "",
        "legal_address": "",
        "headquarters_country": "",
        "processing_locations": "The tenant's own systems",
        "eu_adequacy": True,
        "dpf_certified": False,
        "dpf_checked_on": None,
        "dpf_evidence_url": "",
        "default_role": "none",
        "role_by_deployment": {},
        "trains_by_default": False,
        "training_can_be_disabled": True,
        "dpa_plans": [],
        "dpa_url": "",
        "jca_offered": False,
        "notes": "No recipient outside the tenant.",
        "facts_checked_on": CHECKED,
    },
]


def seed(apps, schema_editor):
    Profile = apps.get_model("compliance", "ProviderLegalProfile")
    for values in PROFILES:
        Profile.objects.update_or_create(key=values["key"], defaults=values)


def unseed(apps, schema_editor):
    apps.get_model("compliance", "ProviderLegalProfile").objects.filter(key__in=[p["key"] for p in PROFILES]).delete()


class Migration(migrations.Migration):
    dependencies = [("compliance", "0002_legal_profiles_answers_documents_texts")]
    operations = [migrations.RunPython(seed, unseed)]
