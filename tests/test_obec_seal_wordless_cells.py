"""An OBEC list under which OCR read a seal or a stamp as cells parted by a
wide gap (the clean-up's tab) holding only Thai letters, digits and a comma:
no Latin letter or symbol odd enough to tell it (lists._ODD_RE), and no
Thai run of four letters, but no dictionary word either ("๓ สฆส๑ <gap> ๐ ,
ซี": fresh set s79a, obec_progress_s79a004, under three outcome lists, each
read as a third outcome; "๑ สลส๑ <gap> ๐๑.,ซี": extra4, obec_progress_t005,
read as words of the outcome above it).  Its first speck, a figure, made
it the list's next item, a row no truth holds.  Now such cells are debris
as the cells with a Latin letter or a symbol were (lists.is_debris): no
dictionary word among cells parted by a wide gap is no row of a section.
A line with a Thai word among its cells, a Thai run of four letters (a
word OCR damaged: "มี <gap> ภักษะที"), a figure of three digits, or no wide
gap, is not."""
from parsers.obec_progress.lists import is_debris
from tests.test_obec_ocr import project, report, run

OUTCOME = "ครูมีความรู้ความเข้าใจ\n"


def outcomes(after: str) -> list[str]:
    text = project(1, "๒๕๖๗").replace(OUTCOME, f"๑. ครูมีความรู้ความเข้าใจ\n๒. ผู้เรียนมีทักษะที่จำเป็น\n{after}\n")
    rows = run(report(projects=[text, project(2, "๒๕๖๗")]))
    first = rows["projects"][0]["project_key"]
    return [t["text"] for t in rows["targets"] if t["kind"] == "outcome" and t["project_key"] == first]


def test_cells_of_thai_specks_with_no_word_are_debris():
    assert is_debris("๓ สฆส๑\t๐ , ซี") and is_debris("๑ สลส๑\t๐๑.,ซี")
    assert not is_debris("๓ สฆส๑ ๐ , ซี")  # no wide gap: as before
    assert not is_debris("มี\tภักษะที")  # a Thai run of four letters: a damaged word, as before
    assert not is_debris("ม.๓\tถึง\tม.๖")  # a Thai word among the cells
    assert not is_debris("จำนวน\t๓๐ คน")
    assert not is_debris("ซั\t9๑7\t๑9๑7")  # a figure of three digits: data, not debris (a list of it alone is said)


def test_a_seal_read_as_a_numbered_cell_is_no_item_of_the_list_above():
    # before: a third outcome 'สฆส๑ ๐ , ซี', its number the seal's first speck
    assert outcomes("๓ สฆส๑\t๐ , ซี") == ["ครูมีความรู้ความเข้าใจ", "ผู้เรียนมีทักษะที่จำเป็น"]


def test_a_third_item_of_words_stays_an_item():
    assert outcomes("๓. ผู้ปกครองมีส่วนร่วม") == ["ครูมีความรู้ความเข้าใจ", "ผู้เรียนมีทักษะที่จำเป็น",
                                                "ผู้ปกครองมีส่วนร่วม"]
