"""An entries table printed in blocks of columns (a table whose columns are
the reports), after OCR: a block's header row read with its gaps as spaces
where a header's number OCR garbled into a mark no digit reads ("ครั้งที่ ซ"
for ๗, "ครั้งที่ Oy" for ๙), beside a header whose words it damaged
("ครรั้งที่ ๒"): the row was no header row, the block's entries were lost
whole and its rows read as the block before's.  Among more whole headers
such a header is a header, its number unread (transposed._heads_of,
_heads_mended): the block opens its entries, numbered by the sequence
around it, and said."""

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _heads_of
from schemas.document import Line


def _block(head: str, first: int) -> list[Line]:
    rows = (head,
            "วันที่รายงาน\t" + "\t".join(f"{d}/1/2567" for d in range(first, first + 4)),
            "รายละเอียด\tประชุม\tจัดทำ\tอยู่ระหว่าง\tสรุปผล",
            "ความก้าวหน้า\t" + "\t".join(f"{5 * d}.0%" for d in range(first, first + 4)),
            "งบประมาณที่\t๐.- บาท\t๐.- บาท\t๐.- บาท\t๐.- บาท",
            "ความสอดคล้องกับแผน\t" + "\t".join(["เป็นไปตามแผน"] * 4),
            "ความสอดคล้องกับเป้าหมาย\t" + "\t".join(["เป็นไปตามเป้าหมาย"] * 4))
    return [Line(10 * first + i, text) for i, text in enumerate(rows)]


def test_a_block_header_row_with_a_garbled_number_beside_whole_headers_opens_its_block():
    # (the row as s42b001 shows it: "ครั้งที่๕ ครรั้งที่ ๒ ครั้งที่ ซ ครั้งที่ ๕" for ๕-๘, "ครั้งที่ Oy ครั้งที่ ๑๐ ครั้งที่ ๑๑")
    for second, third in (("ครั้งที่๕ ครรั้งที่ ๖     ครั้งที่ ซ     ครั้งที่ ๘", "ครั้งที่ Oy   ครั้งที่ ๑๐   ครั้งที่ ๑๑   ครั้งที่ ๑๒"),
                          ("ครั้งที่ ๕ ครั้งที่ ซ     ครั้งที่ ๗     ครั้งที่ ๘", "ครั้งที่ ๙   ครั้งที่ ๑๐   ครั้งที่ Oy   ครั้งที่ ๑๒")):
        lines = _block("รายการ\tครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓\tครั้งที่ ๔", 1) + _block(second, 5) + _block(third, 9)
        result = parse_entries(lines)
        entries = result.entries
        assert sorted(entries) == list(range(1, 13)), second
        assert [figure_values(entries[n])[0]["progress_pct"] for n in range(1, 13)] == [
            5.0 * n for n in range(1, 13)], second
        assert [i for i in result.issues if i.field == "progress_reports.seq"], second


def test_a_row_of_more_garbled_numbers_than_whole_headers_is_no_header_row():
    assert _heads_of(Line(1, "ครั้งที่ ซ ครั้งที่ Oy ครั้งที่ ๓")) is None
    assert _heads_of(Line(1, "ครั้งที่ ซ ครั้งที่ ๒")) is None
    assert _heads_of(Line(1, "ครั้งที่ ๑ ครั้งที่ ๒ ครั้งที่ ซ")) is not None


def test_a_headerless_first_block_whose_date_row_is_short_a_cell_is_read_not_a_recursion():
    # fresh set s117p002: the first block's header row lost, its date row three cells for four entries, then the
    # next block's header: placing the short row asked the entries' columns of the rows above the date row, and
    # the question recursed without end (RecursionError: the whole document failed, 245 fields silent)
    from parsers.bma_progress.transposed import untranspose_with_doubts
    from tests.lines import celled_lines

    lines = celled_lines(("วันที่รายงาน\t๑0/5/๒๕ดซ\t7 มิถุนายน\t๓๐ กรกฎาคม ๓สิงหาคม", (0, 15, 30, 43)),
                         ("ความก้าวหน้า 3.0%\t11.0%\t68.0%\t8๕.0%", (0, 35, 55, 75)), ("รายงานครั้งที่ ๕", ()))
    out, issues = untranspose_with_doubts(lines)
    texts = [ln.text for ln in out]
    assert texts[:3] == ["รายงานครั้งที่ 1", ":: ๑0/5/๒๕ดซ :", "ความก้าวหน้าของงานฯ = 3.0%"]
    assert "ความก้าวหน้าของงานฯ = 8๕.0%" in texts and texts[-1] == "รายงานครั้งที่ ๕"
    assert any("3 cell(s) for 4 entries" in i.message for i in issues)
