"""An expected benefit whose text holds a line that is the risk table's column titles alone ("ความเสี่ยง", the
last piece of แนวทางการบริหารความเสี่ยง as its narrow column wraps it): the table, read by its columns, had a
column's cells past the benefits' heading, after the first benefit's lines, and they ran into the benefit (fresh
set s110v, bma_proposal_s110v005: "- โรงเรียนมี..." / "สามารถเผยแพร่..." / "ความเสี่ยง" / "ประสานโรงเรียน" / ...,
read as the benefit's text with no issue).  Said (unread_cells on findings.text); a benefit that only holds the
word inside its sentence is not."""

from tests.test_prop_benefit_risk_level_line import _with_benefit_two


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings.text"
            and "column titles alone" in i["message"]]


def test_the_risk_table_s_title_alone_on_a_line_of_a_benefit_is_said():
    rows = _with_benefit_two("ความเสี่ยง\nประสานโรงเรียน\nล่วงหน้าและ\n")
    said = _said(rows)
    assert len(said) == 1 and "expected benefit 2" in said[0]["message"]


def test_the_word_inside_a_benefit_s_sentence_is_not():
    rows = _with_benefit_two("เพื่อลดความเสี่ยงของนักเรียนในการเรียนรู้\n")
    assert _said(rows) == []
