"""Deadlines of data-subject requests, computed as EU law computes periods (Regulation (EEC, Euratom) No 1182/71).

* Art. 3(1): the day of the event (receipt) does not count; the period starts the next day.
* Art. 3(2)(c): a period of months ends on the day of the last month with the same number as the day of receipt,
  or on that month's last day when it has no such day.
* Art. 3(4): a period ending on a Saturday, Sunday or public holiday ends on the next working day. The public
  holidays are those of the tenant's federal state (ISO 3166-2:DE subdivision code).

Art. 12(3) GDPR: one month, extendable once by up to two further months.
"""

import calendar
from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays
from django.utils import timezone


def add_months(start: date, months: int) -> date:
    """The same-numbered day `months` later, or the last day of that month if it is shorter."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=64)
def _holidays(federal_state: str, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("DE", subdiv=federal_state or None, years=year)


def is_working_day(day: date, federal_state: str) -> bool:
    return day.weekday() < 5 and day not in _holidays(federal_state, day.year)


def next_working_day(day: date, federal_state: str) -> date:
    while not is_working_day(day, federal_state):
        day += timedelta(days=1)
    return day


def receipt_date(received_at: datetime | date) -> date:
    """The calendar day of receipt in the local time zone (Europe/Berlin)."""
    if isinstance(received_at, datetime):
        return timezone.localdate(received_at)
    return received_at


def response_due(received_at: datetime | date, federal_state: str, months: int = 1) -> date:
    """Last day to answer a request received at `received_at`: `months` (1, or 3 when extended) after receipt."""
    return next_working_day(add_months(receipt_date(received_at), months), federal_state)


def extended_due(received_at: datetime | date, federal_state: str, extra_months: int) -> date:
    """Deadline after an extension by `extra_months` (1 or 2) further months, counted from receipt."""
    if extra_months not in (1, 2):
        raise ValueError("An extension is by one or two further months.")
    return response_due(received_at, federal_state, months=1 + extra_months)
