"""Success indicators read before any aspect heading where the round's
first aspect heading printed is the quality one ("เชิงคุณภาพ"): the form
prints the quantity aspect ("เชิงปริมาณ") first (every round of the sets'
truth that names aspects names both, quantity first), so those indicators
are the quantity aspect's, its heading lost to OCR (fresh set s57o,
obec_progress_s57o001: "เชิงปริมาณ" read as specks, six indicators left
with no aspect).  They were kept with no aspect (missing_value); now each
is the quantity aspect's, the repair said (value_repaired, rule
aspect_order).  Where the first heading printed is the quantity one, the
indicators before it keep no aspect, said as before."""

import json

from tests.test_obec_ocr import project, report, run

QUANTITY = "สามารถดำเนินการประชุมคณะกรรมการ เดือนละ ๑ ครั้ง"
QUALITY = "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ"


def _text(indicators: str) -> str:
    body = project(1, "๒๕๖๗").replace(
        "ดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n", f"ดัชนีชี้วัดความสำเร็จ\n{indicators}")
    return report(projects=[body]).replace("จำนวน 2 โครงการ", "จำนวน 1 โครงการ")


def _indicators(rows: dict) -> list[tuple]:
    return [(t["seq"], t["aspect"], t["text"]) for t in rows["targets"] if t["kind"] == "indicator"]


def test_indicators_before_the_quality_heading_are_the_quantity_aspects():
    rows = run(_text(f"{QUANTITY}\nเชิงคุณภาพ\n{QUALITY}\n"))
    assert _indicators(rows) == [(1, "quantity", QUANTITY), (2, "quality", QUALITY)]
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "targets.aspect"]
    assert len(repaired) == 1
    assert json.loads(repaired[0]["evidence"]) == {"rule": "aspect_order", "printed": None, "chosen": "quantity"}
    assert not any(i["code"] == "missing_value" and i["field"] == "targets.aspect" for i in rows["issues"])


def test_indicators_before_the_quantity_heading_keep_no_aspect():
    lost = "ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมาก"
    rows = run(_text(f"{lost}\nเชิงปริมาณ\n{QUANTITY}\nเชิงคุณภาพ\n{QUALITY}\n"))
    assert _indicators(rows) == [(1, None, lost), (2, "quantity", QUANTITY), (3, "quality", QUALITY)]
    assert any(i["code"] == "missing_value" and i["field"] == "targets.aspect" for i in rows["issues"])
    assert not any(i["code"] == "value_repaired" and i["field"] == "targets.aspect" for i in rows["issues"])
