"""A sub-list of objectives run on over lines whose wrap left an item's
number at the end of a line, its words opening the next, where OCR misread
the number's last part as another digit ("... (PLC) ๒.๕" / "เพื่อส่งเสริม..."
for ๒.๔, ๔ read as ๕: fresh set bp2x23 004, k s21k010).  Only the list's next
number was carried to its words (parsers.bma_progress.read._carry_wrapped_numbers),
so "๒.๕" stayed at the end of objective 3, objective 4 ran on into it and its
row was missing with no issue naming it.  Now a number whose list part is the
one before's and whose last part normalizers.confusions says may be a misread
of the next goes with its words too, and the list's sequence repairs it and
says so (value_repaired, item_sequence); a number no misread gives stays."""

from __future__ import annotations

from pathlib import Path

from parsers.bma_progress.read import _carry_wrapped_numbers
from pipeline.stages import process_document
from tests.test_bma_progress_entries_ocr import _lines

CORPUS = Path(__file__).resolve().parent / "corpus" / "clean"
FOURTH = "เพื่อส่งเสริมการใช้เทคโนโลยีสารสนเทศเพื่อการเรียนรู้ของโรงเรียนในสังกัดให้มีประสิทธิภาพ"


def _wrapped(number: str) -> str:
    text = (CORPUS / "bma_progress_027.txt").read_text(encoding="utf-8")
    third = "๒.๓  เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต ให้มีทักษะและเทคนิคในการทำงานด้านพัฒนาคุณภาพการศึกษา\n"
    assert third in text
    return text.replace(third, f"{third.rstrip()} {number}\n{FOURTH}\n")


def test_a_misread_sub_number_a_wrap_left_at_a_lines_end_goes_with_its_words_and_is_repaired():
    rows = process_document("wrapped.txt", _wrapped("๒.๕").encode("utf-8"))
    texts = [o["text"] for o in rows["objectives"]]
    assert len(texts) == 4 and texts[3] == FOURTH
    assert texts[2].endswith("ด้านพัฒนาคุณภาพการศึกษา")
    said = {i["message"] for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "objectives.seq"}
    assert said == {"objective 4: its number printed 2.5, the place it stands in the sequence is 4"}  # (each copy)


def test_a_sub_number_no_misread_of_the_next_gives_stays_where_it_stands():
    lines = _lines("๒.๓ เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต ๒.๖", FOURTH)
    assert _carry_wrapped_numbers(lines)[0].text.endswith("๒.๖")  # ๖ is no misread of ๔
    lines = _lines("๒.๓ เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต ๒.๕", FOURTH)
    assert _carry_wrapped_numbers(lines)[1].text == f"๒.๕ {FOURTH}"
    # a top-level figure that is no next number ends its line as printed: no list part vouches for it
    lines = _lines("1 เพื่อจัดงานให้ครู 5", FOURTH)
    assert _carry_wrapped_numbers(lines)[0].text.endswith("5")
