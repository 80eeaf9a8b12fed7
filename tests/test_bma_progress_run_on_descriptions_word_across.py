"""A table of reports run on in a paragraph whose descriptions OCR read with a space inside a word ("อยู่ระ
หว่าง...", "คณะ กรรมการ", "ประ กอบ"): the spaces part them into more pieces than reports, so none was given.
A word that a dictionary word spans the space before goes on the piece before it
(parsers.bma_progress.transposed._word_across, tried after the other partings), when that leaves one piece a
report; said (entry_cell_in_doubt)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _one_piece_each, _word_across
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_prop_run_on_descriptions_parted import _table

ONE = "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดหัวข้อดำเนินงาน"
TWO = "อยู่ระ หว่างขั้นตอนแต่งตั้งคณะ กรรมการฯ"
THREE = "ดำเนินการจัดทำเอกสารประ กอบการเบิกจ่าย"


def test_a_dictionary_word_across_the_space_joins_its_halves():
    assert _word_across("อยู่ระ", "หว่างขั้นตอน") and _word_across("แต่งตั้งคณะ", "กรรมการฯ")
    assert not _word_across("หัวข้อดำเนินงาน", "อยู่ระหว่าง") and not _word_across("โครงการ", "ประชุม")
    text = " ".join([ONE, TWO, THREE])
    assert _one_piece_each(text, 0, len(text), 3) is None  # (without: five pieces)
    spans = _one_piece_each(text, 0, len(text), 3, across=True)
    assert spans is not None and [text[a:b] for a, b in spans] == [ONE, TWO, THREE]


def test_a_run_on_table_whose_ocr_spaced_words_inside_descriptions_gives_each_report_its_own():
    result = parse_entries(_lines(_table(" ".join([ONE, TWO, THREE]))))
    assert [result.entries[k].description for k in (1, 2, 3)] == [ONE, TWO, THREE]
    assert any(i.code == "entry_cell_in_doubt" and "space OCR put inside a word" in i.message for i in result.issues)


def test_pieces_no_word_spans_stay_unparted():
    result = parse_entries(_lines(_table("จัดซื้อวัสดุ ประชุมทีมงาน สรุปผล ส่งรายงาน")))
    assert not any(result.entries[k].description for k in (1, 2, 3))
