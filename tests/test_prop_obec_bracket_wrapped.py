"""An OBEC indicator under its aspect's heading (เชิงปริมาณ), printed without a number (a list of one), whose
bracketed words the page wrapped ("... ฐานสมรรถนะ (Active" / "Learning)ได้ตามเป้าหมาย"), OCR reading the
wrapped line's start as a bare figure and specks ("1 ๑ลทณ์ทธ)ได้ตามเป้าหมาย") and the line before as debris
(set s47o obec_progress_s47o004): the figure opened an item numbered 1, so the quantity list held two items
and the quality items after it were numbered one more, the second of them read 'quantity' with no issue.
A line that closes a bracket it never opened, right under the lead, is the lead's words
(lists._figure_wrapped_as_one): no item opens inside a bracket."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
QUALITY = "เชิงคุณภาพ\n๑ ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมาก\n๒) ครูมีความรู้ความเข้าใจเพิ่มขึ้น\n"


def _report(quantity: str) -> str:
    text = project(1, FY).replace("ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n",
                                  "เชิงปริมาณ\n" + quantity + QUALITY)
    return report(projects=[text, project(2, FY)])


def _indicators(rows: dict) -> list[tuple[int, str, str]]:
    first = min(p["line_start"] for p in rows["projects"])
    key = next(p["project_key"] for p in rows["projects"] if p["line_start"] == first)
    return sorted((t["seq"], t["aspect"], t["text"][:12]) for t in rows["targets"]
                  if t["project_key"] == key and t["kind"] == "indicator")


def test_a_line_closing_the_lead_s_bracket_opens_no_item():
    whole = _indicators(run(_report("ร้อยละ ๙๕ ของโรงเรียนดำเนินการพัฒนาการเรียนรู้ (Active Learning)ได้ตามเป้าหมาย\n")))
    assert [(s, a) for s, a, _ in whole] == [(1, "quantity"), (2, "quality"), (3, "quality")]
    for wrapped in ("ร้อยละ ๙๕ ของโรงเรียนดำเนินการพัฒนาการเรียนรู้ (Active\n1 ๑ลทณ์ทธ)ได้ตามเป้าหมาย\n",
                    "ร้อยละ ๙๕ ของโรงเรียนดำเนินการพัฒนาการเรียนรู้\n(Active\n\n1 ๑ลทณ์ทธ)ได้ตามเป้าหมาย\n"):
        got = _indicators(run(_report(wrapped)))
        # before: (2, 'quantity', '๑ลทณ์ทธ)...') and the quality items numbered 3 and 4
        assert [(s, a) for s, a, _ in got] == [(1, "quantity"), (2, "quality"), (3, "quality")]
        assert [t for *_, t in got] == [t for *_, t in whole]


def test_a_bare_figure_item_with_its_own_bracket_is_still_an_item():
    # "1 ครู (ร้อยละ ๙๐)": the line opens its own bracket before closing it: no wrapped bracket of the lead
    got = _indicators(run(_report("ร้อยละ ๙๕ ของโรงเรียนดำเนินการพัฒนาการเรียนรู้ได้ตามเป้าหมาย ดังนี้\n"
                                  "1 ครูผู้สอน (ร้อยละ ๙๐) ได้รับการพัฒนา\n")))
    assert [(s, a) for s, a, _ in got][:2] == [(1, "quantity"), (2, "quantity")]
