"""An OBEC report's year that its mentions tie on, whose parting digit OCR
read as two characters in many printings (fresh set s46z's
obec_progress_s46z003, a 2569 report in two copies whose OCR writes no ๖ ๗
๘ ๙: ๒๕๖๙ read "๒๕๒๓" 31 times, "๒๕๒๕" 4 times and "๒๕๒๓๕" 29 times, ๙
read as ๓ and ๕ at once; 2567 and 2569 alike by the table).  The printings
of the place read ๓ and ๕ and nothing else, what OCR makes of ๙ and never
of ๗ (READ_SIGNATURES), but decided_by_readings counted the four-character
printings only, 35 for two copies that need 40, and chose nothing: the
year stayed undecided and every budget row was filed under the printed
2523 (86 misses, flagged).  A five-character printing that is a
four-character one with the place cut in two, both characters among those
the others show there, is one more printing of the place showing nothing
new: it counts towards the minimum.  One with a character the others do not
show (it may have cut another place: "๒๕๒๐๕") counts for nothing, and what
the printings show is still the four-character printings' alone."""
from parsers.year_mentions import READINGS_MIN, decided_by_readings

_FOURS = [("heading", "๒๕๒๓", 0)] * 16 + [("heading", "๒๕๒๕", 0)] * 2 + [("edition", "๑๓", 0)] * 6


def test_a_place_read_as_two_of_its_characters_counts_as_a_printing_of_it():
    assert decided_by_readings(_FOURS) is None  # 18 printings: too few
    split = _FOURS + [("heading", "๒๕๒๓๕", 0)] * 4
    assert decided_by_readings(split) == (2569, [2567, 2569], "๓๕", 22)
    # a date of January to September prints the fiscal year's digits as a heading does
    assert decided_by_readings(_FOURS + [("date", "๒๕๒๓๕", 3)] * 2) == (2569, [2567, 2569], "๓๕", 20)
    # two copies need twice as many
    assert decided_by_readings(split, copies=2) is None


def test_a_split_with_a_character_the_others_do_not_show_counts_for_nothing():
    assert decided_by_readings(_FOURS + [("heading", "๒๕๒๐๕", 0)] * 4) is None
    assert decided_by_readings(_FOURS + [("heading", "๒๕๒๓๑", 0)] * 4) is None
    # nor one whose other characters are no four-character printing's ("๒๕อ๓๕": its ๖ read อ)
    assert decided_by_readings(_FOURS + [("heading", "๒๕อ๓๕", 0)] * 4) is None
    assert READINGS_MIN == 20
