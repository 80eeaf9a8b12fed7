"""BMA progress entries as a table run on in a paragraph where one expense
line between two others is one the reader cannot read, its units garbled
by OCR ("ค่าจัดทำเอกสาร จำนวน ๑๒๕ LAN} ละ ๑๕๐.๐๐ UW เป็นเงิน ๑๕,๓๕๐.๐๐ UM":
fresh set bpexp24a, bma_progress_bpexp24a010): it stood between the lines
read as text, so they made two groups, and one report that spent could own
only one: every line went to no report.  Now text between two lines that
is itself an expense line left unread (an item's word opens it, it holds a
figure, no run of words between its figures longer than an item's) parts
them no more than a speck does; the lines go to their report with it, where
it is left unread and said as before.  Words of a description between two
lines still part them."""

from parsers.bma_progress.transposed import run_expense_owners

_FIRST = "ค่าเช่ารถโดยสาร จำนวน ๕ คันๆ ละ ๒,๐๐๐.๐๐ บาท เป็นเงิน ๒๕,๐๐๐.๐๐ บาท"
_UNREAD = "ค่าจัดทำเอกสาร จำนวน ๑๒๕ LAN} ละ\n๑๕๐.๐๐ UW เป็นเงิน ๑๕,๓๕๐.๐๐ UM"
_LAST = "ค่าอาหาร จำนวน ๑๕๕ คนๆ ละ ๕๓.๕๐ บาท เป็นเงิน ๓,๐๓๐.๐๐ บาท"
_BEFORE = "ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน ประชุมผู้บริหารสถานศึกษา และเบิกจ่ายตามงบประมาณ"


def test_an_unread_line_between_two_lines_does_not_part_them():
    cell = f"{_BEFORE} {_FIRST} {_UNREAD} {_LAST}"
    placed = run_expense_owners(cell, ["0.00", "๕ฒ,๓๕๐.๐๐"], 2)
    assert placed is not None
    groups, owners, _ = placed
    assert owners == [1] and len(groups) == 1
    assert _UNREAD in cell[groups[0][0]: groups[0][1]]


def test_words_of_a_description_between_two_lines_still_part_them():
    words = "ค่าใช้จ่ายในการดำเนินงานเบิกจ่ายแล้วตามระเบียบของทางราชการทุกรายการ ๒ รายการ"
    assert run_expense_owners(f"{_BEFORE} {_FIRST} {words} {_LAST}", ["0.00", "๕ฒ,๓๕๐.๐๐"], 2) is None
    assert run_expense_owners(f"{_BEFORE} {_FIRST} ดำเนินการประชุม {_LAST}", ["0.00", "๕ฒ,๓๕๐.๐๐"], 2) is None
