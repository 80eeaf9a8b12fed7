"""An OBEC main activity's name whose last words the page wrapped onto a
line of their own, a blank line OCR put between ("... คุณลักษณะและ" / "" /
"ภาวะผู้นำ (สัมภาษณ์)"): a word or two opening no status and no step are
the name's end, not the activity's progress, and the guess is said
(parsers.obec_progress.rounds.name_past_blank); a line shorter than a
status clause is no clause a letter misread (running.opens_progress)."""

from __future__ import annotations

from parsers.obec_progress.running import opens_progress
from tests.test_obec import baseline, codes, original, run

NAME = "กิจกรรมหลักที่ ๔ ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (สัมภาษณ์)"
WHOLE = "ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (สัมภาษณ์)"


def _activity(rows: dict) -> dict:
    key = next(p["project_key"] for p in rows["projects"] if p["plan_status"] == "completed" and p["group_seq"] == 1)
    return next(a for a in rows["activities"] if a["project_key"] == key and a["number"] == 4)


def test_a_name_wrapped_past_a_blank_line_is_the_name():
    assert NAME in original()
    before = _activity(baseline())
    assert before["text"] == WHOLE and before["progress"] is None
    assert not [i for i in codes(baseline(), "items_cut_in_doubt") if i["field"] == "activities.text"]
    rows = run(original().replace(NAME, "กิจกรรมหลักที่ ๔ ดำเนินการประเมินคุณลักษณะและ\n\nภาวะผู้นำ (สัมภาษณ์)"))
    activity = _activity(rows)
    # (wrapped lines join with a space, as the name's other wraps do)
    assert activity["text"].replace(" ", "") == WHOLE.replace(" ", "") and activity["progress"] is None
    said = [i for i in codes(rows, "items_cut_in_doubt") if i["field"] == "activities.text"]
    assert len(said) == 1 and "ภาวะผู้นำ" in said[0]["message"]


def test_a_status_or_a_step_past_a_blank_line_is_the_progress():
    for progress in ("ดำเนินการแล้ว", "๔.๑ ประชุมคณะกรรมการ"):
        activity = _activity(run(original().replace(NAME, f"{NAME}\n\n{progress}")))
        assert activity["text"] == WHOLE and activity["progress"] == progress


def test_a_line_shorter_than_a_status_clause_opens_none():
    assert not opens_progress("รวม")
    assert opens_progress("มผู้เขชารวมกิจกรรม") and opens_progress("ได้ตำเนินการแล้ว")
