"""BMA progress entries as a table run on in a paragraph, its amounts printed
with a ฿ before each and no "บาท", every sign OCR read as an 8 and none as a
sign (fresh set s61z, bma_progress_s61z010: "งบประมาณที่เบิกใช้ 8๐" /
"8๕๓,ฒ๐๐ 821,300 838,800" for ฿0 ฿43,700 ฿21,300 ฿38,800, the expense lines
"= 818,400"): the disbursement row was read only where the section showed
the sign read as a sign, so the row gave no report its disbursement, and the
expense lines went to no report.  Now a row of four amounts or more that
all open with the same 8 or 3 (baht_sign.every_amount_signed) is read with
the sign dropped, an amount
whose digits OCR wrote partly as Thai letters ("8๕๓,ฒ๐๐") among them, that
one said and left to the amount's readers."""

from parsers.bma_progress.transposed import _run_signed_amounts, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_TABLE = (
    "รายงานครั้งที่ 1 รายงานครั้งที่ 2 รายงานครั้งที่ 3 รายงานครั้งที่ 4",
    "วันที่รายงาน 3/5/2562 8/6/2562 2/7/2562 9/8/2562",
    "รายละเอียดการดำเนินงาน จัดทำโครงการเพื่อขออนุมัติ",
    "อยู่ระหว่างการเตรียมการประชุม ค่าวิทยากร = 812,600",
    "ค่าอาหาร = 81๑,๒00 ติดต่อประสานงานสถานที่ ค่าวัสดุ = 815,900",
    "ดำเนินการประชุมตามแผน ค่าเช่ารถโดยสาร = 820,500",
    "ความก้าวหน้าของงานฯ 5 40 75 100 งบประมาณที่เบิกใช้ 8๐",
    "8๒๓,ฒ๐๐ 815,900 820,500 ความสอดคล้องกับแผน เป็นไปตามแผน",
    "เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_row_whose_every_amount_opens_with_an_eight_is_read_without_it():
    out, issues = untranspose_with_doubts([Line(no, t) for no, t in enumerate(_TABLE, start=60)])
    got = entries_by_header(out)
    assert any("งบประมาณที่เบิกใช้ = 15,900 บาท" in t for t in got["รายงานครั้งที่ 3"])
    assert any("งบประมาณที่เบิกใช้ = 20,500 บาท" in t for t in got["รายงานครั้งที่ 4"])
    assert any("ค่าเช่ารถโดยสาร" in t for t in got["รายงานครั้งที่ 4"])
    assert any("ค่าวัสดุ" in t for t in got["รายงานครั้งที่ 3"])
    # the amount whose digits OCR wrote partly as letters: its sign dropped, said, its digits left as printed
    assert any("งบประมาณที่เบิกใช้ = ๒๓,ฒ๐๐ บาท" in t for t in got["รายงานครั้งที่ 2"])
    assert any(i.code == "entry_cell_in_doubt" and "8๒๓,ฒ๐๐" in i.message for i in issues)
    assert sum(i.code in ("value_repaired", "repair_ambiguous") and "baht_sign" in i.evidence for i in issues) == 3


def test_refused_where_an_amount_opens_otherwise_or_too_few_amounts_show_it():
    # one amount opening with another digit: the others' 8 may be a digit
    assert _run_signed_amounts("8๐ 8๒๓,ฒ๐๐ 15,900 820,500", 4, "") is None
    # two amounts alone: too few to tell a sign from chance, whatever the expense lines print
    # (tests/test_bma_progress_transposed.py: refused where the document shows no sign read as a sign)
    assert _run_signed_amounts("8๐ 815,900", 2, "ค่าวัสดุ = 815,900 ค่าอาหาร = 81,200") is None
    # a digit OCR wrote as a letter: the amount counts where a digit follows the sign, not a letter
    assert _run_signed_amounts("8๑ฒ 815,900 81,200 8๐", 4, "") is not None
    assert _run_signed_amounts("8ฒฒ 815,900 81,200 8๐", 4, "") is None
