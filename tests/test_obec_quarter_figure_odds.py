"""An OBEC summary quarter's budget rows whose readings several ways add up to the column's one total (the
summary's figures read together leave it one): the way OCR's measured misreads make a thousand times likelier or
more than every other to print as the rows print is taken, in doubt (quarter_joint._likeliest_rows over
normalizers.odds; repair_quarter_rows says it as value_repaired, rule figure_odds, after weighing the rows again
with it).  "๒๐,๐๐๐" and "๕๐,๐๐๐" adding up to 110,000 are 60,000 and 50,000 (๖ read ๒, the misread of a digit OCR's
model cannot write) rather than 50,000 and 60,000 (๕ read ๒ and ๖ read ๕, each a few printings in ten thousand);
readings alike in odds, or a row printed in any character but Thai digits, choose none."""

from parsers.obec_progress.quarter_joint import _likeliest_rows


def test_the_likeliest_way_of_reading_the_rows_is_found():
    values = [{5_000_000, 6_000_000}, {5_000_000, 6_000_000}, {1_000_000}]
    found = _likeliest_rows(values, 12_000_000, ["๒๐,๐๐๐", "๕๐,๐๐๐", "๑๐,๐๐๐"])
    assert found is not None and found[0] == (6_000_000, 5_000_000, 1_000_000) and found[1] == 2 and found[2] > 1000


def test_no_way_is_taken_where_the_ways_stand_near_or_a_row_prints_other_characters():
    # "๕๐,๐๐๐" twice, 40,000 + 80,000 or 80,000 + 40,000: ๔ and ๘ both print ๕ nearly always
    assert _likeliest_rows([{4_000_000, 8_000_000}, {4_000_000, 8_000_000}], 12_000_000,
                           ["๕๐,๐๐๐", "๕๐,๐๐๐"]) is None
    assert _likeliest_rows([{5_000_000, 6_000_000}, {5_000_000, 6_000_000}], 11_000_000,
                           ["20,000", "๕๐,๐๐๐"]) is None
    assert _likeliest_rows([{5_000_000}, {6_000_000}], 11_000_000, ["๒๐,๐๐๐", "๕๐,๐๐๐"]) is None  # one way only
