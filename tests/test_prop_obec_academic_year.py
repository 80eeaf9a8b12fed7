"""An OBEC report's title that names an academic year after the words for a
fiscal year ('ประจำปีงบประมาณ ปีการศึกษา ๒๕๖๖'): the year is the academic
year's (May to March: the fiscal year's or the one before's), not a mention
of the fiscal year, so it does not put a clean report's fiscal year in doubt
(parsers.year_mentions.mentions_of)."""

from __future__ import annotations

from pathlib import Path

from parsers.year_mentions import mentions_of
from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_an_academic_years_label_after_the_fiscal_years_words_takes_the_year():
    assert mentions_of("แผนปฏิบัติการประจำปีงบประมาณ ปีการศึกษา ๒๕๖๖ | กลุ่มนโยบายและแผน") == ()
    assert mentions_of("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") == (("heading", "๒๕๖๗", 0),)
    assert mentions_of("ประจําปึงบประมาณ พ.ศ. ๒๕๖๗ ปีการศึกษา ๒๕๖๖") == (("heading", "๒๕๖๗", 0),)


def test_a_clean_report_whose_title_names_the_academic_year_keeps_its_fiscal_year_unflagged():
    # a clean report of fiscal 2567 in Thai digits (extra4's obec_progress_t004, its digits all made Thai); one
    # project's title names the academic year 2566 after "ประจำปีงบประมาณ" (before: 44 repair_ambiguous warnings,
    # the year put in doubt by a misread the confusion table lacks, ๖ read as ๗)
    text = (CORPUS / "extra4" / "clean" / "obec_progress_t004.txt").read_text(encoding="utf-8")
    text = text.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    text = text.replace("ของครูและนักเรียน ปีการศึกษา ๒๕๖๖", "ของครูและนักเรียน ประจำปีงบประมาณ ปีการศึกษา ๒๕๖๖")
    assert "ประจำปีงบประมาณ ปีการศึกษา ๒๕๖๖" in text
    rows = process_document("x.txt", text.encode("utf-8"))
    assert {r["fiscal_year_be"] for r in rows["report_summaries"]} == {2567}
    assert not [i for i in rows["issues"] if i["code"] == "repair_ambiguous"]
