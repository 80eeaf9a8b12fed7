"""A running header OCR read in pieces on one page (a page set out in columns: its opening words on a line of their
own, the rest lines further on; fresh set s60z obec 003, "รายงานความก้าวหน้า" read as a problem of a project):
pipeline.clean.mark_lone_printings marks a line holding the header's first or last words (whole words, PIECE_LETTERS
letters or more) as the header where it stands as a printing of it would (alone, past the first printings); a piece
with text right under it (a sentence it opens), and a piece too short to tell, stay text."""

from pipeline.clean import clean_lines

HEADER = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"
HEAD, TAIL = "รายงานความก้าวหน้า", "การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"


def _body(tag: str, n: int) -> list[str]:
    return [f"{k}. กิจกรรมที่ดำเนินการของโรงเรียนในสังกัด {tag} ลำดับ {k}" for k in range(1, n + 1)]


def _page(no: int, tag: str) -> list[str]:
    return [f"- {no} -", HEADER, *_body(tag, 12)]


def _kinds(page4: list[str], piece: str) -> list[str]:
    first = ["ชื่อโครงการ : ส่งเสริมการอ่านของนักเรียน", *_body("หนึ่ง", 12)]
    pages = [first, _page(2, "สอง"), _page(3, "สาม"), page4, _page(5, "ห้า"), _page(6, "หก")]
    lines, _ = clean_lines("\n\n".join("\n\n".join(p) for p in pages) + "\n")
    return [ln.kind for ln in lines if ln.text.strip() == piece]


def test_the_header_read_in_pieces_is_the_header():
    page4 = ["- 4 -", *_body("สี่", 2), HEAD, *_body("สี่", 2)[1:], TAIL, *_body("สี่", 3)[2:]]
    assert _kinds(page4, HEAD) == ["page_header"]
    assert _kinds(page4, TAIL) == ["page_header"]


def test_a_piece_opening_a_sentence_stays_text():
    page4 = ["- 4 -", *_body("สี่", 2), f"{HEAD}\nของโรงเรียนในสังกัด", *_body("สี่", 3)[2:]]
    assert _kinds(page4, HEAD) == ["text"]


def test_a_short_piece_stays_text():
    page4 = ["- 4 -", *_body("สี่", 2), "รายงาน", *_body("สี่", 3)[2:]]
    assert _kinds(page4, "รายงาน") == ["text"]
