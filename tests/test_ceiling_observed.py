"""The ceiling's observed mode (tests/corpus/ceiling.py, the default of
`python -m tests.corpus.ceiling`): each printing read as the document's
OCR'd twin reads it, not by the digit model. A reading right is the
parser's miss; a printing the OCR lost tells nothing; a misread outside the
confusion table pins a wrong value, which no rule could mend."""

from __future__ import annotations

import json
from pathlib import Path

from tests.corpus import ceiling
from tests.corpus.eval import NUMERIC

ROW = "project 1 progress_reports[seq=1]"


def _doc(tmp_path: Path, clean: str, ocr: str, variants=("digits_thai",)) -> Path:
    (tmp_path / "clean").mkdir()
    (tmp_path / "ocr").mkdir()
    project = {"doc_type": "bma_progress", "fiscal_year_be": 2567, "expenses": [],
               "progress_reports": [{"seq": 1, "report_date": "2024-01-24"}]}
    data = {"format": "raingan-expected/1", "source": "d.txt", "variants": list(variants),
            "document": {"doc_type": "bma_progress", "n_copies": 1}, "projects": [project]}
    (tmp_path / "clean" / "d.txt").write_text(clean, encoding="utf-8")
    (tmp_path / "ocr" / "d.txt").write_text(ocr, encoding="utf-8")
    path = tmp_path / "clean" / "d.expected.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _verdict(path: Path, observed: bool) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    facts = ceiling.facts_of(data, "d", NUMERIC)
    misses = [{"document": f.document, "table": f.table, "column": f.column, "row": f.row, "expected": f.value}
              for f in facts if f.column == "report_date"]
    return {(f.row, f.column): f.verdict for f in ceiling.classify_run([path], misses, NUMERIC, observed=observed)
            }[(ROW, "report_date")]


def test_observed_digits_align_each_clean_digit_with_what_ocr_read():
    clean = "**รายงาน** วันที่ ๒๔ มกราคม ๒๕๖๗ เบิก 1,200 บาท\n"
    ocr = "รายงาน วันที่ ๒๕ มกราคม ๒๕๒๓ เบิก 1,200 บาท\n"
    seen = ceiling.observed_digits(clean, ocr)
    day = clean.index("๒๔")
    assert seen[day] == "๒" and seen[day + 1] == "๕"
    year = clean.index("๒๕๖๗")
    assert [seen[year + k] for k in range(4)] == list("๒๕๒๓")
    amount = clean.index("1,200")
    assert [seen[amount + k] for k in (0, 2, 3, 4)] == list("1200")


def test_a_day_the_ocr_read_right_is_the_parsers_miss_though_the_model_calls_it_damaged(tmp_path):
    # the model reads ๒๔ as ๒๕ (๔ is not in tesseract's Thai set); this twin happens to read it right
    text = "รายงานครั้งที่ ๑ วันที่ ๒๔ มกราคม ๒๕๖๗\n"
    path = _doc(tmp_path, text, text)
    assert _verdict(path, observed=False) == "undecidable: several candidates fit"
    assert _verdict(path, observed=True) == "printed reading right"


def test_a_date_the_ocr_lost_tells_nothing(tmp_path):
    path = _doc(tmp_path, "รายงานครั้งที่ ๑ วันที่ ๒๔ มกราคม ๒๕๖๗\n", "รายงานครั้งที่ ๑ วันที่ มกรา\n")
    assert _verdict(path, observed=True) == "undecidable: every printing lost"


def test_a_misread_outside_the_confusion_table_pins_a_wrong_value(tmp_path):
    # Arabic digits are read as printed in the table: a 4 read as 1 leaves one candidate, and it is wrong
    path = _doc(tmp_path, "รายงานครั้งที่ 1 วันที่ 24/1/2567\n", "รายงานครั้งที่ 1 วันที่ 21/1/2567\n",
                variants=("digits_arabic",))
    assert _verdict(path, observed=False) == "printed reading right"
    assert _verdict(path, observed=True) == "undecidable: a wrong value pinned"
