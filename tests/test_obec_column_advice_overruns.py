"""An OBEC list whose item numbers stand in a column of their own ("1." / "2."), its texts printed one right
under the other with no gap: a short first item, then a second whose first line opens with a long run of Thai
with no space (which would overrun any line, so the page's widths say the short line may have wrapped onto it)
and runs to the margin, wrapped onto a third line.  No reading of the gaps, the widths, the items known whole,
the words that go on or the report's openings cut the texts into as many pieces as numbers: the items ran into
one and the second was lost (missing_row; fresh set s66o's clean obec 002, its suggestions).  Now, where the
lines whose only sign of a wrap is that overrunning are exactly the cuts the numbers still need, and each opens
with the modal a recommendation opens with ("ควร...": a sentence's first word, which a wrap does not carry onto a
line), they open items (lists._cut_at_overruns), said in doubt (items_cut_in_doubt); a line opening otherwise
cuts nothing (the list stays one item, missing_row)."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

SHORT = "จัดทำแผนงานล่วงหน้า"
ADVICE = ("ควรกำหนดปฏิทินการดำเนินกิจกรรมของแต่ละไตรมาสให้ชัดเจนเพื่อให้การดำเนินงานนั้น ๆ",
          "แล้วเสร็จตามระยะเวลา")


def _outputs(texts: list[str]) -> tuple[list[str], list[dict]]:
    # extra4's obec_progress_t008 (clean): quarter 2's outputs of its first project, "1." / "2." in a column and
    # their texts at lines 144-146, put in place of its own
    lines = (CORPUS / "extra4" / "clean" / "obec_progress_t008.txt").read_text(encoding="utf-8").split("\n")
    assert lines[140:142] == ["1.", "2."] and lines[145] == "เข้าร่วมการประชุมเชิงปฏิบัติการ"
    lines[143:146] = texts
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    got = [r["text"] for r in rows["targets"] if r["kind"] == "output" and 141 <= r["line_start"] <= 146]
    issues = [i for i in rows["issues"] if i["field"] == "targets" and i["line_start"] <= 146 <= i["line_end"] + 2]
    return got, issues


def test_a_line_opening_with_advice_after_a_short_line_opens_the_next_item():
    got, issues = _outputs([SHORT, *ADVICE])
    assert got == [SHORT, " ".join(ADVICE)]  # before: one item of all three lines, the second lost
    assert any(i["code"] == "items_cut_in_doubt" for i in issues)
    assert not any(i["code"] == "missing_row" for i in issues)


def test_a_line_opening_otherwise_cuts_nothing():
    # (after a line reaching two-thirds of the page: after a shorter one, the page would have filled it with the
    # next line's first words, so that line opens an item too: tests/test_obec_column_short_line_filled.py)
    first = "จัดทำแผนงานล่วงหน้าและกำกับติดตามการดำเนินงานของโรงเรียน ทุกแห่ง"
    other = ("กำหนดปฏิทินการดำเนินกิจกรรมของแต่ละไตรมาสให้ชัดเจนเพื่อให้การดำเนินงานนั้น ๆ", ADVICE[1])
    got, issues = _outputs([first, *other])
    assert len(got) == 1 and any(i["code"] == "missing_row" for i in issues)


def test_a_paragraph_opening_with_advice_starts_an_item_where_gaps_part_more_paragraphs_than_numbers():
    # OCR left a gap inside item 2 as well, with a line of specks holding figures where its "ๆ" stood: three
    # paragraphs for two numbers, which the widths rejoined at the short line (its next line's long first run
    # overrunning it), the specks' line standing between item 2's line at the margin and its tail
    got, issues = _outputs([SHORT, "", ADVICE[0], "‘}   9         1", "", ADVICE[1]])
    assert got == [SHORT, " ".join(ADVICE)]  # before: the short line and item 2's first run as one item
    assert any(i["code"] == "items_cut_in_doubt" for i in issues)
