"""An OBEC list whose item numbers stand in a column of their own ("1." / "2."), its texts printed one right
under the other: a short first item, then a second whose first line opens with a long run of Thai with no space
(which would overrun any line, so the page's widths said the short line may have wrapped onto it), wrapped onto a
third line.  A Thai page breaks a run of Thai between its words to fill a line before it leaves a third of it
empty, so a line stopping well short of the margin (parsers.wraps.FILLED of the page's width) was not wrapped
before a line opening with Thai (PageWraps.filled).  Before, unless the line opened with the modal a
recommendation opens with ("ควร...", round 1's rule), the three lines stayed one item and the second was lost
(missing_row: fresh set s62o's obec 001 'วางแผนการดำเนินการล่วงหน้า' / 'หน่วยงานควรเพิ่ม...', s67z's obec 004
'ระยะเวลาในการอบรมพัฒนามีจำกัด' / 'ขาดงบประมาณ...' / 'ต้องปรับ...', the three in paragraphs of their own).  Now
such a line opens an item where the count of numbers asks for exactly that cut (lists._cut_at_overruns), said in
doubt (items_cut_in_doubt), and paragraphs after such a line are rejoined last (lists._rejoined); a line opening
with a word that goes on ("และ...") or after a line reaching further than FILLED of the page cuts nothing."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

SHORT = "จัดทำแผนงานล่วงหน้า"
LONG = ("กำหนดปฏิทินการดำเนินกิจกรรมของแต่ละไตรมาสให้ชัดเจนเพื่อให้การดำเนินงานนั้น ๆ", "แล้วเสร็จตามระยะเวลา")


def _outputs(texts: list[str]) -> tuple[list[str], list[dict]]:
    # extra4's obec_progress_t008 (clean): quarter 2's outputs of its first project, "1." / "2." in a column and
    # their texts at lines 144-146, put in place of its own
    lines = (CORPUS / "extra4" / "clean" / "obec_progress_t008.txt").read_text(encoding="utf-8").split("\n")
    assert lines[140:142] == ["1.", "2."] and lines[145] == "เข้าร่วมการประชุมเชิงปฏิบัติการ"
    lines[143:146] = texts
    end = 143 + len(texts)
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    got = [r["text"] for r in rows["targets"] if r["kind"] == "output" and 141 <= r["line_start"] <= end]
    issues = [i for i in rows["issues"] if i["field"] == "targets" and i["line_start"] <= end <= i["line_end"] + 2]
    return got, issues


def test_a_long_run_after_a_short_line_opens_the_next_item():
    got, issues = _outputs([SHORT, *LONG])
    assert got == [SHORT, " ".join(LONG)]  # before: one item of all three lines, the second lost
    assert any(i["code"] == "items_cut_in_doubt" for i in issues)
    assert not any(i["code"] == "missing_row" for i in issues)


def test_paragraphs_after_a_short_line_are_rejoined_elsewhere():
    # OCR left a gap between every line: three paragraphs for two numbers, which the widths rejoined at the short
    # line (its next line's long first run overrunning it) and where the long line ran less than three times as far
    # as the short one (lists._rejoined_by_fullness), left as three pieces (missing_row)
    # (the long line short of the margin, so only its tail's first run said the page wrapped it too)
    short = "งบประมาณในการจัดกิจกรรมมีจำกัด"
    second = ("กำหนดปฏิทินการดำเนินกิจกรรมของแต่ละไตรมาสให้ชัดเจน", "เพื่อให้การดำเนินงานแล้วเสร็จตามระยะเวลา")
    got, issues = _outputs([short, "", second[0], "", second[1]])
    assert got == [short, " ".join(second)]
    assert not any(i["code"] == "missing_row" for i in issues)


def test_a_line_going_on_after_a_short_line_is_not_cut_from_it():
    got, issues = _outputs([SHORT, "และ" + LONG[0], LONG[1]])
    assert got[0].startswith(SHORT + " และ")


def test_a_long_run_after_a_line_reaching_further_cuts_nothing():
    # the first line reaching two-thirds of the page and more: the page may have wrapped it before the long run
    first = "จัดทำแผนงานล่วงหน้าและกำกับติดตามการดำเนินงานของโรงเรียน ทุกแห่ง"
    got, issues = _outputs([first, *LONG])
    assert len(got) == 1 and any(i["code"] == "missing_row" for i in issues)
