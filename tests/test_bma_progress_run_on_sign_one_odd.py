"""BMA progress entries as a table run on in a paragraph, its amounts printed with a ฿ before each and no "บาท",
the row's signs read as signs ("Bo") or as an 8, but one amount opening with another digit: its sign lost, or a ฿
OCR read as a Thai ๘ and so wrote as ๕ (fresh sets s73o, bma_progress_s73o004: "Bo BO ๕๒1,๒๐0 Bo" for ฿0 ฿0
฿21,600 ฿0; s70o, bma_progress_s70o010: "๒๓,๕๐๐ Bo" for ฿23,800 ฿0).  That one amount refused the whole row:
no report was given its disbursement.  Now the row parts into its amounts by their shape, one a report, and each
amount opening with the sign is read as _run_signed_amounts reads it; the odd one is not read, said
(transposed._run_partly_signed)."""

from parsers.bma_progress.transposed import _run_partly_signed, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_TABLE = (
    "รายงานครั้งที่ 1 รายงานครั้งที่ 2 รายงานครั้งที่ 3 รายงานครั้งที่ 4",
    "วันที่รายงาน 3/5/2562 8/6/2562 2/7/2562 9/8/2562",
    "รายละเอียดการดำเนินงาน จัดทำโครงการเพื่อขออนุมัติ อยู่ระหว่างการเตรียมการประชุม",
    "ติดต่อประสานงานสถานที่ ดำเนินการประชุมตามแผน",
    "ความก้าวหน้าของงานฯ 5 40 75 100 งบประมาณที่เบิกใช้ Bo BO ๕๒1,๒๐0 Bo",
    "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_row_with_one_amount_opening_otherwise_gives_the_others_their_reports():
    out, issues = untranspose_with_doubts([Line(no, t) for no, t in enumerate(_TABLE, start=60)])
    got = entries_by_header(out)
    for head in ("รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 4"):
        assert any("งบประมาณที่เบิกใช้ = " in t for t in got[head]), head
    assert not any("งบประมาณที่เบิกใช้" in t for t in got["รายงานครั้งที่ 3"])
    assert any(i.code == "entry_cell_in_doubt" and "๕๒1,๒๐0" in i.message for i in issues)
    assert not any("does not part" in i.message for i in issues)


def test_the_rows_parts():
    src = "งบประมาณที่เบิกใช้ ๒๓,๕๐๐ Bo ค่าวัสดุ = B1,200"
    assert _run_partly_signed("๒๓,๕๐๐ Bo", 2, src) == [("๒๓,๕๐๐", None), ("Bo", "Bo")]
    assert _run_partly_signed("8๐ ๒๓,๕๐๐ Bo", 3, src) == [("8๐", "๐"), ("๒๓,๕๐๐", None), ("Bo", "Bo")]


def test_refused_where_no_sign_shows_or_more_than_one_opens_otherwise():
    src = "งบประมาณที่เบิกใช้ ๒๓,๕๐๐ Bo ค่าวัสดุ = B1,200"
    assert _run_partly_signed("๒๓,๕๐๐ 8๐", 2, src) is None  # no amount shows the sign read as a sign
    assert _run_partly_signed("๒๓,๕๐๐ ๑๐ Bo", 3, src) is None  # two open otherwise
    assert _run_partly_signed("๒๓,๕๐๐ Bo", 3, src) is None  # not one amount a report
    assert _run_partly_signed("๒๓,๕๐๐ Bo", 2, "งบประมาณที่เบิกใช้ ๒๓,๕๐๐ Bo") is None  # one sign seen in the section
    assert _run_partly_signed("ค่า Bo", 2, src) is None  # a word, no amount
