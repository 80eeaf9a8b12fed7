"""Text that must survive decoding and clean-up (issue 14, part 3): a few
bad bytes, a file cut inside a character, UTF-16 cut short, UTF-8 and cp874
lines in one file, odd line breaks and invisible characters."""

from __future__ import annotations

import json

import pytest

from normalizers.invisible import drop_invisible, fix_invisible_and_explain, line_number_at, unify_line_breaks
from pipeline.decode import DecodeError, decode
from pipeline.stages import process_document
from tests.conftest import sample_text

SAMPLE = "001_fdefb2afb18072a2.txt"


def _plain(text: str) -> str:
    return text.replace("“", '"').replace("”", '"')  # cp874 has no curly quotes


def _table_sizes(rows):
    return {t: len(r) for t, r in rows.items() if t != "issues"}


def test_one_bad_byte_keeps_the_report_and_names_its_true_offset():
    data = sample_text(SAMPLE).encode("utf-8")
    at = data.index("รายงานครั้งที่ 1".encode())  # a character boundary
    broken = data[:at] + b"\xff" + data[at:]
    found = decode(broken)
    assert found.encoding == "utf-8" and found.bad.count == 1 and found.bad.first_offset == at
    rows = process_document("one-bad-byte.txt", broken)
    assert rows["documents"][0]["status"] == "ok"
    assert _table_sizes(rows) == _table_sizes(process_document("one-bad-byte.txt", data))
    (issue,) = [i for i in rows["issues"] if i["code"] == "bad_bytes"]
    line = data[:at].count(b"\n") + 1
    assert issue["severity"] == "warning" and f"byte offset {at}" in issue["message"]
    assert issue["line_start"] == line


def test_a_file_cut_inside_a_character():
    data = sample_text(SAMPLE).encode("utf-8")
    start = data.index("ความก้าวหน้า".encode(), len(data) // 2)  # a three-byte Thai character starts here
    cut = data[:start + 2]  # and the file ends after two of its bytes
    found = decode(cut)
    assert found.encoding == "utf-8" and (found.bad.count, found.bad.n_bytes, found.bad.first_offset) == (1, 2, start)


@pytest.mark.parametrize("codec, name", [("utf-16", "utf-16"), ("utf-16-le", "utf-16-le")])
def test_utf16_cut_to_an_odd_length(codec, name):
    data = sample_text(SAMPLE).encode(codec)[:2001]
    found = decode(data)
    assert found.encoding == name and found.bad.count == 1 and found.bad.first_offset == 2000


def test_cp874_is_not_taken_for_utf8_with_bad_bytes():
    data = _plain(sample_text(SAMPLE)).encode("cp874")
    found = decode(data)
    assert found.encoding == "cp874" and found.bad is None


def test_utf8_and_cp874_lines_in_one_file():
    lines = _plain(sample_text(SAMPLE)).split("\n")
    data = b"\n".join(line.encode("cp874" if 20 <= i < 30 else "utf-8") for i, line in enumerate(lines))
    found = decode(data)
    assert found.encoding == "utf-8+cp874"
    assert found.text == "\n".join(lines)
    thai_lines = [i + 1 for i in range(20, 30) if not lines[i].isascii()]
    assert found.mixed_lines == thai_lines
    rows = process_document("mixed.txt", data)
    assert rows["documents"][0]["status"] == "ok"
    (issue,) = [i for i in rows["issues"] if i["code"] == "mixed_encoding"]
    assert json.loads(issue["evidence"]) == {"lines": thai_lines}


def test_random_bytes_say_what_each_encoding_made_of_them():
    import random

    with pytest.raises(DecodeError, match=r"as UTF-8: more than \d+ bad byte sequences.*as cp874"):
        decode(random.Random(3).randbytes(50_000))


def test_odd_line_breaks_are_line_breaks():
    assert unify_line_breaks("ก\vข\x85ค\u2028ง\u2029จ") == ("ก\nข\nค\nง\nจ", 4)
    assert line_number_at("a\r\nb\vc\u2028d", 8) == 4
    assert unify_line_breaks("no odd breaks\r\n") == ("no odd breaks\r\n", 0)


def test_invisible_characters_are_dropped_and_counted():
    text = "ราย\u200dงาน\u200bครั้ง\u200fที่ 1\n\u202bชื่อ\u202cโครงการ\nปกติ\t\f\n"
    fixed, n = drop_invisible(text)
    assert fixed == "รายงานครั้งที่ 1\nชื่อโครงการ\nปกติ\t\f\n" and n == 2
    assert fix_invisible_and_explain("a\u2028b\u200bc")[1] == {"line_break": 1, "invisible_char": 1}
    assert drop_invisible("ไม่มีอะไรซ่อน")[1] == 0  # negative case: untouched


def test_a_form_full_of_zero_width_and_bidi_marks_reads_like_the_plain_one():
    text = sample_text(SAMPLE)
    hostile = (text.replace("รายงาน", "ราย\u200dงาน").replace("โครงการ", "โครง\u200fการ")
               .replace("ครั้งที่", "\u2066ครั้ง\u200cที่\u2069").replace("\n", "\u2028", 40))
    rows, plain = process_document("zw.txt", hostile.encode()), process_document("zw.txt", text.encode())
    doc = rows["documents"][0]
    assert doc["doc_type"] == "bma_progress" and doc["status"] == plain["documents"][0]["status"]
    fixes = json.loads(doc["clean_fixes"])
    assert fixes["line_break"] == 40 and fixes["invisible_char"] > 0
    for table in ("projects", "progress_reports", "objectives"):
        strip = [{k: v for k, v in r.items() if k != "doc_id"} for r in rows[table]]
        assert strip == [{k: v for k, v in r.items() if k != "doc_id"} for r in plain[table]], table


def test_an_over_long_line_is_read_in_pieces_with_its_number():
    from normalizers.invisible import MAX_LINE, cut_long_line

    words = "คำ " * (MAX_LINE // 2)
    pieces = cut_long_line(words)
    assert "".join(pieces) == words and all(len(p) <= MAX_LINE and p.endswith(" ") for p in pieces[:-1])
    marks = "ก" + "\u0e48" * (2 * MAX_LINE)  # nothing but marks: cut anyway, never stuck
    assert "".join(cut_long_line(marks)) == marks
    assert cut_long_line("สั้น") == ["สั้น"]
    text = sample_text(SAMPLE)
    hostile = text + "\n" + "ผลการดำเนินงาน " * (MAX_LINE // 5) + "\nท้าย"
    rows = process_document("long.txt", hostile.encode())
    fixes = json.loads(rows["documents"][0]["clean_fixes"])
    assert fixes["long_line_cut"] == 1 and rows["documents"][0]["status"] != "failed"


def test_a_line_repeated_hundreds_of_times_is_read_once():
    text = sample_text(SAMPLE)
    lines = text.split("\n")
    middle = len(lines) // 2
    stuck = "\n".join(["ร้อยละ 50"] * 5000)
    rows = process_document("stuck.txt", "\n".join(lines[:middle] + [stuck] + lines[middle:]).encode())
    plain = process_document("plain.txt", text.encode())
    assert _table_sizes(rows) == _table_sizes(plain)
    (issue,) = [i for i in rows["issues"] if i["code"] == "repeated_lines"]
    assert (issue["line_start"], issue["line_end"]) == (middle + 1, middle + 5000)
    assert "5000 times" in issue["message"] and json.loads(issue["evidence"])["text"] == "ร้อยละ 50"
    assert json.loads(rows["documents"][0]["clean_fixes"])["repeated"] == 4999


def test_a_line_repeated_a_few_times_is_read_every_time():
    from pipeline.clean import REPEAT_RUN, clean_lines

    lines, fixes = clean_lines("\n\n".join(["- 0 -"] * (REPEAT_RUN - 1)))
    assert "repeated" not in fixes and not any(ln.kind == "repeated" for ln in lines)
    lines, fixes = clean_lines("\n\n".join(["ร้อยละ 0"] * REPEAT_RUN))  # blank lines between do not break a run
    assert fixes["repeated"] == REPEAT_RUN - 1 and [ln.kind for ln in lines if ln.kind != "blank"][:2] == [
        "text", "repeated"]


def test_two_long_readings_are_compared_where_they_differ():
    from pipeline.vote import WHOLE_TEXT, compared_parts, vote
    from schemas.document import Reading

    filler = "ผลการดำเนินงาน " * (WHOLE_TEXT // 10)
    good, bad = filler + "การพัฒนาคุณภาพการศึกษา " + filler, filler + "การพฒนาคุณภาพการศกษา " + filler
    parts = compared_parts([good, bad])
    assert all(len(p) < 3 * 200 + 30 for p in parts) and "การพัฒนาคุณภาพการศึกษา" in parts[0]
    assert compared_parts(["สั้น", "สัน"]) == ["สั้น", "สัน"]
    for order in ([(0, Reading(bad, "", 9, 9)), (1, Reading(good, "", 1, 1))],
                  [(0, Reading(good, "", 1, 1)), (1, Reading(bad, "", 9, 9))]):
        v = vote(order)  # one group (they agree fuzzily), whose plausible reading stands for it
        assert v.winner.value == good and not v.disagreement


def test_expense_like_text_is_found_in_linear_time():
    from parsers.bma_progress.rows import expense_like

    assert expense_like("ซื้อวัสดุ 1,500.- บาท แล้ว") == "1,500.- บาท"
    assert expense_like("ค่าอาหาร 20 คน") == "ค่าอาหาร 2"
    assert expense_like("ยอด = 5 รายการ") == "= 5"
    assert expense_like("ดำเนินการแล้ว") is None
    # a line of digits with no บาท after them: each digit used to start a scan to the line's end
    assert expense_like("1" * 200_000) is None and expense_like("๑ " * 100_000) is None
    tail = expense_like("1,000.00 " * 50_000 + "บาท")  # the amount is read back from its บาท, at most 60 characters
    assert tail.endswith("1,000.00 บาท") and len(tail) <= 64


def test_skeleton_origins_of_a_few_indices_match_its_positions():
    import random

    from parsers.anchors import origins, skeleton_of

    rng = random.Random(1)
    alphabet = "กขค ่้ำ.:…\tab\u0e31\u0e47"
    for _ in range(500):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        sk = skeleton_of(line)
        some = sorted(rng.sample(range(len(sk.text)), min(len(sk.text), rng.randrange(0, 5))))
        assert origins(line, some) == [sk.pos[k] for k in some]


@pytest.mark.parametrize("piece, sep", [("รายงานครั้งที่", " "), ("ร้อยละ 50", ""), (", ", ""), ("x", "")])
def test_a_piece_of_a_line_repeated_thousands_of_times_is_read_once(piece, sep):
    """A clause repeated on one line (a broken export) is cut around its run
    and read once, with a repeated_lines issue naming the line: the rest of
    the document reads as without it, and the cost does not grow with the
    copies (it was 2.3 CPU s per MB for 'รายงานครั้งที่ ' x 36,000)."""
    text = sample_text(SAMPLE)
    lines = text.split("\n")
    middle = len(lines) // 2
    run = sep.join([piece] * 30_000)
    stuck = "หมายเหตุ " + run + " ท้ายบรรทัด"
    rows = process_document("stuck.txt", "\n".join(lines[:middle] + [stuck] + lines[middle:]).encode())
    plain = process_document("plain.txt", text.encode())
    for table in ("projects", "progress_reports", "objectives"):
        assert len(rows[table]) == len(plain[table]), table
    (issue,) = [i for i in rows["issues"] if i["code"] == "repeated_lines"]
    assert issue["line_start"] == issue["line_end"] == middle + 1
    assert f"piece of line {middle + 1}" in issue["message"] and "30000 times" in issue["message"]
    assert json.loads(rows["documents"][0]["clean_fixes"])["repeat_cut"] == 1


def test_repeated_runs_leave_real_lines_alone():
    from normalizers.invisible import REPEAT_SPAN, repeated_runs

    assert repeated_runs("ลงชื่อ" + "." * 300 + "ผู้รายงาน", 200) == []  # a dotted leader: short
    assert repeated_runs("." * (REPEAT_SPAN - 10), 200) == []  # under the span
    assert repeated_runs("ab" * 150 + "c" * 20_000, 200) == [(300, 20_300, 1)]
    # a long line of real text (a whole form on one line) has no run
    text = sample_text("004_745c23c3a2846aea.txt").replace("\n", " ")
    assert len(text) > 10 * REPEAT_SPAN and repeated_runs(text, 200) == []
    # a form printed a few times on one line is copies, not a run
    assert repeated_runs(" ".join([text] * 3), 200) == []
    # the run's bounds are whole copies: text before and after is kept
    line = "หัว " + "ครั้งที่ " * 3000 + "ท้าย"
    ((start, end, period),) = repeated_runs(line, 200)
    unit = line[start:start + period]
    assert unit.strip() == "ครั้งที่" and (end - start) // period == 3000 and (end - start) % period == 0
    assert line[:start].strip() == "หัว" and line[end:].strip() == "ท้าย"


def _form_on_one_line(sample: str = SAMPLE) -> str:
    return " ".join(ln for ln in sample_text(sample).split("\n") if ln.strip())


def test_a_whole_form_repeated_dozens_of_times_on_one_line_is_read_once():
    """A broken export that prints one form over and over with no line break
    (the fuzz archive's one_huge_line: 1-5 MB, 0.3-0.5 CPU s a MB when every
    copy was read and voted): the line is longer than MAX_LINE, so the run of
    whole copies of the long piece is cut like a short one; the first copy
    is read, the others make one repeated_lines warning with their count."""
    from normalizers.invisible import MAX_LINE, long_runs, repeated_runs

    form = _form_on_one_line()
    assert len(form) < MAX_LINE // 2
    line = "ต้นบรรทัด " + " ".join([form] * 60) + " ท้ายบรรทัด"
    ((start, end, period),) = repeated_runs(line, 200)
    assert long_runs(line) == [(start, end, period)]
    assert (end - start) // period == 60 or (end - start) // period == 59  # the turn of the piece that starts the run
    assert line[:start].strip().startswith("ต้นบรรทัด") and line[end:].strip().endswith("ท้ายบรรทัด")
    rows = process_document("huge-line.txt", line.encode())
    once = process_document("one-line.txt", form.encode())
    (issue,) = [i for i in rows["issues"] if i["code"] == "repeated_lines"]
    assert "piece of line 1" in issue["message"] and ("60 times" in issue["message"] or "59 times" in issue["message"])
    for table in ("projects", "progress_reports", "objectives", "expenses"):
        assert len(rows.get(table, [])) == len(once.get(table, [])), table
    assert len(once["progress_reports"]) > 0


def test_a_form_printed_a_few_times_on_one_line_is_copies_that_vote():
    """Fewer than LONG_REPEATS copies of a form on one long line are no run:
    they are copies (n_copies counts them), each read (identical ones once:
    parsers.reader.read_once) and voted, whatever their length."""
    from normalizers.invisible import LONG_REPEATS, MAX_LINE, repeated_runs

    form = _form_on_one_line()
    n = MAX_LINE // len(form) + 2
    assert n <= LONG_REPEATS
    line = " ".join([form] * n)
    assert len(line) > MAX_LINE and repeated_runs(line, 200) == []
    rows = process_document("copies.txt", line.encode())
    assert rows["documents"][0]["n_copies"] >= n - 1  # (the cuts at MAX_LINE may split one copy)
    assert not [i for i in rows["issues"] if i["code"] == "repeated_lines"]


def _copies_of(text: str):
    from parsers.bma_progress.fields import FORM
    from parsers.reader import scan, split_copies
    from pipeline.clean import clean_lines, parser_lines

    lines, _ = clean_lines(text)
    return split_copies(scan(FORM.anchors.mend_breaks(parser_lines(lines)), FORM), FORM)


@pytest.mark.parametrize("sep", [" ", "\n\f\n"])
def test_copies_read_once_are_their_own_readings(sep):
    """read_once gives the third and later copies whose events repeat an
    earlier copy's (on the same line, or on lines the same distance apart) a
    clone: what reading them gives, under their own index and lines, and
    changing one reading (as the vote and the checks after it may) leaves
    the others as read."""
    from parsers.bma_progress.read import read_copy
    from parsers.reader import read_once

    form = _form_on_one_line() if sep == " " else sample_text(SAMPLE)
    copies = _copies_of(sep.join([form] * 4))
    assert len(copies) == 4
    calls = []

    def counted(copy):
        calls.append(copy.index)
        return read_copy(copy)

    read = read_once(counted)
    got = [read(c) for c in copies]
    assert calls == [0, 1]  # the second read to prove the clone, the others cloned
    for copy, reading in zip(copies, got):
        again = read_copy(copy)
        assert reading == again and reading.index == copy.index
    project = got[2].tables["project"][0]
    name = next(iter(project))
    project[name].value = "changed"
    got[2].issues.clear()
    assert got[3] == read_copy(copies[3])


def test_copies_whose_readings_name_their_lines_are_each_read():
    """A reading that names its own line numbers in a message is not what a
    clone moved to other lines would say: every copy is read."""
    from parsers.bma_progress.read import read_copy
    from parsers.reader import read_once
    from schemas.document import Issue

    copies = _copies_of("\n\f\n".join([sample_text(SAMPLE)] * 4))
    calls = []

    def naming(copy):
        calls.append(copy.index)
        out = read_copy(copy)
        out.issues.append(Issue("warning", "missing_value", f"the copy starts at line {copy.line_start}"))
        return out

    read = read_once(naming)
    got = [read(c) for c in copies]
    assert calls == [0, 1, 2, 3]
    assert [r.issues[-1].message for r in got] == [f"the copy starts at line {c.line_start}" for c in copies]
