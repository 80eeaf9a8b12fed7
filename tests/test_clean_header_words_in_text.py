"""A proposal's rationale line that holds its running header's words with the text's own among them
("สำนักงานเขตทุ่งครุจึงได้จัดทำโครงการส่งเสริม..." under the header "สำนักงานเขตทุ่งครุ โครงการส่งเสริม...": fresh set s111r,
bma_proposal_s111r005) read near the header's first line and was taken for a printing of it: the line was lost from
the rationale, silently.  A line that holds the header's letters in order and a word's run of letters besides is the
text's (pipeline.clean._holds_more, _word_inserted); a printing with OCR's slips, a letter changed here and there,
is still the header's."""

from pipeline.clean import _holds_more, _shape, clean_lines

HEADER = "สำนักงานเขตทดสอบ โครงการส่งเสริมคุณธรรมจริยธรรมและค่านิยมที่ดีงามของนักเรียน"
YEAR = "สำนักงานเขตทดสอบ ปีงบประมาณ พ.ศ. 2566"
LINE = "สำนักงานเขตทดสอบจึงได้จัดทำโครงการส่งเสริมคุณธรรมจริยธรรมและค่านิยมที่ดีงามของนักเรียน"


_WORDS = ["ความก้าวหน้าของเทคโนโลยีสารสนเทศ", "การพัฒนาผู้เรียนในศตวรรษที่ ๒๑", "ผู้ปกครองและชุมชนมีส่วนร่วม",
          "จัดสรรงบประมาณให้กับโรงเรียนในสังกัด", "ครูผู้สอนได้รับการพัฒนา", "นิเทศ ติดตาม การดำเนินงาน",
          "สรุปผลการดำเนินงานและเผยแพร่", "จัดทำแผนการใช้จ่ายงบประมาณ"]


def _body(tag: str, n: int) -> list[str]:
    """Lines of text of their own on each page (`tag` its number): no two pages open or close alike."""
    start = len(tag) % len(_WORDS)
    return [f"{_WORDS[(start + k) % len(_WORDS)]} ({tag} {k})" for k in range(n)]


def test_the_header_s_words_with_the_text_s_among_them_stay_text():
    pages = [[HEADER, YEAR, *_body("หนึ่ง", 6), LINE, *_body("หนึ่ง", 6)],
             [HEADER, YEAR, *_body("สอง", 14)], [HEADER, YEAR, *_body("สาม", 14)], [HEADER, YEAR, *_body("สี่", 14)]]
    lines, _ = clean_lines("\n\n".join("\n".join(page) for page in pages) + "\n")
    assert [ln.kind for ln in lines if ln.text == LINE] == ["text"]
    assert [ln.kind for ln in lines if ln.text == HEADER] == ["page_header"] * 4


def test_a_printing_with_slips_is_still_the_header_s():
    slipped = HEADER.replace("ส่งเสริม", "สงเสริม").replace("นักเรียน", "นกเรียน")
    assert not _holds_more(_shape(slipped), {_shape(HEADER)})
    assert _holds_more(_shape(LINE), {_shape(HEADER)})
