"""Metadata minimisation: what is stored about a visitor's connection, before it is stored."""

import ipaddress
import re

BROWSERS = [
    ("Edge", re.compile(r"Edg(?:e|A|iOS)?/(\d+)")),
    ("Opera", re.compile(r"OPR/(\d+)")),
    ("Samsung Internet", re.compile(r"SamsungBrowser/(\d+)")),
    ("Firefox", re.compile(r"(?:Firefox|FxiOS)/(\d+)")),
    ("Chrome", re.compile(r"(?:Chrome|CriOS)/(\d+)")),
    ("Safari", re.compile(r"Version/(\d+)(?:\.\d+)*.*Safari/")),
]


def truncate_ip(raw: str) -> str:
    """IPv4 to its /24 network, IPv6 to its /48; anything unparsable is dropped."""
    try:
        address = ipaddress.ip_address(raw.strip())
    except ValueError:
        return ""
    if address.version == 6 and address.ipv4_mapped:  # a dual-stack socket reports IPv4 clients like this
        address = address.ipv4_mapped
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))


def user_agent_family(raw: str) -> str:
    """Browser family and major version only ("Firefox 133"); never the full string."""
    for family, pattern in BROWSERS:
        match = pattern.search(raw or "")
        if match:
            return f"{family} {match.group(1)}"
    return "Other" if raw else ""
