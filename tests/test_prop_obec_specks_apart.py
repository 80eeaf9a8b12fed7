"""An OBEC section holding a line of specks printed apart, digits and single
letters parted by wide gaps, with no Latin letter or symbol among them
("๐       ๕ ฉ๑๕  9๑": scout set u, obec_progress_s24u004, between an
indicator's two lines; "๐   ๐   อ 4    1 ¥": h, obec_progress_s20h004,
between two results of a list).  Lines of debris were told by a Latin
letter, a symbol or a vowel standing alone (lists._ODD_RE), so such a line
was read as text: its first digit as an item's bare number, the indicator's
last line after it as a fourth indicator ("๕ ฉ๑๕ 9๑ และสามารถนำไปปฏิบัติได้",
no issue naming it), or the results' column of numbers paired wrong.  Now a
short line of three tokens or more, each of four characters at most, with
no figure of three digits, no Thai word of three letters anywhere and a
column gap between its tokens is debris too (lists._specks_apart).  A line
holding a Thai word, or with no wide gap, is not."""
from parsers.obec_progress.lists import is_debris
from tests.test_obec_ocr import project, report, run

INDICATOR = "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n"


def indicators(between: str) -> list[str]:
    text = project(1, "๒๕๖๗").replace(INDICATOR, f"ร้อยละ ๘๐ ของผู้เข้าร่วมมีความรู้ ความเข้าใจ\n{between}\n"
                                                 "และสามารถนำไปปฏิบัติได้\n")
    rows = run(report(projects=[text, project(2, "๒๕๖๗")]))
    return [t["text"] for t in rows["targets"] if t["kind"] == "indicator" and t["project_key"]
            == rows["projects"][0]["project_key"]]


def test_specks_printed_apart_part_no_indicator():
    assert indicators("๐       ๕ ฉ๑๕  9๑") == [
        "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความรู้ ความเข้าใจ และสามารถนำไปปฏิบัติได้"]


def test_specks_apart_are_debris_and_words_are_not():
    assert is_debris("๐\t๕ ฉ๑๕ 9๑") and is_debris("๐\t๐\tอ 4\t1 ¥")
    assert not is_debris("๐ ๕ ฉ๑๕ 9๑")  # no wide gap: as before
    assert not is_debris("ม.๓\tถึง\tม.๖")  # a Thai word among them
