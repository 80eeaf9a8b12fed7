"""A section heading the form prints once a project, whose projects take about a page each, stands at the top of
some pages and at the foot of others by chance: taken for a running header, every printing of it was lost, and
the targets under it with it, on clean text (fresh set s112r, obec_progress_s112r001: "เป้าหมายเชิงผลผลิต (Output)"
after the page numbers "- 3 -" and "- 4 -", before "- 5 -" .. "- 7 -").  A running header heads its pages from one
side of their marks: printings on both sides, the fewer at least a third of the more, are no running header
(pipeline.clean._sides_mixed)."""

from pipeline.clean import clean_lines

HEADING = "เป้าหมายเชิงผลผลิต (Output)"


def _body(tag: str, n: int) -> list[str]:
    return [f"กิจกรรมที่ดำเนินการของโรงเรียนในสังกัด {tag} ลำดับ {k}" for k in range(1, n + 1)]


def _kinds(text: str, line: str) -> list[str]:
    lines, _ = clean_lines(text)
    return [ln.kind for ln in lines if ln.text.strip() == line]


def _doc(pages: list[list[str]]) -> str:
    out: list[str] = []
    for no, page in enumerate(pages, start=1):
        out += page + ["", f"- {no} -", ""]
    return "\n".join(out) + "\n"


def test_a_heading_at_tops_and_feet_of_pages_is_no_running_header():
    text = _doc([_body("หนึ่ง", 8),
                 [*_body("สอง", 4), HEADING, *_body("สอง", 4)],  # inside page 2
                 [HEADING, *_body("สาม", 8)],  # at the top of its page, under the number of the page before
                 [HEADING, *_body("สี่", 8)],
                 [*_body("ห้า", 8), HEADING],  # at the foot of its page, over its number
                 [*_body("หก", 8), HEADING],
                 _body("เจ็ด", 8)])
    assert _kinds(text, HEADING) == ["text"] * 5


def test_a_header_at_the_top_of_every_page_stays_one():
    # one printing read past its page's body (OCR read the page's table first): one side still (the first
    # page's printing, which no page's mark stands over, is left as text, as before)
    pages = [[HEADING, *_body(tag, 8)] for tag in ("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก")]
    pages.append([*_body("เจ็ด", 8), HEADING])
    assert _kinds(_doc(pages), HEADING) == ["text"] + ["page_header"] * 6


def test_one_printing_a_side_fewer_is_weighed_with_a_printing_inside_a_page():
    # two tops and one foot (OCR lost the other pages' numbers) and one printing inside page 2, between the numbers
    # of pages that follow each other: no running header; without the one inside, two printings a side at least
    # are wanted, as before
    tops_foot = [[HEADING, *_body("สาม", 8)], [HEADING, *_body("สี่", 8)], [*_body("ห้า", 8), HEADING],
                 _body("หก", 8)]
    inside = _doc([_body("หนึ่ง", 8), [*_body("สอง", 4), HEADING, *_body("สอง", 4)], *tops_foot])
    assert _kinds(inside, HEADING) == ["text"] * 4
    alone = _doc([_body("หนึ่ง", 8), _body("สอง", 8), *tops_foot])
    assert _kinds(alone, HEADING) == ["page_header"] * 3
