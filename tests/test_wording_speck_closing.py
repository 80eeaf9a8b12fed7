"""A row text closed by a speck of punctuation OCR read after its last word ("ขออนุมัติโครงการ และขออนุมัติเงิน จัดสรร :",
a timetable cell's dot read beside the activity's last line; fresh set s107p, bma_proposal_s107p005) stood as
read with no issue naming it.  No text of the forms ends so (the truth of every committed and fresh set has
none): the speck is said (unknown_words), the text kept as read, as a speck opening a text is.  A dot or a comma
there may close an abbreviation or a list, and says nothing."""

from __future__ import annotations

import json

import pytest

from pipeline.wording import _SPECK_CLOSING_RE, flag_unknown_words

pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_speck_closing_a_text_is_said():
    text = "ขออนุมัติโครงการ และขออนุมัติเงิน จัดสรร :"
    tables = {"activities": [{"seq": 1, "text": text, "line_start": 93, "line_end": 95, "project_key": "k"}]}
    (issue,) = flag_unknown_words(tables, [])
    assert issue.code == "unknown_words" and issue.field == "activities.text"
    assert json.loads(issue.evidence)["pieces"] == [":"] and tables["activities"][0]["text"] == text


def test_a_dot_a_comma_or_a_colon_inside_say_nothing():
    for text in ("ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร", "จัดซื้อวัสดุ ฯลฯ .",
                 "ประชุมคณะกรรมการ ครั้งที่ 1 : วางแผนการดำเนินงาน"):
        assert _SPECK_CLOSING_RE.search(text) is None
        assert not flag_unknown_words({"activities": [{"seq": 1, "text": text, "project_key": "k"}]}, [])
