"""A table of reports run on in a paragraph whose description holds เรื่อง "on the subject of" before a
topic's name ("จัดสัมมนาเชิงปฏิบัติการ เรื่อง การใช้สื่อ..."): neither เรื่อง nor the name after it opens a
report's description (parsers.bma_progress.transposed._GOES_ON_RE, _LEADS_ON_RE); before, the two words made
more pieces than reports and no report was given its description."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines as _lines
from tests.test_prop_run_on_descriptions_parted import _pieces, _table

ONE = "อยู่ระหว่างขั้นตอน...พิจารณาเกณฑ์การตัดสิน"
TWO = "จัดสัมมนาเชิงปฏิบัติการ เรื่อง การใช้สื่อดิจิทัลในห้องเรียน และรอการอนุมัติคำสั่ง"


def test_a_topic_after_its_word_goes_on_the_description():
    text = f"{ONE} {TWO}"
    assert _pieces(text, 2) == [ONE, TWO]
    result = parse_entries(_lines(_table(text, 2)))
    assert [result.entries[k].description for k in (1, 2)] == [ONE, TWO]


def test_a_description_opening_after_a_topic_still_parts():
    three = "สรุปผลการดำเนินงาน"
    text = f"{TWO} {three}"
    assert _pieces(text, 2) == [TWO, three]
