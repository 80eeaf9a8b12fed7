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



def test_a_page_keeps_its_closest_partners_only():
    # 30 pages quote one line (keys 1, 2) and each holds two keys of its own
    # that its one copy (page + 30) shares: every two of the 60 pages share
    # half their keys (1,770 candidates without a bound); each page keeps its
    # copy first, then the earliest pages
    from pipeline.dedupe import MAX_PARTNERS, candidate_pairs

    keysets = [{1, 2, 100 + i % 30, 200 + i % 30} for i in range(60)]
    pairs = candidate_pairs(keysets, [500] * 60)
    assert all((i, i + 30) in pairs for i in range(30))
    assert len(pairs) <= 60 * MAX_PARTNERS
    assert {pair for pair in pairs if 5 in pair} == {(5, 35)} | {(j, 5) for j in range(MAX_PARTNERS - 1)}


def test_copies_beyond_the_partner_bound_still_join():
    # one page printed 3 * MAX_PARTNERS times, each copy with its own OCR slip,
    # quoting a line 20 other pages quote: each copy keeps only MAX_PARTNERS
    # partners (the earliest copies), and union-find still joins them all
    from pipeline.dedupe import MAX_PARTNERS

    quoted = "ตามหนังสือสำนักงานเขตพื้นที่การศึกษาประถมศึกษา แจ้งเวียนโรงเรียนในสังกัดทุกแห่ง"
    body = [quoted] + [f"รายการที่ {i} จัดซื้อวัสดุ{i} สำหรับโครงการพัฒนาคุณภาพ{i} รหัส {10 ** 8 + i * 7919}"
                       for i in range(12)]
    pages = []
    for k in range(3 * MAX_PARTNERS):
        lines = [t.replace("จัดซื้อ", "จัดซือ") if i == 1 + k % 12 else t for i, t in enumerate(body)]
        pages.append(Page(len(pages), [Line(i + 1, t) for i, t in enumerate(lines)]))
    for k in range(20):
        pages.append(Page(len(pages), [Line(1, quoted), Line(2, f"หน้าเฉพาะ {k} ผู้รับผิดชอบ{10 ** 8 + k * 104729}")]))
    clusters = cluster_pages(pages)
    assert set(clusters[:3 * MAX_PARTNERS]) == {0} and 0 not in clusters[3 * MAX_PARTNERS:]
