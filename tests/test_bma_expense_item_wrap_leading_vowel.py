"""BMA progress form: an expense item's "ค่า" that a cell's wrap parted from the rest of its word is joined to it
("ค่า" / "อาหารว่าง..." reads "ค่าอาหารว่าง..."), but a word opening with a leading vowel (เ แ โ ใ ไ) kept the
space: "ค่า" / "เกียรติบัตร" read "ค่า เกียรติบัตร" (fresh set s109w, bma_progress_s109w003).  No space parts "ค่า"
from its word in print, whatever letter the word opens with."""

from __future__ import annotations

import pytest

from parsers.bma_progress.clauses import expenses_in

pytestmark = pytest.mark.usefixtures("repair_on")


@pytest.mark.parametrize("word", ["เกียรติบัตร", "แบบพิมพ์", "โฆษณา", "ใบประกาศ", "ไปรษณีย์", "อาหารว่าง"])
def test_the_item_word_a_wrap_parted_from_its_cost_word_is_joined(word):
    text = f"๑,๕๐๐.- บาท ค่า\n\n{word} จำนวน\n๕๐ ใบๆ ละ ๕๐.- บาท\nเป็นเงิน ๒,๕๐๐.- บาท"
    (found,) = expenses_in(text, text, 4)
    assert found[2].value.item == f"ค่า{word}"
