"""A year after the words of a fiscal or an academic year that OCR read as Latin letters ("ปีการศึกษา eco" for
๒๕๖๖: fresh set s94o, obec_progress_s94o004, a project's name): no digit to weigh, and before, no issue named the
name, silently wrong.  pipeline.suspect.damaged_years says it (implausible_value); "wa." / "W.A." there are พ.ศ.
as OCR reads it, the year after them, and say nothing."""

from pipeline.suspect import damaged_years


def _said(name: str) -> list:
    rows = {"projects": [{"project_key": "k", "name": name, "line_start": 5, "line_end": 6}]}
    return [i for i in damaged_years(rows) if i.field == "projects.name"]


def test_a_year_read_as_letters_is_said():
    for name in ("โครงการสถานศึกษาปลอดภัย ปีการศึกษา eco", "โครงการอบรมครู ประจำปีงบประมาณ weve",
                 "โครงการขับเคลื่อนโรงเรียนคุณภาพ ปีการศึกษา loc’ สังกัด สพป."):
        said = _said(name)
        assert len(said) == 1 and said[0].code == "implausible_value" and said[0].line_start == 5, name


def test_the_era_read_as_letters_and_a_year_in_digits_say_nothing():
    for name in ("โครงการอบรมครู ประจำปีงบประมาณ wa. ๒๕๖๗", "โครงการอบรมครู ปีงบประมาณ W.A. 2567",
                 "โครงการอบรมครู ปีการศึกษา ๒๕๖๖", "โครงการพัฒนาทักษะ Coding"):
        assert not _said(name), name
