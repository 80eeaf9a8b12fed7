"""A BMA progress form whose fiscal year no copy reads (OCR lost a digit of it: "ปีงบประมาณ พ.ศ. : ๒๕๒", fresh set
s64o's bma_progress_s64o010): the year in CE, read from it, and the project key, which holds it, are said missing
with it (before, only fiscal_year_be was: fiscal_year and the key's '?' were silent misses)."""

from pathlib import Path

from pipeline.stages import process_document


def test_an_unread_fiscal_year_says_the_ce_year_and_the_key_too(monkeypatch):
    # repairs off: the form's dates would otherwise give the year back (a clean text's dates read as printed)
    monkeypatch.setenv("RAINGAN_REPAIR", "0")
    path = Path(__file__).resolve().parent / "corpus" / "clean" / "bma_progress_001.txt"
    text = path.read_text(encoding="utf-8")
    assert "ปีงบประมาณ พ.ศ. : 2566" in text
    rows = process_document("001.txt", text.replace("ปีงบประมาณ พ.ศ. : 2566", "ปีงบประมาณ พ.ศ. : ๒๕๒").encode())
    (project,) = rows["projects"]
    assert project["fiscal_year_be"] is None and project["fiscal_year"] is None and project["project_key"].endswith("/?")
    named = {i["field"] for i in rows["issues"] if i["code"] == "missing_field"}
    assert {"projects.fiscal_year_be", "projects.fiscal_year", "projects.project_key"} <= named
