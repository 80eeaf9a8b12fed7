"""The measured table of digit misreads (bench/numtable.py) and the table of misreads set beside it."""

from collections import Counter

from bench.numtable import pairs_of, table


def test_pairs_of_counts_digits_of_numbers_whose_shape_survived():
    clean = "**งบประมาณ** : ๕๙,๘๐๐ บาท\n\nวันที่ ๒๖/๑๐/๒๕๖๗ เวลา ๑๐.๓๐ น.\n"
    ocr = "งบประมาณ : ๕๕,๕๐๐ บาท\nวันที่ ๒๑/๑๐/๒๕๓ เวลา ๑๐.๓o น.\n"
    counts = pairs_of(clean, ocr)
    # the amount: ๙ and ๘ read ๕; the date lost a digit of its year: left out whole; the time: ๐ read o
    assert counts[("๙", "๕")] == 1 and counts[("๘", "๕")] == 1 and counts[("๐", "o")] == 1
    assert counts[("๖", "๑")] == 0 and counts[("๗", "๓")] == 0
    assert counts[("๕", "๕")] == 1 and counts[("๑", "๑")] == 1
    assert table(counts)["8"] == {"5": 1}


def test_pairs_of_keeps_a_misread_that_equals_its_neighbour():
    # ๕๒ read ๒๒: a character alignment would pair the ๒s and drop the misread
    counts = pairs_of("รหัส ๑๕๒ ก", "รหัส ๑๒๒ ก")
    assert counts == Counter({("๑", "๑"): 1, ("๕", "๒"): 1, ("๒", "๒"): 1})
