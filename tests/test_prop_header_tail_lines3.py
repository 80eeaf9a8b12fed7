"""A running header wrapped over three lines under a header of two (the
print's time stamp, then the office): the report's title and its tail
("รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ รอบ ๓" / "เดือน", set k
obec_progress_s21k003).  The two lines over it count each page twice, so
the title, printed on every page but the first, was never known for a
running header, nor its tail (a finding "เดือน" of its own, silently); the
same line and the same short tail after the header's printings are the
header's (pipeline.clean.mark_header_tails).  (A second copy opens on
page 5: its cover's title under the header there.)  A line that follows the
header's printings with text after it, no short tail, stays text."""

from __future__ import annotations

from pipeline.clean import clean_lines

STAMP = "LNA ๒๐/๐๑/๒๕๖๗ ๑๕:๒๑"
OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากำแพงเพชร เขต ๓"
TITLE = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ รอบ ๓"


COVER = ["รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๓ เดือน"]


def _report(under: list[str], pages: int = 8) -> str:
    out = [OFFICE, *COVER, ""]
    for k in range(1, pages + 1):
        out += [f"{k}. ผลการดำเนินงานของโครงการในหน้าที่ {k} เป็นไปตามแผนที่กำหนดไว้ทุกประการ",
                f"ข้อเสนอแนะ ควรดำเนินการต่อเนื่องในปีงบประมาณถัดไป ส่วนที่ {k}", "",
                f"หน้า {k} จาก {pages}", "พิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.กำแพงเพชร เขต ๓", STAMP, "",
                OFFICE, *(COVER if k == 4 else under), ""]  # a second copy's cover after page 4
    return "\n".join(out)


def kinds(text: str, word: str) -> list[str]:
    lines, _ = clean_lines(text)
    return [ln.kind for ln in lines if ln.text.strip() == word]


def test_a_title_and_its_tail_under_a_two_line_header_are_the_header():
    text = _report([TITLE, "เดือน"])
    assert kinds(text, TITLE) == ["page_header"] * 7  # before: text
    assert kinds(text, "เดือน") == ["page_header"] * 7  # before: text, a finding of its own


def test_a_line_under_the_header_with_no_short_tail_stays_text():
    text = _report([TITLE, "ความก้าวหน้าของกิจกรรมที่ดำเนินการตามแผนที่กำหนดไว้"])
    assert kinds(text, TITLE) == ["text"] * 7
