"""A wide entries table read row by row whose first two blocks' header rows
a wrap cut inside their headers, their numbers lost ("รายการ  รายงานครั้ง
รายงานครั้ง รายงานครั้งที่" twice), the third block's headers whole (fresh set
s113p, bma_progress_s113p001): each cut block was numbered on from the block
after it as though it stood right before it, both 5 to 8, and the
sequence then pushed every later report four places on (reports 5 to 15
for 1 to 11).  A cut block between counts its columns with the block it
stands next to (transposed._start_between, _numberless_width)."""

from parsers.bma_progress import ROWS_READ
from parsers.bma_progress.entries import parse_entries
from pipeline.clean import clean_lines, parser_lines


def _block(head: str, dates: list[str], words: list[str]) -> list[str]:
    return [f"รายการ           {head}",
            "",
            "วันที่รายงาน      " + "     ".join(dates),
            "รายละเอียดการ    " + "        ".join(words),
            "ความก้าวหน้า      " + "      ".join("10.00 %" for _ in dates),
            "งบประมาณที่       " + "        ".join("0 บาท.-" for _ in dates),
            ""]


CUT = "รายงานครั้ง รายงานครั้ง รายงานครั้งที่"


def test_two_cut_blocks_in_a_row_are_numbered_one_after_the_other():
    texts = ["2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ", "",
             *_block(CUT, ["5/11/2560", "2/12/2560", "21/1/2561"], ["ประชุม", "จัดเตรียม", "เวียนแจ้ง"]),
             *_block(CUT, ["13/2/2561", "23/3/2561", "1/5/2561"], ["จัดทำคำสั่ง", "ประชาสัมพันธ์", "อบรม"]),
             *_block("รายงานครั้งที่ 7   รายงานครั้งที่ 8", ["12/5/2561", "29/6/2561"], ["ติดตาม", "สรุปผล"])]
    lines, _ = clean_lines("\n".join(texts) + "\n")
    result = parse_entries(parser_lines(lines, rows=ROWS_READ))
    dates = {seq: e.date.isoformat() for seq, e in result.entries.items() if e.date is not None}
    assert dates == {1: "2017-11-05", 2: "2017-12-02", 3: "2018-01-21", 4: "2018-02-13", 5: "2018-03-23",
                     6: "2018-05-01", 7: "2018-05-12", 8: "2018-06-29"}
