"""A list's number column read down right under the running header: the header's last line ("... เขต4"), then
"๑)" / "๒)" / the items, no blank line between.  The clean-up took a line of digits and signs alone after a
header line for the header's tail the page width wrapped (a year, "๒๕๖๗"), so the first item's number was
furniture and its item ran into the list's lead (fresh set s95o, obec_progress_s95o004).  An item's number alone
("๑)", "2.") is no header's tail (clean._WRAP_TAIL_RE); a year wrapped under the header still is."""

from __future__ import annotations

from pipeline.clean import clean_lines

HEADER = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ."


def _page(k: int, under: str) -> str:
    body = f"ผลการดำเนินงาน\nได้ดำเนินการครบตามแผน รอบที่ {k}\nมีผู้เข้าร่วม {k} คน\n"
    return f"{HEADER}\n{under}\n{body}\n- {k} -\n\n\n\n"


def test_an_item_number_right_under_the_header_is_the_list_s():
    text = "".join(_page(k, "๒๕๖๗") for k in range(1, 6)) + f"{HEADER}\n๑)\n๒)\nได้เผยแพร่ผลการดำเนินงาน\nได้นิเทศ\n"
    lines, _ = clean_lines(text)
    assert {ln.kind for ln in lines if ln.text == HEADER} == {"page_header"}
    assert {ln.kind for ln in lines if ln.text in ("๑)", "๒)")} == {"text"}
    # the year wrapped under the header's printings is the header's, as before
    assert {ln.kind for ln in lines if ln.text == "๒๕๖๗"} == {"page_header"}
