"""The look-alikes measured since the table was first made (normalizers.confusions.LOOKALIKES: v and > for ๖,
ฆ for ๗ and ๙, ¢ for ๔, G for ๘; bench.numtable --compare, ten sightings or more, one digit each or two)."""

from datetime import date

from normalizers.confusions import LOOKALIKES, candidates, confusable, date_candidates


def test_the_measured_look_alikes_read_as_their_digits_inside_a_number():
    # an OBEC quarter's planned amount "ฆ2,0๐๐" (฿72,000), a period of months "2>" (26), "v๐" (60),
    # "¢๕" (45), "G,๕๐๐" (8,500): before, none of these characters was read as a digit at all
    assert "72,000" in candidates("ฆ2,0๐๐") and "92,000" in candidates("ฆ2,0๐๐")
    assert "26" in candidates("2>") and "60" in candidates("v๐")
    assert "45" in candidates("¢๕") and "8,500" in candidates("G,๕๐๐")
    assert confusable("v๐", "๖๐") and confusable("1>", "๑๖")


def test_a_date_with_a_measured_look_alike_is_read_through_it():
    # a report date whose month ๔ OCR wrote as ¢ ("๕/¢/๒๕๖๕"): April, and only April, as the month
    assert {d.month for d in date_candidates("๕/¢/2565")} == {4}


def test_the_look_alikes_the_measure_left_out_are_not_listed():
    # c stands for three digits and is a letter of the Latin junk OCR leaves; D opens that junk; % is the percent
    # sign; ว a Thai letter of words
    assert not {"c", "D", "%", "ว", "s"} & set(LOOKALIKES)
