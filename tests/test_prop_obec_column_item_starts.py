"""An OBEC list whose item numbers stand in a column of their own ("๑)" / "๒)"),
its texts printed one right under the other with no gap, where the page's
widths cannot tell where one item ends: every line may be the page's wrap
of the line before (a long Thai run with no space, "ผู้บริหารสถานศึกษาและ
คณะกรรมการดำเนินงาน", overruns any line), and the report prints neither item
whole elsewhere ("นักเรียนในสังกัด จำนวน ๗ คน ได้เข้าร่วมกิจกรรมตามโครงการ" /
"ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๗ คน" / "เข้าร่วมการประชุม
เชิงปฏิบัติการ"; fresh sets x s25x002, ob2/set1 s19oba004, w s19w002,
k s21k003, ob3/set2 s19obb008, ...): the numbers did not pair, the items
ran into one and the second was lost (missing_row).  Now a line that opens
as an item of the report's lists opens where nothing leaves it in doubt
(after its number printed in front of it, or as a list's first text; never
seen going on inside an item: lists.item_starts) cuts there, where the
lines the page did not wrap and such lines make exactly the cuts the
numbers need (lists._cut_at_starts); the list is said in doubt
(items_cut_in_doubt).  A line that opens no item elsewhere, an opening also
seen inside an item, or more such lines than the numbers need, cut
nothing."""

from __future__ import annotations

from pathlib import Path

from parsers.obec_progress.lists import item_starts, items_of, paired_in_doubt, unpaired_numbers
from parsers.wraps import PageWraps
from pipeline.stages import process_document
from schemas.document import Line

CORPUS = Path(__file__).resolve().parent / "corpus"

# items none of the report prints whole, each opening as items of its other lists open
SCHOOLS = "โรงเรียนในสังกัด จำนวน 20 โรงเรียน ได้รับการนิเทศติดตามการจัดการเรียนรู้"
BOARD = ("ผู้บริหารสถานศึกษาและคณะกรรมการสถานศึกษา จำนวน 20 คน", "เข้าร่วมการประชุมชี้แจงแนวทางการดำเนินงาน")


def _outputs(texts: list[str]) -> tuple[list[str], list[dict]]:
    # extra4's obec_progress_t008 (clean): quarter 2's outputs of its first project, "1." / "2." in a column and
    # their texts at lines 144-146, put in place of its own
    lines = (CORPUS / "extra4" / "clean" / "obec_progress_t008.txt").read_text(encoding="utf-8").split("\n")
    assert lines[140:142] == ["1.", "2."] and lines[145] == "เข้าร่วมการประชุมเชิงปฏิบัติการ"
    lines[143:146] = texts
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    got = [r["text"] for r in rows["targets"] if r["kind"] == "output" and 141 <= r["line_start"] <= 146]
    issues = [i for i in rows["issues"] if i["field"] == "targets" and i["line_start"] <= 146 <= i["line_end"] + 2]
    return got, issues


def test_the_lines_that_open_as_the_reports_items_open_cut_the_texts():
    got, issues = _outputs([SCHOOLS, *BOARD])
    assert got == [SCHOOLS, " ".join(BOARD)]  # before: one item of all three lines, the second lost
    assert any(i["code"] == "items_cut_in_doubt" for i in issues)
    assert not any(i["code"] == "missing_row" for i in issues)


def test_a_line_that_opens_no_item_elsewhere_cuts_nothing():
    board = ("ผู้ทรงคุณวุฒิภายนอกและคณะกรรมการสถานศึกษา จำนวน 20 คน", BOARD[1])  # opens no list of the report
    got, issues = _outputs([SCHOOLS, *board])
    assert len(got) == 1 and any(i["code"] == "missing_row" for i in issues)


# the same, line by line: the page may have wrapped every line after the first (7, 8), by its first word only
NUMBERS = [Line(1, "๑)"), Line(2, "๒)")]
TEXTS = [Line(6, "นักเรียนในสังกัด จำนวน ๗ คน ได้เข้าร่วมกิจกรรมตามโครงการ"),
         Line(7, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๗ คน"), Line(8, "เข้าร่วมการประชุมเชิงปฏิบัติการ")]
WRAPS = PageWraps(wrapped=frozenset({7, 8}), past=frozenset(), in_columns=frozenset({7, 8}))
# the report's other lists: one printing each item number in front of its text, one with its numbers apart
OTHERS = [[Line(20, "๑) ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๖๘ คน"), Line(21, "เข้าร่วมการประชุมเชิงปฏิบัติการ"),
           Line(22, "๒) ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่ถูกต้อง")],
          [Line(30, "๑."), Line(31, "๒."), Line(33, "นักเรียนในสังกัด จำนวน ๙ คน ได้เข้าร่วมกิจกรรมตามโครงการ"),
           Line(34, "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด")]]


def test_item_starts_are_openings_after_a_number_or_a_lists_first_text():
    starts = item_starts(OTHERS)
    assert "ผบรหารสถานศก" in starts and "ครททาหนาททเก" in starts and "นกเรยนในสงกด" in starts
    assert "เขารวมการประ" not in starts  # a line going on inside item 1
    assert "โรงเรยนในสงก" not in starts  # a column's second text: where it opens is what is in doubt


def test_the_column_is_cut_at_the_line_that_opens_an_item():
    starts = item_starts(OTHERS)
    items = items_of(NUMBERS + TEXTS, WRAPS, starts=starts)
    assert [(a, b) for _, a, b in items] == [(6, 6), (7, 8)]
    assert unpaired_numbers(NUMBERS + TEXTS, WRAPS, starts=starts) is None
    assert "opens as an item of the report opens elsewhere" in paired_in_doubt(NUMBERS + TEXTS, WRAPS, starts=starts)
    assert len(items_of(NUMBERS + TEXTS, WRAPS)) == 1  # without the openings: one item, said unpaired
    assert unpaired_numbers(NUMBERS + TEXTS, WRAPS) == ["๑", "๒"]


def test_an_opening_seen_going_on_inside_an_item_is_no_start():
    others = OTHERS + [[Line(40, "๑. สพป.แพร่ เขต ๑ ดำเนินการประชุมชี้แจง"),
                        Line(41, "เข้าร่วมการประชุมเชิงปฏิบัติการ จำนวน ๒ ครั้ง"),
                        Line(42, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๖๘ คน")]]
    starts = item_starts(others)  # (line 42 goes on under item 1 there: its opening is in doubt)
    assert "ผบรหารสถานศก" not in starts
    assert len(items_of(NUMBERS + TEXTS, WRAPS, starts=starts)) == 1


def test_more_openings_than_cuts_cut_nothing():
    texts = TEXTS[:2] + [Line(8, "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้")]  # two lines open items: one cut wanted
    assert len(items_of(NUMBERS + texts, WRAPS, starts=item_starts(OTHERS))) == 1
