"""An entries table printed in blocks, the header numbers of a block OCR misread so that they agree on no start
("ครั้งที่ ๕ ครั้งที่ ๒" for ๕ ๖, "ครั้งที่ 9 ครั้งที่ ๕" for ๗ ๘) (parsers.bma_progress.transposed._run_on_start): a
table's blocks run on, so the block after one that ended at report N starts at N + 1 when that start, its own vote
counted, outvotes the numbers as read (a header votes for it where its number is its place's or a reading of it
OCR makes: ๕ for ๘, ๒ for ๖); each header read so is said (value_repaired, report_sequence).  Before, the block
kept the numbers as read and the sequence numbered the last ones past the copy's reports (9, 10 for 7, 8)."""

from __future__ import annotations

import json

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line


def _block(heads: tuple[str, str], progress: tuple[int, int]) -> list[str]:
    return [
        f"รายการ\tครั้งที่ {heads[0]}\tครั้งที่ {heads[1]}",
        "วันที่รายงาน\t๑๒/๓/๖๑\t๑๓/๔/๖๑",
        "รายละเอียดการดำเนินงาน\tประชุมผู้บริหาร\tจัดทำคำสั่ง",
        f"ความก้าวหน้าของงานฯ\t{progress[0]}\t{progress[1]}",
        "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
        "",
    ]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def _read(*blocks: tuple[str, str]):
    texts = [t for b, heads in enumerate(blocks) for t in _block(heads, (10 * b + 1, 10 * b + 2))]
    return parse_entries(_lines(texts))


def test_blocks_whose_numbers_agree_on_no_start_run_on_from_the_block_before():
    result = _read(("๑", "๒"), ("๓", "๔"), ("๕", "๒"), ("9", "๕"))
    assert sorted(result.entries) == list(range(1, 9))
    assert [figure_values(result.entries[n])[0]["progress_pct"] for n in (5, 6, 7, 8)] == [21.0, 22.0, 31.0, 32.0]
    said = sorted((e["printed"], e["chosen"]) for i in result.issues if i.code == "value_repaired"
                  and i.field == "progress_reports.seq" for e in [json.loads(i.evidence)])
    assert said == [("ครั้งที่ 9", 7), ("ครั้งที่ ๒", 6), ("ครั้งที่ ๕", 8)]


def test_a_block_whose_numbers_agree_is_read_as_printed_even_off_the_run():
    # (a block numbered from 6 after one ending at 4: its headers agree, and they say so)
    result = _read(("๑", "๒"), ("๓", "๔"), ("๖", "๗"))
    assert sorted(result.entries) == [1, 2, 3, 4, 6, 7]


def test_no_run_on_where_the_numbers_as_read_are_not_readings_of_it():
    # "9 7" after a block ending at 4: neither header reads as 5 or 6; the start of the run-on does not win
    result = _read(("๑", "๒"), ("๓", "๔"), ("9", "7"))
    assert 5 not in result.entries
