"""A BMA entries table read column after column on one paragraph (each
column's title, then its cells): the figures column's title
("ผลการดำเนินงาน") and the flags column's ("ความสอดคล้อง") stand straight
after the last entry's description; they are the columns', not the
description's last words (clauses._figure_title_at)."""

from parsers.bma_progress.clauses import events_of
from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines

_ROW = ("ครั้งที่ รายงานครั้งที่ 1 รายงานครั้งที่ 2 รายงานครั้งที่ ๓ วันที่รายงาน : รายละเอียดการดำเนินงาน "
        "3/11/2565 : ขออนุมัติโครงการและแต่งตั้งคณะทำงาน ๙/๑๒/๒๕๖๕ : ประชุมคณะทำงานเพื่อวางแผน "
        "๑๗ มกราคม ๖๖ : จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน{title} "
        "ความก้าวหน้าของงานฯ = 15.0% งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท "
        "ความก้าวหน้าของงานฯ = 25.0% งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท "
        "ความก้าวหน้าของงานฯ = 40.0% งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = 12,500 บาท "
        "ความสอดคล้อง เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย "
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")


def test_figures_title_after_last_description_is_no_description():
    result = parse_entries(numbered_lines(_ROW.format(title=" ผลการดำเนินงาน")))
    assert result.entries[3].description == "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"
    assert result.entries[2].description == "ประชุมคณะทำงานเพื่อวางแผน"
    assert [result.entries[s].figures.get("progress") for s in (1, 2, 3)] == ["15.0", "25.0", "40.0"]


def test_flags_title_alone_before_flags_is_no_text():
    texts = [e.text for e in events_of(numbered_lines(_ROW.format(title=" ผลการดำเนินงาน"))[0]) if e.kind == "text"]
    assert not any("ความสอดคล้อง" in t or "ผลการดำเนินงาน" in t for t in texts)


def test_title_glued_to_a_word_or_not_before_figures_is_kept():
    glued = parse_entries(numbered_lines(_ROW.format(title="ผลการดำเนินงาน")))
    assert glued.entries[3].description.endswith("ครูผู้สอนผลการดำเนินงาน")
    prose = parse_entries(numbered_lines(
        "รายงานครั้งที่ 1 :: 3/11/2565 : ผลการดำเนินงาน เป็นที่น่าพอใจ ค่าวัสดุ = 1,000 บาท :: "
        "ความก้าวหน้าของงานฯ = 15.0% งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 1,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    assert prose.entries[1].description.startswith("ผลการดำเนินงาน เป็นที่น่าพอใจ")

