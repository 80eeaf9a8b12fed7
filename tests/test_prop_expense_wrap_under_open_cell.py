"""BMA progress entries printed as the columns of a table (transposed), a
description's expense line wrapped so that its figures go on at the line's
start on a line of its own, no page column kept, the other entry's cell
already ended ("ค่าอาหารกลางวัน ๑๒๕ คน % ๑๐๐ บาท.- =<tab>ดำเนินโครงการ" /
"๑๒,๕๐๐ บาท.- ค่าตอบแทนวิทยากร ๓ ชั่วโมง x" / "๒๐๐ บาท.- = ๑,๕๐๐ บาท.-";
fresh set h s20h001, m s19m007, setb s19bpb003): the reading order gave the
line to the cell read last above it, the next entry's, so the first entry's
lines went to the next report (or were lost).  Now, where the line above
held one cell per entry and exactly one of them left an expense line's
figures open ("=", "x", "ละ", "เป็นเงิน" at its end), a line opening with a
figure goes on with that entry; a line above that held fewer cells than
entries (which entry each is, itself a guess) leaves the reading order."""

from parsers.bma_progress.transposed import untranspose
from tests.test_bma_progress_entries_ocr import _lines
from tests.conftest import entries_by_header


_TABLE = (
    "รายงานครั้งที่ ๓\tรายงานครั้งที่ ๕",
    "วันที่รายงาน\t๒๐๒๓-๑-๑๐\t๒๐๒๓-๒-๑๓",
    "รายละเอียดการ อยู่ระหว่างการเตรียมการอบรม\tจัดทำคำสั่ง",
    "ดำเนินงาน\tการผลิตสื่อการเรียนรู้ดิจิทัล\tคณะกรรมการ",
    "ค่าอาหารกลางวัน ๑๒๕ คน % ๑๐๐ บาท.- =\tดำเนินโครงการ",
    "๑๒,๕๐๐ บาท.- ค่าตอบแทนวิทยากร ๓ ชั่วโมง x",
    "๒๐๐ บาท.- = ๑,๘๐๐ บาท.-",
    "ความก้าวหน้าของงานฯ\t๒๒.๕๐ %\t๓๕.๐๐ %",
    "งบประมาณที่เบิกใช้\t๑๔,๓๐๐ บาท\t๐ บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_figures_wrapped_under_the_cell_that_left_them_open_go_on_with_it():
    got = entries_by_header(untranspose(_lines(*_TABLE, start=96)))
    first, second = got["รายงานครั้งที่ ๓"], got["รายงานครั้งที่ ๕"]
    assert "๑๒,๕๐๐ บาท.- ค่าตอบแทนวิทยากร ๓ ชั่วโมง x" in first
    assert "๒๐๐ บาท.- = ๑,๘๐๐ บาท.-" in first
    assert not any("ชั่วโมง" in t or "๑,๘๐๐" in t for t in second)


def test_a_line_above_with_fewer_cells_than_entries_leaves_the_reading_order():
    # three entries, the line above two cells: which entry the open one is was itself placed by position
    table = (
        "รายการ\tครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓",
        "วันที่รายงาน\t18/12/2566\t3/5/2567\t10/5/2567",
        "รายละเอียดการดำเนินงาน\tอยู่ระหว่างขั้นตอน\tจัดทำโครงการ\tติดต่อประสานงาน",
        "จัดทำเอกสาร =\tดูงาน (กิจกรรมที่",
        "6,500 บาท ค่าวัสดุ",
        "ความก้าวหน้าของงานฯ\t15.00 %\t40.50 %\t55.50 %",
        "งบประมาณที่เบิกใช้\t0 บาท\t22,700 บาท\t0 บาท",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    )
    got = entries_by_header(untranspose(_lines(*table, start=108)))
    # the reading order, as before: the cell read last above it ("ดูงาน (กิจกรรมที่", placed by position)
    holder = [k for k, v in got.items() if "6,500 บาท ค่าวัสดุ" in v]
    assert holder and "ดูงาน (กิจกรรมที่" in got[holder[0]]
