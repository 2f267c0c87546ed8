from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from dsar.deadlines import add_months, extended_due, response_due


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 5, 5), date(2026, 6, 5)),
        # 28 Feb 2026 (no 31 Feb) is a Saturday: Monday 2 March.
        (date(2026, 1, 31), date(2026, 3, 2)),
        # 3 April is Good Friday, 6 April Easter Monday.
        (date(2026, 3, 3), date(2026, 4, 7)),
    ],
)
def test_issue_vectors_for_a_berlin_tenant(received, due):
    assert response_due(received, "BE") == due


def test_regional_holiday_of_the_federal_state_moves_the_deadline():
    # 6 January (Epiphany) is a holiday in Bavaria, not in Berlin; 6 Jan 2027 is a Wednesday.
    assert response_due(date(2026, 12, 6), "BE") == date(2027, 1, 6)
    assert response_due(date(2026, 12, 6), "BY") == date(2027, 1, 7)


def test_receipt_late_in_the_evening_counts_on_the_local_calendar_day():
    received = datetime(2026, 5, 4, 23, 30, tzinfo=ZoneInfo("UTC"))  # 5 May 01:30 in Berlin
    assert response_due(received, "BE") == date(2026, 6, 5)


def test_month_end_clamps_across_years_and_leap_years():
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_extension_by_two_further_months_counts_from_receipt():
    assert extended_due(date(2026, 5, 5), "BE", 2) == date(2026, 8, 5)
    with pytest.raises(ValueError):
        extended_due(date(2026, 5, 5), "BE", 3)
