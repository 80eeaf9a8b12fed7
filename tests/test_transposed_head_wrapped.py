"""An entries table whose header row a wrap cut: "รายงานครั้ง" and
"รายงาน" run into one cell, their "ที่ 1" and "ครั้งที่ 2" on the line under
it with a speck ("n 1 | ครั้งที 2 | 3").  The cut cells are headers, their
numbers lost (the entries' sequence numbers them), and the line of their
tails is no row of the table.  Fresh set s74b, bma_progress_s74b008: the
header row was read as none, and all four entries were lost."""

from __future__ import annotations

HEAD = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาเครือข่ายโรงเรียน
รหัสโครงการ : 09000000-2444 ปีงบประมาณ พ.ศ. : 2562
"""

TABLE = """2 รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ

รายการ          รายงานครั้ง รายงาน      รายงานครั้งที่     รายงานครั้งที่ 4
n 1         ครั้งที 2     3
วันทีรายงาน     23/6/2562    95/7/2562 21/8/2562       13/9/2562

รายละเอียดการ ประชุม  จัดเตรียม อยู่ระหว่างการ ดําเนินการ

ดําเนินงาน           ผู้บริหาร           ข้อมูล/          เตรียม                จัดกิจกรรมครบ

สถานศึกษา จ้ดทํา        การสัมมนา      ทุกกิจกรรมตาม
เพื่อกําหนด โครงการ เชิงปฏิบัติการ แผน และเบิก
หัวข้อ                    เรื่อง แนว       จ่ายตาม
ดําเนินงาน                ทางใน          งบประมาณ
การพัฒนา       ค่าตอบแทน
คุณภาพ          วิทยากร จํานวน
เครือข่าย        3 ชั่วโมงๆ ละ
โรงเรียน           1.200.00 บาท
เป็นเงิน
3,600.00 บาท
ค่าอาหารว่างและ
เครื่องดื่ม จํานวน
39 คนๆ ละ
12.25 บาท
เป็นเงิน 477.75
5:                                   บาท
ความก้าวหน้า ว2.0 %        22.00 % 51.00 %         100.00 %
ของงานฯ
งบประมาณที่      0.00 บาท      0.00 บาท 0.00 บาท        4,077.75 บาท
เบิกใช้
ความสอดคล้อง เป็นไปตาม เป็นไปตาม เป็นไปตาม       เป็นไปตามแผน
กับแผน         แผน          แผน        แผน
ความสอดคล้อง เป็นไปตาม เป็นไปตาม เป็นไปตาม       เป็นไปตาม
กับเป้าหมาย      เป้าหมาย      เป้าหมาย เป้าหมาย        เป้าหมาย
"""


def _reports(table: str) -> list[tuple]:
    from pipeline.stages import process_document

    rows = process_document("x.txt", (HEAD + table).encode("utf-8"))
    return [(r["seq"], r["report_date"], r["progress_pct"], r["disbursed"]) for r in rows["progress_reports"]]


def test_a_header_row_a_wrap_cut_opens_the_table_and_its_tails_are_no_row():
    from datetime import date
    from decimal import Decimal

    got = _reports(TABLE)
    assert [s for s, *_ in got] == [1, 2, 3, 4]
    assert [d for _, d, _, _ in got] == [date(2019, 6, 23), None, date(2019, 8, 21), date(2019, 9, 13)]
    assert [p for *_, p, _ in got][1:] == [22.0, 51.0, 100.0]
    assert got[3][3] == Decimal("4077.75")


def test_a_line_of_header_tails_is_known_by_its_tokens_alone():
    from parsers.bma_progress.transposed import _head_tail
    from schemas.document import Line

    assert _head_tail(Line(1, "n 1\tครั้งที 2\t3")) and _head_tail(Line(1, "ที่ ๑\tครั้งที่ ๒"))
    # a row's label or value is words or figures of another kind: no header's tail
    assert not _head_tail(Line(1, "วันที่รายงาน\t23/6/2562")) and not _head_tail(Line(1, "ครั้งที่"))
    assert not _head_tail(Line(1, "22.00 %\t51.00 %")) and not _head_tail(Line(1, "5\t22\t51"))
