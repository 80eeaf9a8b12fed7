"""BMA proposals after OCR whose risk table (wrapped cells) was read in blocks: the risks' column, the
likelihood's figure beside each risk's first line ("การจัดกิจกรรม @"), before the next section's heading
("๙. ประโยชน์ที่คาดว่าจะได้รับ"), and the table's other columns after it: their titles ("ผลกระทบ ระดับของ /
ความเสี่ยง", "แนวทางการบริหาร / ความเสี่ยง"), an impact and a level a line ("๑ น้อย"), the mitigations' text.
Before, the lines past the heading were the benefits' (the impacts read as benefit numbers) and the table
found no row.  A section's own text never opens with the table's column titles: those lines are the table's
(risks.table_past_heading), and its rows are counted by the figures beside the risks' first lines, each
other column paired in order where it holds as many cells (risks.by_figures), said where it does not."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, _risks, _with_risk_section, run

_BEFORE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

โอกาส
ที่จะ
เกิด

การจัดกิจกรรม ๔

ล่าช้ากว่าแผน

เนื่องจากขั้นตอน

ความเสี่ยง

สภาพอากาศหรือ ๒
สถานการณ์

โรคระบาดทําให้

ราคาวัสดุสูงกว่าที่ 2
ประมาณการไว้

9. ประโยชน์ที่คาดว่าจะได้รับ

Qe

ผลกระทบ ระดับของ
ความเสี่ยง
{impacts}

แนวทางการบริหาร
ความเสี่ยง

เตรียมเอกสาร
ปรับรูปแบบการ
สํารวจราคาวัสดุ

"""
_IMPACTS = "๑ น้อย\n1 น้อยมาก\n๒ น้อย"


def _text(impacts: str = _IMPACTS) -> str:
    return _with_risk_section(_BEFORE.format(impacts=impacts))


def _benefits(rows: dict) -> list[str]:
    return [f["text"] for f in rows["findings"] if f["kind"] == "benefit"]


def test_columns_read_past_the_next_heading_are_the_tables():
    rows = run(_text())
    assert _risks(rows) == [
        ("การจัดกิจกรรม ล่าช้ากว่าแผน เนื่องจากขั้นตอน", "4", "1", "น้อย", "เตรียมเอกสาร"),
        ("สภาพอากาศหรือ สถานการณ์ โรคระบาดทำให้", "2", "1", "น้อยมาก", "ปรับรูปแบบการ"),
        ("ราคาวัสดุสูงกว่าที่ ประมาณการไว้", "2", "2", "น้อย", "สำรวจราคาวัสดุ")]
    benefits = _benefits(rows)
    assert len(benefits) == 3 and benefits[0].startswith("นักเรียนสามารถ")


def test_a_score_column_short_of_a_cell_is_left_unread_and_said():
    rows = run(_text("๑ น้อย\n๒ น้อย"))
    risks = _risks(rows)
    assert [r[1] for r in risks] == ["4", "2", "2"]  # the figures beside the risks' first lines
    assert all(r[2] is None and r[3] is None for r in risks)  # which row lost its impact and level: not known
    said = {i["field"] for i in rows["issues"] if i["code"] == "unread_cells"}
    assert {"findings.impact", "findings.level"} <= said


def test_a_section_that_opens_with_its_own_text_keeps_it():
    from parsers.bma_proposal.risks import table_past_heading
    from schemas.document import Line

    table = [Line(1, "การจัดกิจกรรม ๔"), Line(2, "ล่าช้ากว่าแผน")]
    after = [Line(4, "๙.1 นักเรียนสามารถสร้างความรู้"), Line(5, "ผลกระทบ ระดับของ")]
    assert table_past_heading(table, after) == (table, after)


def test_a_benefit_holding_the_mitigation_column_title_is_said():
    # the risk table's mitigations read past the benefits' heading ran into a benefit ("...คุณภาพ แนวทาง
    # การบริหาร ความเสี่ยง ปรับรูปแบบ การ ..."): worked set s29/z s29z002, where the benefit's text was silent
    sample = sample_text(PROPOSAL)
    line = sample.index("๙.1 นักเรียนสามารถ")
    end = sample.index("\n", line)
    text = sample[:end] + " แนวทาง การบริหาร ความเสี่ยง ปรับรูปแบบ การ จัดกิจกรรม" + sample[end:]
    rows = run(text)
    said = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings.text"
            and "แนวทางการบริหารความเสี่ยง" in i["message"]]
    assert len(said) == 1 and said[0]["message"].startswith("expected benefit 1:")
    assert not [i for i in run(sample)["issues"] if "แนวทางการบริหารความเสี่ยง" in i["message"]
                and i["message"].startswith("expected benefit")]
