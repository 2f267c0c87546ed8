"""Checksum-valid fictitious identifiers for the extra corpus (deterministic, no real person's data)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from stdnum import iban, luhn
from stdnum.at import uid
from stdnum.de import idnr
from stdnum.de import vat as de_vat
from stdnum.iso7064 import mod_11_10
from stdnum.nl import btw

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from compliance.redaction.identifiers import is_valid_kvnr, is_valid_rvnr  # noqa: E402

_rng = random.Random(20261129)


def _digits(n: int) -> str:
    return "".join(_rng.choice("0123456789") for _ in range(n))


def make_iban(country: str, bban: str) -> str:
    for check in range(2, 99):
        value = f"{country}{check:02d}{bban}"
        if iban.is_valid(value):
            return value
    raise AssertionError(bban)


def spaced(value: str, group: int = 4) -> str:
    return " ".join(value[i : i + group] for i in range(0, len(value), group))


def make_idnr() -> str:
    while True:
        body = str(_rng.randint(1, 9)) + _digits(9)
        value = body + mod_11_10.calc_check_digit(body)
        if idnr.is_valid(value):
            return value


def make_de_vat() -> str:
    while True:
        body = str(_rng.randint(1, 9)) + _digits(7)
        value = "DE" + body + mod_11_10.calc_check_digit(body)
        if de_vat.is_valid(value):
            return value


def make_atu() -> str:
    body = _digits(7)
    value = "ATU" + body + uid.calc_check_digit(body)
    assert uid.is_valid(value)
    return value


def make_nl_vat() -> str:
    while True:
        value = "NL" + _digits(9) + "B01"
        if btw.is_valid(value):
            return value


def make_card(prefix: str, length: int) -> str:
    body = prefix + _digits(length - len(prefix) - 1)
    value = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(value)
    return value


def make_kvnr(letter: str) -> str:
    body = letter + _digits(8)
    for d in "0123456789":
        if is_valid_kvnr(body + d):
            return body + d
    return make_kvnr(letter)


def make_rvnr(area: str, birth: str, letter: str) -> str:
    for serial in range(100):
        body = f"{area}{birth}{letter}{serial:02d}"
        for d in "0123456789":
            if is_valid_rvnr(body + d):
                return body + d
    raise AssertionError


IDS = {
    "iban1": spaced(make_iban("DE", "37040044" + _digits(10))),
    "iban2": make_iban("DE", "50010517" + _digits(10)),
    "iban3": spaced(make_iban("DE", "12030000" + _digits(10))),
    "iban4": spaced(make_iban("AT", "19043" + _digits(11))),
    "iban5": spaced(make_iban("NL", "INGB" + _digits(10))),
    "iban6": make_iban("DE", "76026000" + _digits(10)).lower(),
    "iban_org": spaced(make_iban("DE", "20050550" + _digits(10))),
    "iban7": spaced(make_iban("GB", "NWBK601613" + _digits(8))),
    "idnr1": make_idnr(),
    "idnr2": make_idnr(),
    "idnr3": make_idnr(),
    "vat1": make_de_vat(),
    "vat2": make_atu(),
    "vat3": make_nl_vat(),
    "vat_org": make_de_vat(),
    "card1": make_card("4", 16),
    "card2": make_card("52", 16),
    "card3": make_card("37", 15),
    "kvnr1": make_kvnr("M"),
    "kvnr2": make_kvnr("T"),
    "kvnr3": make_kvnr("B"),
    "rvnr1": make_rvnr("65", "120385", "K"),
    "rvnr2": make_rvnr("12", "030761", "S"),
}
IDS["iban1_plain"] = IDS["iban1"].replace(" ", "")
IDS["card1_spaced"] = spaced(IDS["card1"])
IDS["card2_dashed"] = "-".join(IDS["card2"][i : i + 4] for i in range(0, 16, 4))
IDS["card3_spaced"] = IDS["card3"][:4] + " " + IDS["card3"][4:10] + " " + IDS["card3"][10:]
IDS["idnr1_spaced"] = IDS["idnr1"][:2] + " " + IDS["idnr1"][2:5] + " " + IDS["idnr1"][5:8] + " " + IDS["idnr1"][8:]
IDS["rvnr1_spaced"] = IDS["rvnr1"][:2] + " " + IDS["rvnr1"][2:8] + " " + IDS["rvnr1"][8] + " " + IDS["rvnr1"][9:]
IDS["vat1_spaced"] = "DE " + IDS["vat1"][2:5] + " " + IDS["vat1"][5:8] + " " + IDS["vat1"][8:]

if __name__ == "__main__":
    for k, v in IDS.items():
        print(k, v)
