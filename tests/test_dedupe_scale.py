"""Page dedupe where a page repeats more than MAX_KEY_PAGES times: a form
printed hundreds of times in one file is still one page per printed page."""

from __future__ import annotations

from pipeline.dedupe import MAX_KEY_PAGES, cluster_pages
from pipeline.segment import Page
from schemas.document import Line


def test_a_page_printed_hundreds_of_times_is_one_page():
    words = ["ส่งเสริมการอ่านออกเขียนได้ของนักเรียนชั้นประถมศึกษา", "ปรับปรุงซ่อมแซมอาคารเรียนและห้องปฏิบัติการวิทยาศาสตร์",
             "พัฒนาศักยภาพครูด้านเทคโนโลยีสารสนเทศเพื่อการเรียนรู้", "จัดซื้อครุภัณฑ์คอมพิวเตอร์สำหรับห้องสมุดโรงเรียน",
             "อบรมเชิงปฏิบัติการป้องกันยาเสพติดในสถานศึกษาทุกแห่ง"]
    forms = [[Line(1, f"ชื่อโครงการ {w}"), Line(2, f"งบประมาณทั้งสิ้น {(i + 1) * 104729} บาท")]
             for i, w in enumerate(words)]
    copies = 3 * MAX_KEY_PAGES
    pages = [Page(k, forms[k % 5]) for k in range(5 * copies)]
    clusters = cluster_pages(pages)
    assert len(set(clusters)) == 5
    assert all(clusters[k] == k % 5 for k in range(len(pages)))


def test_pages_from_one_stock_of_lines_are_told_apart_by_their_order():
    # 150 distinct pages, each 10 lines drawn from a stock of 40, each page
    # printed twice: every line's words are on more than MAX_KEY_PAGES pages
    # (boilerplate, pairing none), so only which lines follow which can find
    # the copies of a page
    import random

    rng = random.Random(3)
    stock = [f"บรรทัดที่ {i} ของแบบฟอร์มรายงานความก้าวหน้าโครงการ หมวดที่ {i * 7}" for i in range(40)]
    pages = []
    for _ in range(150):
        lines = rng.sample(stock, 10)
        for copy in range(2):  # the second copy with an OCR slip, so the copies are not equal text
            pages.append(Page(len(pages), [Line(i + 1, t + (" ฯ" if copy and i == 9 else ""))
                                           for i, t in enumerate(lines)]))
    assert 2 * 150 * 10 / 40 > MAX_KEY_PAGES
    clusters = cluster_pages(pages)
    assert len(set(clusters)) == 150 and all(clusters[i] == clusters[i + 1] for i in range(0, 300, 2))
