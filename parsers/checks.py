"""Cross-checks that flag what a document's redundancy does not settle
(the repairs themselves are parsers.repair); each says nothing when the
document agrees with itself."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from normalizers.dates import fiscal_year_window
from schemas.document import Issue

# Reports may be filed a little before the fiscal year opens and some months
# after it closes; outside this slack a date is suspect.
REPORT_SLACK_BEFORE = timedelta(days=31)
REPORT_SLACK_AFTER = timedelta(days=183)


def report_window(fiscal_year_be: int) -> tuple[date, date]:
    start, end = fiscal_year_window(fiscal_year_be)
    return start - REPORT_SLACK_BEFORE, end + REPORT_SLACK_AFTER


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
    evidence = {"parts": [str(p) for p in parts], "sum": str(got), "total": str(total)}
    if detail:
        evidence["text"] = detail
    return [Issue("warning", code, f"{what}: the parts add up to {got:,.2f}, the total says {total:,.2f}",
                  evidence, line_start, line_end, project_key=project_key, field=field)]
