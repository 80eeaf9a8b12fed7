"""Cross-checks that use a document's redundancy to repair or flag values.

Each check is a small function returning Issues (and, for repairs, the new
value); it says nothing when the document agrees with itself.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from normalizers.dates import fiscal_year_window, parse_date
from normalizers.errors import ValueParseError
from normalizers.numbers import digit_repairs
from schemas.document import Issue

# Reports may be filed a little before the fiscal year opens and some months
# after it closes; outside this slack a date is suspect.
REPORT_SLACK_BEFORE = timedelta(days=31)
REPORT_SLACK_AFTER = timedelta(days=183)


def report_window(fiscal_year_be: int) -> tuple[date, date]:
    start, end = fiscal_year_window(fiscal_year_be)
    return start - REPORT_SLACK_BEFORE, end + REPORT_SLACK_AFTER


def repair_date(text: str, window: tuple[date, date], lo: date | None, hi: date | None) -> list[date]:
    """Dates reachable from `text` by one look-alike digit swap that fall in
    `window` and between the neighbouring reports' dates `lo` and `hi`."""
    found = set()
    for variant in digit_repairs(text):
        try:
            day = parse_date(variant)
        except ValueParseError:
            continue
        if window[0] <= day <= window[1] and (lo is None or day >= lo) and (hi is None or day <= hi):
            found.add(day)
    return sorted(found)


def money_equal(a: Decimal | None, b: Decimal | None) -> bool:
    return a is not None and b is not None and abs(a - b) < Decimal("0.005")


def sum_check(code: str, what: str, parts: list[Decimal], total: Decimal | None, field: str,
              line_start: int | None = None, line_end: int | None = None, project_key: str | None = None,
              detail: str = "") -> list[Issue]:
    """An issue if `parts` do not add up to `total` (silent when they do)."""
    if total is None or not parts:
        return []
    got = sum(parts, Decimal(0))
    if money_equal(got, total):
        return []
    return [Issue("warning", code, f"{what}: the parts add up to {got:,.2f}, the total says {total:,.2f}",
                  detail, line_start, line_end, project_key=project_key, field=field)]
