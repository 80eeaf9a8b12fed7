"""A BMA proposal printed twice whose second copy's title block OCR garbled past its labels ("ชื่" / specks /
"อโครงการ ...", the unit's label glued to its value): no restart field opened the second copy, which ran into the
first, the form read as one copy with no issue (fresh set s98p, bma_proposal_s98p004).  The form's first section's
heading (๑. หลักการและเหตุผล), met again past the copy's last sections, starts a new copy (FormSpec.repeat_headings)."""

from tests.test_bma_proposal import PROPOSAL, run, sample_text

_GARBLED_HEAD = ("ชื่         we  we    ev   ev    aaawe ส่   et\nอโครงการ     ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงาน\n"
                 "'    ae ~              4   ev eae  ewe\nหน่วยงานทิรับผิดชอบฝ่ายการศึกษา และโรงเรียนในสังกัด\n\n")


def _twice(second_head: str) -> dict:
    text = sample_text(PROPOSAL)
    body = text[text.index("๑. หลักการและเหตุผล"):]
    return run(text + "\n\n" + second_head + body)


def test_a_copy_whose_title_block_ocr_garbled_is_a_copy():
    rows = _twice(_GARBLED_HEAD)
    assert rows["documents"][0]["n_copies"] == 2
    assert [p["n_copies"] for p in rows["projects"]] == [2]


def test_a_copy_with_its_title_block_is_one_too():
    text = sample_text(PROPOSAL)
    rows = run(text + "\n\n" + text)
    assert rows["documents"][0]["n_copies"] == 2
