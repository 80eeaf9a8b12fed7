"""BMA progress entries as a table run on in a paragraph whose descriptions
run into one another with nothing to part them: none is given to a report,
and neither are the expense lines among them, so their rows are lost.  The
table (`expenses`) is said wherever that text holds an expense line's shape
(an item word, the sign or words its amount is joined by, a figure after
them), however OCR damaged its figures: "คนๆ ละ 83๕ เป็นเงิน 81,๓๕๕" has no
"=" and no "บาท" (fresh set s30o, bma_progress_s30o004, its disbursement row
unparted), "ค่าตอบแทนวิทยากร = Bod,@oo" has no digit left, so the reader
reads no line and the text stood for both reports as description alone
(s29o, bma_progress_s29o010).  Before, both rows were lost silently."""

from parsers.bma_progress.clauses import expense_shaped
from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_HEAD = ("ครั้งที่ 5 ครั้งที่ ๖ วันที่รายงาน ๑๘ ส.ค. 68 23/9/68",
         "รายละเอียดการดำเนินงาน ดำเนินการจัดสัมมนา และเบิกจ่ายตาม",
         "งบประมาณ สรุปผลการดำเนินงานและรายงานผลโครงการต่อผู้บริหาร")
_TAIL = ("ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน",
         "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย")


def _doubts(*body: str) -> dict[str, tuple[int | None, int | None]]:
    result = parse_entries(_lines(*_HEAD, *body, *_TAIL))
    assert not any(e.expenses for e in result.entries.values())  # the line is given to no report
    return {i.field: (i.line_start, i.line_end) for i in result.issues if i.code == "entry_cell_in_doubt"}


def test_an_expense_line_joined_by_words_in_descriptions_given_to_none_is_said_on_its_table():
    doubts = _doubts("ค่าอาหารว่างและเครื่องดื่ม จำนวน ๕๑ คนๆ ละ 83๕ เป็นเงิน 81,๓๕๕",
                     "ความก้าวหน้าของงานฯ ๘๐.๐% 100.0% งบประมาณที่เบิกใช้ BO 8๑,๓8๕๕")
    assert "progress_reports.description" in doubts
    # the line stands after every description, so it is said at its own line (transposed._lines_after_text)
    assert doubts.get("expenses") == (4, 4)


def test_an_expense_line_whose_amount_ocr_left_no_digit_in_text_given_to_none_is_said_on_its_table():
    doubts = _doubts("ค่าตอบแทนวิทยากร = Bod,@oo",
                     "ความก้าวหน้าของงานฯ ๘๐.๐% 100.0% งบประมาณที่เบิกใช้ BO 8๑,๓8๕๕")
    assert "progress_reports.description" in doubts and "expenses" in doubts


def test_descriptions_given_to_none_without_an_expense_line_say_only_the_description():
    doubts = _doubts("ความก้าวหน้าของงานฯ ๘๐.๐% 100.0% งบประมาณที่เบิกใช้ BO 8๑,๓8๕๕")
    assert "progress_reports.description" in doubts and "expenses" not in doubts


def test_the_expense_shape_wants_an_item_word_a_joining_sign_or_word_and_a_figure_after_it():
    assert expense_shaped("สรุปผล ค่าตอบแทนวิทยากร = Bod,@oo") == "ค่าตอบแทนวิทยากร = Bod,@oo"
    assert expense_shaped("ค่าอาหาร จำนวน ๕๑ คนๆ ละ 83๕ เป็นเงิน 81,๓๕๕") == "ค่าอาหาร จำนวน ๕๑ คนๆ ละ 83๕"
    assert expense_shaped("ค่าเกียรติบัตร 105 ใบ x 35 บาท = 3675 บาท") == "ค่าเกียรติบัตร 105 ใบ x 35 บาท = 3675"
    # no figure after the sign, a bare "ละ" (of "และ"), a joining word with Thai letters after it, no item word
    for text in ("เบิกจ่ายค่าอาหาร = ", "ค่าใช้จ่ายและอื่นๆ ตามแผน", "ค่าเป้าหมาย เป็นเงินทุน", "ความก้าวหน้า = 50"):
        assert expense_shaped(text) is None, text
