"""BMA proposal classes after OCR from fresh sets s117p and s117q, each silent before:
a risk table read down the page a column at a time, its rows' texts one run above a lone figure row and no
mitigation read (two risks' texts read as one, the second row lost: bma_proposal_s117p001), now said at the
table (risks: unread_cells, field findings); a KPI's target value whose figure opens with a zero before more
digits ("ร้อยละ 095" for ร้อยละ 95, bma_proposal_s117q005), no figure a form prints, now said
(kpis._ZERO_LED_RE); and a lettered list's last letter read as a Latin letter alone, its dot lost
("a เพื่อพัฒนาผู้เรียน..." for ง., bma_proposal_s117q003), which ran into the item above, now in its place
(read._DOTLESS_LATIN_RE).  And that table's mitigation column read past the benefits' heading, its cells after
blank lines inside a benefit printed across the page ("... ด้วยตนเองได้" / "สำรวจราคาวัสดุ" / "ก่อนจัดทำแผนการ"),
now says the benefit's text in doubt (read._column_lines; bma_proposal_s117p001)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, put_kpis
from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import CopyReading, Line
from tests.test_bma_proposal import _with_risks, run

_DOWN_THE_PAGE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง โอกาส ผลกระทบ ระดับของ แนวทางการบริหาร
ทีจะ ความเสี่ยง ความเสี่ยง

ราคาวัสดุสูงกว่าที่
ประมาณการไว้

ทําให้จัดซื้อวัสดุได้
ไม่ครบตามรายการ

สภาพอากาศหรือ
สถานการณ์

โรคระบาดทําให้ไม่
สามารถจัดกิจกรรม
ในรูปแบบปกติได้

๔ ๒ ปานกลาง
"""

_ACROSS = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง โอกาส ผลกระทบ ระดับของ แนวทางการบริหาร
ทีจะ ความเสี่ยง ความเสี่ยง
ราคาวัสดุสูงกว่าที่ ๔ ๒ ปานกลาง สำรวจราคาวัสดุ
ประมาณการไว้ ก่อนจัดทำแผน
"""


def test_a_risk_table_read_down_the_page_says_its_rows_are_in_doubt():
    rows = run(_with_risks(_DOWN_THE_PAGE))
    said = [i for i in rows["issues"] if i["field"] == "findings" and "read down the page a column" in i["message"]]
    assert len(said) == 1 and said[0]["code"] == "unread_cells", rows["issues"]
    # read across, the scores beside the text and a mitigation read: nothing said
    rows = run(_with_risks(_ACROSS))
    assert not [i for i in rows["issues"] if "read down the page a column" in i["message"]], rows["issues"]


def _said(value: str) -> list[str]:
    out = CopyReading(0, 1, 10)
    put_kpis([Kpi(["โรงเรียนมีการรายงานผล"], [value], "ผลผลิต", ["วิธีการคำนวณ x"], ["ภายในปีงบประมาณ"], [3, 4])],
             out)
    assert out.tables["kpis"][1]["value"].value == value  # kept as read
    return [i.field for i in out.issues if i.code == "unparsed_value"]


def test_a_target_value_opening_with_a_zero_before_more_digits_is_said():
    assert _said("ร้อยละ 095") == ["targets.target_value"]
    assert _said("ร้อยละ ๐๙๕") == ["targets.target_value"]
    for fine in ("ร้อยละ 95", "ร้อยละ 0.5", "ร้อยละ 100", "จำนวน 10 โรงเรียน"):
        assert _said(fine) == [], fine


def _objective(text: str) -> bool:
    return text.startswith("เพื่อ")


def test_a_last_letter_read_as_a_latin_letter_alone_takes_its_place():
    lines = [Line(1, "a. เพื่อสร้างเครือข่ายความร่วมมือ"), Line(2, "ระหว่างโรงเรียน ผู้ปกครอง และชุมชน"),
             Line(3, "ข, เพื่อส่งเสริมและสนับสนุนให้โรงเรียน"), Line(4, "ค. เพื่อให้ครูผู้สอนมีความรู้"),
             Line(5, "a เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้"), Line(6, "ด้วยตนเองได้")]
    read = lettered_as_bullets(lines, _objective)
    assert [ln.no for ln in read if ln.bullet] == [1, 3, 4, 5]
    assert next(ln.text for ln in read if ln.no == 5) == "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้"
    # a wrapped line opening with a Latin letter alone before words no item opens with stays the wrap
    lines[4] = Line(5, "a ผู้เรียนสามารถสร้างความรู้")
    assert [ln.no for ln in lettered_as_bullets(lines, _objective) if ln.bullet] == [1, 3, 4]


_BENEFITS = """9. ประโยชน์ที่คาดว่าจะได้รับ
๙.1 ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษาของโรงเรียนในสังกัดทุกแห่ง
๙.2 นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ผ่านการใช้เทคโนโลยีสารสนเทศ
ด้วยตนเองได้
{past}
"""


def _benefits_said(table: str, past: str) -> list[dict]:
    proposal = _with_risks(table)
    start, end = proposal.index("9. ประโยชน์"), proposal.index("10. การติดตาม")
    rows = run(proposal[:start] + _BENEFITS.format(past=past) + proposal[end:])
    return [i for i in rows["issues"] if i["field"] == "findings.text" and "no wider than a column" in i["message"]]


def test_a_mitigation_column_read_into_a_benefit_after_blank_lines_says_its_text_in_doubt():
    past = "\nสำรวจราคาวัสดุ\n\nก่อนจัดทำแผนการ\nใช้จ่าย และปรับ\n\nรายการให้\n"
    (issue,) = _benefits_said(_DOWN_THE_PAGE, past)
    assert issue["code"] == "unread_cells" and "expected benefit 2" in issue["message"]
    # the benefit's own wrap alone, or a table whose mitigations were read: nothing
    assert _benefits_said(_DOWN_THE_PAGE, "") == []
    assert _benefits_said(_ACROSS, past) == []
