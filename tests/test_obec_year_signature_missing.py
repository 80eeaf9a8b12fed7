"""An OBEC report's year its mentions tie on (2567 and 2569), told by what the printings of the digit that parts
them lack (parsers.year_mentions._signature_missing): set s58z's obec_progress_s58z004, ๒๕๖๗ printed "๒๕๒๕" twenty
times, "๒๕๒๑" three, "๒๕๒อ" three and "๒๕๒ฒ" once.  ๙ comes out ๓ as well as ๕ in every document measured, and no
printing here shows a ๓; ๗ comes out ๑, ๐ or a look-alike too, and these show ๑ and ฒ.  Before, no signature was
the printings' exactly (look-alikes among them) and the year stayed undecided: every budget row of the report was
missed (125 misses).  Chosen in doubt (rule digit_readings), flagged; printings that lack neither tied digit's
signature, or both, tell nothing."""

from collections import Counter

from parsers.year_mentions import _signature_missing, decided_by_readings

_Z004 = ([("heading", "๒๕๒๕", 0)] * 20 + [("heading", "๒๕๒๑", 0)] * 3 + [("heading", "๒๕๒อ", 0)] * 3
         + [("heading", "๒๕๒ฒ", 0)] + [("edition", "๑๓", 0)] * 10)


def test_printings_that_never_show_a_three_are_no_nine():
    found = decided_by_readings(_Z004)
    assert found is not None and found[0] == 2567 and found[1] == [2567, 2569]


def test_a_digit_whose_signature_is_not_missing_stays_tied():
    # Thai digits alone, ๕ and ๑: 2567, 2568 and 2569 tie; ๙ lacks its ๓, but ๘ (๕) and ๗ (๑) lack nothing
    mentions = [("heading", "๒๕๒๕", 0)] * 20 + [("heading", "๒๕๒๑", 0)] * 4 + [("edition", "๑๓", 0)] * 10
    assert decided_by_readings(mentions) is None


def test_what_each_digit_always_shows():
    assert _signature_missing("9", Counter("๕๕๑")) and not _signature_missing("9", Counter("๕๓๑"))
    assert not _signature_missing("7", Counter("๕๑")) and not _signature_missing("7", Counter("๕ฒ"))
    assert _signature_missing("7", Counter("๕๓")) and _signature_missing("8", Counter("๓๑"))
