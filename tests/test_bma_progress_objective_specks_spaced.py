"""BMA progress form: a line of digits and specks a space apart over the objectives ("๑  ๐", two spaces the
clean-up made one) was read as objective 1, its text "๐", every objective after it one place late, their
texts the next rows' (fresh set s45o, bma_progress_s45o001: flagged only at other rows' lines).  It is OCR
debris, no item number (parsers.bma_progress.read._SPECKS_APART_RE); a column of numbers run together keeps
its dots and stays the numbers' rules'."""

from __future__ import annotations

from tests.test_repair import form, read


def _objectives(lines: str) -> list[str]:
    rows = read(form().replace("1. เพื่อทดสอบ\n", lines))
    return [o["text"] for o in sorted(rows["objectives"], key=lambda o: o["seq"])]


def test_digits_and_specks_a_space_apart_over_the_objectives_open_no_objective():
    texts = _objectives("๑  ๐\n๑. เพื่อยกย่องครูและบุคลากรทางการศึกษา\n๒. เพื่อส่งเสริมการประกันคุณภาพ\n")
    assert texts == ["เพื่อยกย่องครูและบุคลากรทางการศึกษา", "เพื่อส่งเสริมการประกันคุณภาพ"]
