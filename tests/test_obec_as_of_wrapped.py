"""An OBEC report's as-of date whose line wrapped after the day ("ข้อมูล ณ
วันที่ 31" / "มีนาคม พ.ศ. 2567"): the month on the next line is the date's
all the same (parsers.obec_progress.summary._AS_OF_RE)."""

from __future__ import annotations

from datetime import date

from tests.test_obec import baseline, original, run

AS_OF = "ข้อมูล ณ วันที่ 31 มีนาคม พ.ศ. 2567"


def _as_of(rows: dict):
    (summary,) = rows["report_summaries"]
    return summary["as_of_date"]


def test_an_as_of_date_wrapped_after_its_day_is_read():
    assert AS_OF in original() and _as_of(baseline()) == date(2024, 3, 31)
    for wrapped in ("ข้อมูล ณ วันที่ 31\nมีนาคม พ.ศ. 2567", "ข้อมูล ณ วันที่ 31\n\nมีนาคม พ.ศ. 2567"):
        assert _as_of(run(original().replace(AS_OF, wrapped))) == date(2024, 3, 31)
