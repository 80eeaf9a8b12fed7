"""A form printed twice in one file, its pages breaking at the same place in
each copy: the lines after the page header at that break are the same twice
(a report's description, its budget clause wrapped, "๐.๐๐"), and read as a
wrapped header's middle lines and short tail, seen after the header's
printings twice (HEADER_TAIL_SEEN) and, counting the header's printings by
their exact text, after half of them: OCR wrote that header with a mark
slipped ("เกี่ยวกับ") there and as "เกียวกับ" on the other pages.  The
report lost its description, progress and disbursement as a page header's
(fresh set s56o: bma_progress_s56o003 report 5, both copies).  The header's
printings are counted by their shape (pipeline.clean.mark_header_tails), so
two of its eight printings are no half."""

from __future__ import annotations

from pipeline.clean import clean_lines

OFFICE = "สำนักการศึกษา"
HEADER = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกียวกับโครงการ"
SLIPPED = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"
REPORT = ["อยู่ระหว่างการเตรียมการประชุมคณะกรรมการประเมินครูดีเด่น ::", "",
          "ความก้าวหน้าของงานฯ = ๓๓.๐% : งบประมาณที่เบิกใช้ (ครั้งที่ ๕) =", "๐.๐๐", ""]


def _copy(n: int) -> list[str]:
    out = []
    for page in range(1, 5):
        out += [OFFICE, "", SLIPPED if page == 3 else HEADER, ""]
        if page == 3:
            out += REPORT
        out += [f"รายงานครั้งที่ {page + 10 * n} :: ๑๒ ก.ค. ๒๕๖๓ : ดำเนินการจัดสัมมนาครูในหน้าที่ {page} ของชุดที่ {n}",
                f"บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย หน้าที่ {page} ชุดที่ {n} ของแบบรายงานฉบับนี้", "",
                f"- {page} -", "\f"]
    return out


def test_a_copys_lines_after_a_header_printed_alike_twice_stay_text():
    lines, _ = clean_lines("\n".join(_copy(1) + _copy(2)))
    kinds = {ln.text.strip(): ln.kind for ln in lines if ln.text.strip() in {r.strip() for r in REPORT if r}}
    assert kinds and set(kinds.values()) == {"text"}, kinds
    assert {ln.kind for ln in lines if ln.text.strip() == HEADER} == {"page_header"}
