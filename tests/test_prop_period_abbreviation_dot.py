"""A proposal's period whose month abbreviation OCR read with its first dot as sara u ("กุค." for ก.ค., "กุย." for
ก.ย., "ธุค." for ธ.ค.): the dates were read (normalizers.dates.month_number reads the abbreviation by its
letters), but the period's text kept "กุค.", with no issue naming it.  The text now prints the abbreviation's dot
(parsers.bma_proposal.fields.period), where the two letters are one month's abbreviation; other words with sara u
("ทุก.") are left as read."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period


def test_a_month_abbreviation_whose_dot_was_read_as_sara_u_is_printed_with_its_dot():
    # s21k005 after OCR: "พ.ย. 66 – กุค. 67" (no issue said it); s24t004: "... ถึง กุย. 67"
    assert period("พ.ย. 66 – กุค. 67") == ("พ.ย. 66 – ก.ค. 67", date(2023, 11, 1), date(2024, 7, 31))
    assert period("ระหว่าง ต.ค. 66 ถึง กุย. 67") == ("ระหว่าง ต.ค. 66 ถึง ก.ย. 67", date(2023, 10, 1), date(2024, 9, 30))
    assert period("ระหว่าง ธุค. 68 ถึง ส.ค. 69")[0] == "ระหว่าง ธ.ค. 68 ถึง ส.ค. 69"


def test_other_words_with_sara_u_and_whole_abbreviations_are_left_as_read():
    assert period("ระหว่าง ต.ค. 66 ถึง ทุก. 67")[0] == "ระหว่าง ต.ค. 66 ถึง ทุก. 67"
    assert period("ม.ค. 68 – พ.ค. 68")[0] == "ม.ค. 68 – พ.ค. 68"
    assert period("ดำเนินการในเดือนกรกฎาคม ๒๕๖๗ – สิงหาคม ๒๕๖๗")[0] == "ดำเนินการในเดือนกรกฎาคม ๒๕๖๗ – สิงหาคม ๒๕๖๗"
