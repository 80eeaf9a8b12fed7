"""BMA progress form, a report table whose cells stand side by side and wrap: the plan and target flags' words
split by the wrap ("เป็นไปตาม" on one line, "แผน" / "เป้าหมาย" below, the next column's cells between them) ran
into the entry's description with its other rows' words; the label cut leaves them out, and the flags the entry
lacks are read from them, each said (label_inferred)."""

from parsers.bma_progress.rows import _flags_left_out
from schemas.document import Reading

OWN = "ได้รับการอนุมัติโครงการ และโอนเงินกิจกรรมที่ 1 ให้ ๕๕ เครือข่ายโรงเรียน"


def _cut(tail: str, rec_extra: dict | None = None, own: str = OWN):
    read = f"{own} {tail}"
    rec = {"description": Reading(read, read, 102, 110), **(rec_extra or {})}
    out = {"description": own, "on_plan": None, "on_target": None}
    return rec, out, _flags_left_out(1, rec, read, out)


def test_split_flag_words_left_out_of_a_description_give_the_flags_the_entry_lacks():
    # extra2 z001: both flag cells wrapped, their opening words on one line, their objects on a line below
    rec, out, said = _cut("งบประมาณที่ เป็นไปตาม เป็นไปตาม เบิกใช้ แผน เป้าหมาย")
    assert out["on_plan"] is True and out["on_target"] is True
    assert rec["on_plan"].value is True and rec["on_target"].span == (102, 110)
    assert [(i.code, i.field, i.line_start) for i in said] == [
        ("label_inferred", "progress_reports.on_plan", 102), ("label_inferred", "progress_reports.on_target", 102)]


def test_a_flag_read_already_is_left_alone_and_the_other_read():
    # extra4 t017: the target read by its clause; the plan's words split, "เป็นไปตาม" / "แผน"
    target = Reading(False, "ไม่เป็นไปตามเป้าหมาย", 104, 104)
    rec, out, said = _cut("ความก้าวหน้าของงานฯ เป็นไปตาม งบประมาณที เบิกใช้ แผน", {"on_target": target})
    assert out["on_plan"] is True and out["on_target"] is None and rec["on_target"] is target
    assert [i.field for i in said] == ["progress_reports.on_plan"]


def test_a_negation_among_the_words_or_an_object_without_its_opening_words_reads_nothing():
    for tail in ("งบประมาณที่ ไม่ เป็นไปตาม เป็นไปตาม เบิกใช้ แผน เป้าหมาย",  # whose ไม่: not known
                 "งบประมาณที่ ไม่เป็นไปตาม เป็นไปตาม เบิกใช้ แผน เป้าหมาย",
                 "ความก้าวหน้าของงานฯ งบประมาณที่ เบิกใช้ แผน",  # no opening words: a title's tail, maybe
                 "งบประมาณที่ เป็นไปตาม เบิกใช้ แผน เป้าหมาย",  # two objects, one opening: which is it
                 "งบประมาณที่ เป็นไปตาม เป็นไปตาม แผน แผน",  # one object twice: two entries' words
                 "เป็นไปตาม เบิกใช้ แผน ดำเนินการจัดสัมมนา"):  # other words: the description's, maybe
        rec, out, said = _cut(tail)
        assert said == [] and out["on_plan"] is None and out["on_target"] is None, tail
        assert "on_plan" not in rec and "on_target" not in rec, tail
    # a "ไม่" standing alone in the description kept: the negation of a split flag, maybe
    rec, out, said = _cut("เป็นไปตาม เบิกใช้ แผน", own=OWN + " : ไม่")
    assert said == [] and out["on_plan"] is None
