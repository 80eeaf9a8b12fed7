"""An OBEC findings heading with nothing under it (the form prints "-" for
none) whose dash OCR read as a short token of Thai letters between digits
glued on both sides ("ข้อเสนอแนะ" / "๑ปีก๑": scout set u,
obec_progress_s24u003): the token holds a Thai word ("ปีก"), so it was no
debris (lists.is_debris) and was read as the project's suggestion, with no
issue naming it.  No text of the forms glues a figure to a word's start and
its end (no clean text of any set or sample does), so a short line of one
such token is debris now.  A word with a figure after it alone
("ที่๑"), or a line with a word, stays text."""
from parsers.obec_progress.lists import is_debris
from tests.test_obec_ocr import project, report, run


def suggestions(under: str) -> list[str]:
    text = project(1, "๒๕๖๗") + f"ข้อเสนอแนะ\n{under}\n"
    rows = run(report(projects=[text, project(2, "๒๕๖๗")]))
    return [f["text"] for f in rows["findings"] if f["kind"] == "suggestion"]


def test_a_dash_read_as_letters_between_digits_is_no_suggestion():
    assert suggestions("๑ปีก๑") == []
    assert suggestions("ควรวางแผนการดำเนินการล่วงหน้า") == ["ควรวางแผนการดำเนินการล่วงหน้า"]


def test_only_letters_between_glued_digits_are_debris():
    assert is_debris("๑ปีก๑")
    assert not is_debris("ที่๑") and not is_debris("๑ปีก")


# fresh set s29o (obec_progress_s29o001): "จ7<gap>รู่" where "-" was printed, read as a problem, with no issue
def test_a_lone_letter_with_digits_glued_after_it_is_debris():
    assert suggestions("จ7\tรู่") == []
    assert is_debris("จ7 รู่") and is_debris("ฆ7")
    assert not is_debris("ม.6 ห้อง") and not is_debris("ที่๑ ของ") and not is_debris("ร้อยละ 5")
