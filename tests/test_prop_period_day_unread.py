"""A BMA proposal's period whose last end prints a day before its month that OCR left unread as a date
("8 มกราคม ๒๕ฒ๐ – ๑๓ มิถุนายน 2570": the first end's damaged year, its last digit apart from the look-alike
letter, and the dash read as a day range's start, "0 – 13", so "๑๓ มิถุนายน 2570" is no date).  Before, the end
date was the month's last day (2027-06-30, for the 19th) with no issue naming it (fresh set s42o,
bma_proposal_s42o002).  An end whose month prints a day and reads no date is not known, and said
(fields.yearless_ends; rows.yearless_period), unless that end read apart is a date (fields._end_day: its
printed day, its digits' doubt said as any date's)."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period, yearless_ends
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def test_an_end_whose_day_is_printed_and_not_read_is_not_its_month_s_last_day():
    # the end read apart is no date either (a day no month has): not known
    text = "8 มกราคม ๒๕ฒ๐ – ๓๕ มิถุนายน 2570"
    assert yearless_ends(text) == (True, True)
    assert period(text)[1:] == (None, None)
    # the end read apart is a date: its printed day (fields._end_day), never the month's last
    assert period("8 มกราคม ๒๕ฒ๐ – ๑๓ มิถุนายน 2570")[1:] == (None, date(2027, 6, 13))


def test_ends_read_as_dates_or_printed_without_days_are_as_before():
    assert period("๘ มกราคม ๒๕๖๙ ถึง ๒๕ มิถุนายน ๒๕๖๙")[2].isoformat() == "2026-06-25"
    assert period("มกราคม ๒๕๖๙ ถึง มิถุนายน ๒๕๖๙")[2].isoformat() == "2026-06-30"
    assert yearless_ends("มกราคม ๒๕๖๙ ถึง มิถุนายน ๒๕๖๙") == (False, False)


def test_the_unread_end_is_said():
    sample = sample_text(PROPOSAL)
    start = sample.index("ระยะเวลาดำเนินการ")
    end = sample.index("\n", start)
    rows = run(sample[:start] + "ระยะเวลาดำเนินการ : 8 มกราคม ๒๕ฒ๐ – ๓๕ มิถุนายน 2570" + sample[end:])
    assert rows["projects"][0]["end_date"] is None
    assert any(i["field"] == "projects.end_date" and i["code"] == "missing_value" for i in rows["issues"])
