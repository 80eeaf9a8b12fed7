"""A piece of words too short to be a success indicator (fewer than
PARAGRAPH_LETTERS letters: "ทีถูกต้อง", the wrapped tail of the output
list's last item, "... แนวทางปฏิบั" / "ติที่ถูกต้อง") that OCR read out of its
place, under the indicators' heading and before the round's first aspect
heading ("เชิงปริมาณ"; fresh set s46o, obec_progress_s46o002 project 5):
it was read as indicator 1 (its aspect said lost), and every indicator
after it one seq on, the last one an extra row with no issue.  Now it is
no indicator: left out, and said (unplaced_text naming targets.text at its
line); an indicator of a sentence before the first aspect heading is still
read (its aspect said lost)."""

from tests.test_obec_ocr import project, report, run

QUANTITY = "สามารถดำเนินการประชุมคณะกรรมการ เดือนละ ๑ ครั้ง"
QUALITY = "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ"


def _text(before: str) -> str:
    body = project(1, "๒๕๖๗").replace(
        "ดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n",
        f"ดัชนีชี้วัดความสำเร็จ\n{before}\nเชิงปริมาณ\n{QUANTITY}\nเชิงคุณภาพ\n{QUALITY}\n")
    return report(projects=[body]).replace("จำนวน 2 โครงการ", "จำนวน 1 โครงการ")


def _indicators(rows: dict) -> list[tuple]:
    return [(t["seq"], t["aspect"], t["text"]) for t in rows["targets"] if t["kind"] == "indicator"]


def test_a_piece_of_words_before_the_first_aspect_is_no_indicator():
    rows = run(_text("ทีถูกต้อง"))
    assert _indicators(rows) == [(1, "quantity", QUANTITY), (2, "quality", QUALITY)]
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "targets.text"]
    assert len(said) == 1 and "ทีถูกต้อง" in said[0]["message"]


def test_an_indicator_before_the_first_aspect_is_still_read():
    lost = "ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมาก"
    rows = run(_text(lost))
    assert _indicators(rows) == [(1, None, lost), (2, "quantity", QUANTITY), (3, "quality", QUALITY)]
    assert any(i["code"] == "missing_value" and i["field"] == "targets.aspect" for i in rows["issues"])
