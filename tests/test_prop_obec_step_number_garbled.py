"""An OBEC main activity whose first step's number OCR garbled past reading ('©. จัดทำเครื่องมือ...' for ๑.๑,
'ต.@ ...' for ๓.๑; fresh set s23s, obec_progress_s23s003), the next step numbered plainly ('๑.๒ ลงพื้นที่...'):
the garbled line read as the activity's name wrapped, so the name ran on into the step with no issue naming it,
and the step was lost from the progress.  Now a line opening with such a token (a Thai letter or one or two
other characters, a dot, comma or '@') whose next lines hold step N.2 of activity N opens the progress as step
N.1 (in the digits of N.2), said as value_repaired (rule item_sequence).  Without the step N.2 after it, or
with another activity's number there, the line is left as it was."""

from __future__ import annotations

from tests.test_obec_ocr import report, run

NAME = "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n"
PROGRESS = "ได้ดำเนินการแล้ว เมื่อวันที่"
STEP1 = "จัดทำเครื่องมือการนิเทศ ติดตาม และแจ้งโรงเรียนในสังกัด"
STEP2 = "ลงพื้นที่นิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๓๗ โรงเรียน"


def _activities(first: str, second: str) -> tuple[list[dict], list[dict]]:
    text = "\n\n".join(report().split("\n"))  # paragraphs stand apart (blank lines), as OCR reads them
    assert f"{NAME}\n{PROGRESS}" in text
    rows = run(text.replace(f"{NAME}\n{PROGRESS}", f"{NAME}{first} {STEP1}\n\n{second} {STEP2}\n\n{PROGRESS}"))
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "activities.progress"]
    return rows["activities"], said


def test_a_first_step_whose_number_ocr_garbled_opens_the_progress_by_the_step_after_it():
    for garbled in ("©.", "ต.@", "lo."):
        activities, said = _activities(garbled, "๑.๒")
        assert activities[0]["text"] == "ประชุมคณะกรรมการ", garbled
        assert activities[0]["progress"].startswith(f"๑.๑ {STEP1} ๑.๒ {STEP2}"), garbled
        assert len(said) == 2, garbled  # both projects print it so


def test_a_garbled_token_not_followed_by_the_activity_s_second_step_is_left_alone():
    for second in ("๒.๒", "ซ.", ""):
        activities, said = _activities("©.", second)
        assert activities[0]["text"].startswith("ประชุมคณะกรรมการ ©."), second
        assert not said, second


def test_the_first_step_s_repair_says_nothing_of_the_activity_s_own_number():
    """The activity's heading prints its number ('กิจกรรมหลักที่ ๑'): the step's
    garbled token is no token of the activity's number (a name once shared by
    the two, so that a step's repair also said the activity's number was
    printed as the step's token)."""
    text = "\n\n".join(report().split("\n"))
    rows = run(text.replace(f"{NAME}\n{PROGRESS}", f"{NAME}©. {STEP1}\n\n๑.๒ {STEP2}\n\n{PROGRESS}"))
    assert any(i["code"] == "value_repaired" and i["field"] == "activities.progress" for i in rows["issues"])
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "activities.number"]
