"""A proposal's period whose one end OCR damaged past any month and year ("๓ HUNAN 2569 ถึง ow สิงหาคม 2570"):
that end is unknown and said, never the other end's month (parsers.bma_proposal.fields.period, yearless_ends)."""

from __future__ import annotations

from pathlib import Path

from tests.test_bma_proposal import run

_DOC = Path(__file__).parent / "corpus" / "clean" / "bma_proposal_002.txt"
_PRINTED = "๙ ตุลาคม ๒๕๖๕ ถึง ๒๕ สิงหาคม ๒๕๖๖"


def _run(period: str) -> tuple[dict, list[dict]]:
    text = _DOC.read_text(encoding="utf-8")
    assert _PRINTED in text
    rows = run(text.replace(_PRINTED, period))
    missing = [i for i in rows["issues"] if i["code"] == "missing_value" and i["field"] in
               ("projects.start_date", "projects.end_date")]
    return rows["projects"][0], missing


def test_the_period_as_printed_reads_both_ends():
    project, missing = _run(_PRINTED)
    assert (str(project["start_date"]), str(project["end_date"])) == ("2022-10-09", "2023-08-25") and not missing


def test_a_first_end_with_no_month_is_unknown_and_said():
    project, missing = _run("๓ HUNAN ๒๕๖๕ ถึง ๒๕ สิงหาคม ๒๕๖๖")
    assert project["start_date"] is None and str(project["end_date"]) == "2023-08-25"
    assert [i["field"] for i in missing] == ["projects.start_date"]


def test_a_last_end_with_no_month_is_unknown_and_said():
    project, missing = _run("๙ ตุลาคม ๒๕๖๕ ถึง ow HUNAN ๒๕๖๖")
    assert str(project["start_date"]) == "2022-10-09" and project["end_date"] is None
    assert [i["field"] for i in missing] == ["projects.end_date"]


def test_the_end_that_reads_must_still_fall_in_the_fiscal_year():
    # the other end unknown, the period used to go unchecked: an end of another year was silent
    text = _DOC.read_text(encoding="utf-8").replace(_PRINTED, "๓ HUNAN ๒๕๖๕ ถึง ๒๕ สิงหาคม ๒๕๗๑")
    rows = run(text)
    assert rows["projects"][0]["start_date"] is None
    outside = {i["field"] for i in rows["issues"] if i["code"] == "period_outside_fiscal_year"}
    assert "projects.end_date" in outside


def test_a_date_read_from_the_unread_end_s_debris_sets_neither_end():
    # "ก.ย." read as "1.8." (fresh-set OCR): "ต.ค. 69 – 1.8. 70" holds one thing that parses as a whole date,
    # on the side that reads no month and year; it used to replace the start (1 August 2570, silently)
    from parsers.bma_proposal.fields import period

    text, start, end = period("ต.ค. 69 – 1.8. 70")
    assert (str(start), end) == ("2026-10-01", None)


def test_a_range_of_months_that_prints_its_year_once_starts_in_that_year():
    # "ตุลาคม – ธันวาคม ๒๕๖๖ และ มกราคม – กรกฎาคม ๒๕๖๗" (the later variant period_month_split_years): the first
    # month takes the year printed after the range's last, the year before when it comes later in the calendar
    project, missing = _run("ตุลาคม – ธันวาคม ๒๕๖๕ และ มกราคม – สิงหาคม ๒๕๖๖")
    assert (str(project["start_date"]), str(project["end_date"])) == ("2022-10-01", "2023-08-31") and not missing
    project, missing = _run("ตุลาคม – กุมภาพันธ์ ๒๕๖๖ และ มีนาคม – สิงหาคม ๒๕๖๖")
    assert (str(project["start_date"]), str(project["end_date"])) == ("2022-10-01", "2023-08-31") and not missing


def test_a_year_ocr_read_with_a_letter_is_said_of_the_period_text_too():
    # fresh set "af" OCR: "พฤษภาคม 25๖๗" read "พฤษภาคม 25๒ๆ": the end date is unknown (said), and the period's
    # text, kept as printed, holds the damaged year: said of period_text as well, or its wrong text is silent
    text = _DOC.read_text(encoding="utf-8")
    rows = run(text.replace(_PRINTED, "๙ ตุลาคม ๒๕๖๕ ถึง ๒๕ สิงหาคม ๒๕๖ๆ"))
    project = rows["projects"][0]
    assert project["end_date"] is None and project["period_text"].endswith("๒๕๖ๆ")
    (issue,) = [i for i in rows["issues"] if i["field"] == "projects.period_text"]
    assert issue["code"] == "ocr_digits_doubtful" and "๒๕๖ๆ" in issue["message"]
    # a period whose years all read says nothing of its text
    rows = run(text)
    assert not [i for i in rows["issues"] if i["field"] == "projects.period_text"]


def test_a_month_ocr_read_as_latin_letters_is_said_of_the_period_text_too():
    # "ส.ค." read "A.A." (the English model's letters): the end date was said, but the period's text kept as
    # read ("... – A.A. 69") was wrong with no issue naming it
    text = _DOC.read_text(encoding="utf-8")
    rows = run(text.replace(_PRINTED, "๙ ต.ค. ๖๕ - A.A. ๖๖"))
    said = [i for i in rows["issues"] if i["field"] == "projects.period_text"]
    assert rows["projects"][0]["end_date"] is None
    assert [i["code"] for i in said] == ["unknown_words"] and "A.A." in said[0]["evidence"]
    # a period read whole says nothing of its text
    rows = run(text.replace(_PRINTED, "๙ ต.ค. ๖๕ - ส.ค. ๖๖"))
    assert str(rows["projects"][0]["end_date"]) == "2023-08-31"
    assert not [i for i in rows["issues"] if i["field"] == "projects.period_text"]


def test_an_end_whose_day_the_damaged_year_before_the_dash_took_as_a_range_keeps_its_day():
    # s42o's bma_proposal_s42o002 OCR'd: "8 มกราคม ๒๕ฒ๐ – ๑๓ มิถุนายน 2570": the first year's last digit and the
    # dash read as a day range ("๐ – ๑๓ มิถุนายน"), so the end's date was none and its month's last day stood in
    # for its printed day; the end read apart gives the day back (the start, its year unread, unknown and said)
    from parsers.bma_proposal.fields import period

    _, start, end = period("8 มกราคม ๒๕ฒ๐ – ๑๓ มิถุนายน 2570")
    assert start is None and str(end) == "2027-06-13"
    assert str(period("มกราคม ๒๕๗๐ – มิถุนายน 2570")[2]) == "2027-06-30"  # no day printed: the month's last
    project, missing = _run("๙ ตุลาคม ๒๕ฒ๕ – ๒๕ สิงหาคม ๒๕๖๖")
    # (the start's year, a look-alike letter among its digits, is read from the settled fiscal year since
    # years._MONTH_LETTERS_YEAR_RE: the printed ๒๕๖๕, said as a repair; before, the start was unknown and said)
    assert str(project["end_date"]) == "2023-08-25" and not missing
    assert str(project["start_date"]) == "2022-10-09"
