"""BMA progress expense lines whose "= amount" a narrow column wrapped to the
next line, under the item ("ค่าอาหารฯ" / "= ๗,๕๐๐" / "บาท.-"; fresh sets w
s19w005, pr2/set2 s19prb001): a line opening with "=" opens a piece of its own
(the clauses' cells), so the item stayed description text, the amount went
nowhere and the report's lines were lost.  Now the line goes on with the piece
where the text before the break ends in an item's words ("ค่า..." with no
figure nor separator after it).  And a report some of whose amounts cannot be
read, its lines read past its disbursement already, is said to disagree."""

from decimal import Decimal

from parsers.bma_progress.clauses import events_of, pieces
from parsers.bma_progress.rows import check_figures
from schemas.document import Line, Reading
from tests.lines import numbered_lines as _lines


def _expenses(lines: list[Line]) -> list[tuple[str, str]]:
    return [(e.value.item, e.value.amount) for p in pieces(lines) for e in events_of(p) if e.kind == "expense"]


# a report's column as a narrow table printed it (w s19w005, report 4): the items' words wrapped, even inside a
# word ("ค่าตอบแท" / "นวิทยากร"), each "= amount" on the line under its item
_NARROW = ("รายงานครั้งที่ 4", ":: 05/04/2563 :", "เวียนแจ้ง", "ประชาสัมพันธ์", "กิจกรรม",
           "ค่าอาหารฯ", "= @ฒ,๕๐๐", "บาท.-", "ค่าตอบแท", "นวิทยากร", "= 17,800", "บาท.- ค่า", "เกียรติบัตร",
           "= 8,0๐๐", "บาท.-", "ความก้าวหน้าของงานฯ = 5.0 %")


def test_an_amount_wrapped_under_its_item_goes_with_it():
    assert _expenses(_lines(*_NARROW)) == [("ค่าอาหารฯ", "@ฒ,๕๐๐"), ("ค่าตอบแท นวิทยากร", "17,800"),
                                            ("ค่าเกียรติบัตร", "8,0๐๐")]  # ("ค่า" binds its word: a leading vowel too)


def test_the_item_on_one_line_and_its_amount_on_the_next():
    lines = _lines("รายงานครั้งที่ 2 :: 9 พฤศจิกายน 2563 : จัดทำโครงการ", "ค่าเกียรติบัตร =", "19,500 บาท.-",
                   "ค่าเช่ารถโดยสาร", "= 4,600 บาท.-", "ค่าวัสดุอุปกรณ์", "= 2,900 บาท.-")
    assert _expenses(lines) == [("ค่าเกียรติบัตร", "19,500"), ("ค่าเช่ารถโดยสาร", "4,600"),
                                ("ค่าวัสดุอุปกรณ์", "2,900")]


def test_an_amount_under_no_item_stays_apart():
    # "= amount" after a description that ends in no item's words (a budget clause's cell, "คำสั่ง..." of the
    # description, an item already closed by its figures) is no line of an item before it
    for before in ("เพื่อขออนุมัติ", "ดังนี้ 1. คำสั่งเจ้าหน้าที่ (กลุ่มเป้าหมายเดียวกัน)", "ค่าวัสดุ = 5,000 บาท"):
        lines = _lines("รายงานครั้งที่ 2 :: 9 พฤศจิกายน 2563 : จัดทำโครงการ", before, "= B7,900")
        assert [e.value.item for p in pieces(lines) for e in events_of(p) if e.kind == "expense"] \
            in ([], ["ค่าวัสดุ"])


def _reading(value):
    return Reading(value, str(value), 10, 12)


def test_lines_read_past_the_disbursement_with_one_unreadable_are_said():
    reports = {2: {"disbursed": _reading(Decimal("0.00"))}}
    issues = check_figures(reports, {2: [Decimal("2600.00"), None]}, {})
    assert {(i.code, i.field) for i in issues if i.code == "expense_sum_mismatch"} == {("expense_sum_mismatch", "expenses.amount"),
                                                   ("expense_sum_mismatch", "progress_reports.disbursed")}
    # below the disbursement, the unreadable one may make up the rest: nothing said
    reports = {2: {"disbursed": _reading(Decimal("5000.00"))}}
    assert not [i for i in check_figures(reports, {2: [Decimal("2600.00"), None]}, {})
                if i.code == "expense_sum_mismatch"]
