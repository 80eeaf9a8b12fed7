"""An entries table (entries as columns) whose description row wraps over lines of fewer cells than entries, OCR
having kept no indent (the first cell of such a line stands at the margin) so that only the gaps between a line's
cells tell where they stand.  Where the gaps allow several ways, the one way whose entries all held a piece on the
line just above is taken: a cell's text runs on unbroken from its row's top, so an entry whose cell ended above holds
no piece below it (fresh sets s68z, s71o, s74b, s76a: "โครงการ | เรื่อง แนวทางใน" under reports 3 and 4 after report
2's cell ended, given to reports 1 and 2).  The line stays said (entry_cell_in_doubt)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.lines import celled_lines

_COLS4 = (0, 15, 30, 45, 60)
_HEAD = (("รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2\tรายงานครั้งที่ 3\tรายงานครั้งที่ 4", _COLS4),
         ("วันที่รายงาน\t3/11/2566\t3/12/2566\t22/1/2567\t21/2/2567", _COLS4),
         ("รายละเอียดการ\tประชุมผู้บริหาร\tจัดทำโครงการ\tอยู่ระหว่างการ\tอยู่ระหว่างการ", _COLS4),
         ("ดำเนินงาน\tสถานศึกษา\tเพื่อขออนุมัติ\tเตรียมจัดทำ\tเตรียม", _COLS4),
         ("เพื่อกำหนดวัน\tคำสั่งเจ้าหน้าที่\tการสัมมนา", (0, 30, 45)),
         ("จัดสัมมนา\tและผู้ร่วม\tเชิงปฏิบัติการ", (0, 30, 45)))
_TAIL = (("ความก้าวหน้า\t13\t35\t35\t55", _COLS4), ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท\t0 บาท", _COLS4),
         ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", _COLS4),
         ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", _COLS4))


def _text(entry) -> str:
    return "".join((entry.description or "").split())


def test_cells_go_on_with_the_entries_still_running_above():
    rows = (*_HEAD, ("โครงการ\tเรื่อง แนวทางใน", (0, 15)), ("การพัฒนา", ()), *_TAIL)
    result = parse_entries(celled_lines(*rows, start=100))
    entries = result.entries
    assert _text(entries[1]) == "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา"
    assert _text(entries[2]) == "จัดทำโครงการเพื่อขออนุมัติ"
    assert _text(entries[3]) == "อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่และผู้ร่วมโครงการ"
    assert _text(entries[4]) == "อยู่ระหว่างการเตรียมการสัมมนาเชิงปฏิบัติการเรื่องแนวทางในการพัฒนา"
    assert any(i.code == "entry_cell_in_doubt" and i.line_start == 106 for i in result.issues)

