"""An OBEC main activity whose first step's number OCR read with its dot
lost, as two Latin letters ("Lo จัดทำเครื่องมือ..." for 1.๑: fresh set
ob24b, obec_progress_ob24b001), or with a speck glued before it read as a
Thai vowel, its part misread too ("า๓.๑ จัดทำเครื่องมือ..." for ๒.๑: set s,
obec_progress_s23s004), the next step numbered plainly: the line read as
the activity's name wrapped, and the step was lost from the progress
(silently in ob24b001).  rounds._GARBLED_STEP_RE now takes these shapes
too; as before, only where the step after it is N.2 of activity N does the
line open the progress as step N.1, said (value_repaired, item_sequence)."""

from __future__ import annotations

from tests.test_prop_obec_step_number_garbled import NAME, STEP1, STEP2, _activities


def test_a_first_step_whose_number_lost_its_dot_or_took_a_speck_opens_the_progress():
    for garbled in ("Lo", "า๓.๑"):
        activities, said = _activities(garbled, "๑.๒")
        assert activities[0]["text"] == "ประชุมคณะกรรมการ", garbled
        assert activities[0]["progress"].startswith(f"๑.๑ {STEP1} ๑.๒ {STEP2}"), garbled
        assert len(said) == 2, garbled  # both projects print it so


def test_such_a_token_not_followed_by_the_activity_s_second_step_is_left_alone():
    for second in ("๒.๒", ""):
        activities, said = _activities("Lo", second)
        assert activities[0]["text"].startswith("ประชุมคณะกรรมการ Lo"), second
        assert not said, second


def test_a_first_step_whose_number_and_dot_read_as_one_letter_opens_the_progress():
    """"ว1 จัดทำเครื่องมือ..." for 2.1 (fresh set s55o, obec_progress_s55o001): the
    step's number and dot read as one Thai letter glued to its part's 1; the
    line read as the name's wrapped words, the step lost from the progress
    with no issue.  As the other shapes: only before step N.2."""
    activities, said = _activities("ว1", "๑.๒")
    assert activities[0]["text"] == "ประชุมคณะกรรมการ"
    assert activities[0]["progress"].startswith(f"๑.๑ {STEP1} ๑.๒ {STEP2}")
    assert len(said) == 2
    activities, said = _activities("ว1", "๒.๒")
    assert activities[0]["text"].startswith("ประชุมคณะกรรมการ ว1") and not said
