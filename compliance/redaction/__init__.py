"""PII detection and pseudonymisation for text sent to AI providers (no Django imports)."""

from .detector import detect
from .model import (
    DEFAULT_POLICY,
    ENTITY_TYPES,
    KEEP,
    MASK,
    PSEUDONYMISE,
    SPECIAL_CATEGORIES,
    Detection,
    Entity,
    KnownIdentifiers,
    Policy,
)
from .pseudonymise import PlaceholderMap, Pseudonymiser, pseudonymise, restore

__all__ = [
    "DEFAULT_POLICY",
    "ENTITY_TYPES",
    "KEEP",
    "MASK",
    "PSEUDONYMISE",
    "SPECIAL_CATEGORIES",
    "Detection",
    "Entity",
    "KnownIdentifiers",
    "PlaceholderMap",
    "Policy",
    "Pseudonymiser",
    "detect",
    "pseudonymise",
    "restore",
]
