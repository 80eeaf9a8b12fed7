"""BMA progress form: a line of one or two Latin letters alone over or between the objectives ("1" / "a" over the
list, "Dd" under its first item: fresh set s109s's bma_progress_s109s001; "a" between two items: s106o's
bma_progress_s106o007) was read as objective 1, its text "a", every objective after it one place late, or ran
into the item above as its words.  It is OCR's reading of a speck (parsers.bma_progress.read._LATIN_SPECK_RE),
no objective's text (each opens with its purpose word) nor its number; two capitals alone stay (an acronym an
item's wrap may leave on a line of its own)."""

from __future__ import annotations

import pytest

from tests.test_repair import form, read

pytestmark = pytest.mark.usefixtures("repair_on")

FIRST = "เพื่อยกย่องครูและบุคลากรทางการศึกษา"
SECOND = "เพื่อส่งเสริมการประกันคุณภาพ"


def _objectives(lines: str) -> list[str]:
    rows = read(form().replace("1. เพื่อทดสอบ\n", lines))
    return [o["text"] for o in sorted(rows["objectives"], key=lambda o: o["seq"])]


def test_a_latin_speck_under_a_lone_figure_over_the_objectives_opens_no_objective():
    assert _objectives(f"1\na\n\n๑. {FIRST}\n\nDd\n\n๒. {SECOND}\n") == [FIRST, SECOND]


def test_a_latin_speck_between_two_objectives_is_no_words_of_either():
    assert _objectives(f"๑. {FIRST}\na\n๒. {SECOND}\n") == [FIRST, SECOND]


def test_two_capitals_alone_stay_the_item_s_words():
    assert _objectives(f"๑. {FIRST}ด้าน\nIT\n๒. {SECOND}\n") == [f"{FIRST}ด้าน IT", SECOND]
