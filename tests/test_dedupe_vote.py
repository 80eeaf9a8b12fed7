"""Repeated pages and copies: page clustering, stitching of fragments, the
field vote, and the merge of one project reported by several files."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from pipeline.clean import clean_lines
from pipeline.dedupe import candidate_pairs, cluster_pages, page_keys
from schemas.document import Line, Reading
from pipeline.run import ingest
from pipeline.segment import Page, split_pages
from pipeline.stages import process_document
from pipeline.vote import vote
from tests.conftest import read_tables, sample_text

SEED_003 = "003_c0975e1d5f59aaa1.txt"


def first_copy(text: str) -> str:
    """Seed 003 up to where its form starts again."""
    return text[: text.index("**1. ชื่อโครงการ", 100)]


def test_repeated_pages_of_003_cluster():
    pages = split_pages(clean_lines(sample_text(SEED_003))[0])
    clusters = cluster_pages(pages)
    by_start = {p.line_start: c for p, c in zip(pages, clusters)}
    # the first pages of copies 1, 2, 3 and 4 are one page read four times
    assert by_start[7] == by_start[94] == by_start[180] == by_start[308]
    # the one-clause fragment pages of copies 3 and 4 pair up by content
    assert by_start[284] == by_start[428] and by_start[292] == by_start[436] and by_start[300] == by_start[444]
    assert by_start[284] != by_start[292]
    assert len(set(clusters)) == 5


def test_distinct_pages_are_not_all_compared():
    pages = [Page(i, [Line(1, f"หน้า {i} เรื่อง {i * 7919 % 10007} รายการ {i ** 2} ข้อความ{i}ก ข{i} ค{i}")])
             for i in range(1000)]
    keysets = [page_keys(p.text) for p in pages]
    pairs = candidate_pairs(keysets, [len(p.text) for p in pages])
    assert len(pairs) < 5 * len(pages)  # all pairs would be 499,500
    assert len(set(cluster_pages(pages))) == 1000


def test_fragmented_figures_are_stitched_into_their_entry():
    # copy 3 of seed 003: report 4's clauses stand one per page
    text = sample_text(SEED_003)
    start = text.index("รายงานครั้งที่4 :: 27/05/2566")
    end = text.index("รายงานครั้งที่5 :: 06/09/2566", start)
    rows = process_document("frag.txt", (first_copy(text)[:text.index("**2. รายงาน")] +
                                         "**2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ**\n\n" +
                                         text[start:end]).encode())
    (report,) = rows["progress_reports"]
    assert report["seq"] == 4 and report["progress_pct"] == 10.0 and report["disbursed"] == Decimal("0.00")
    assert report["on_plan"] is True and report["on_target"] is True
    assert report["description"] == "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา"


def three_copies_one_slip() -> bytes:
    copy = first_copy(sample_text(SEED_003))
    slipped = (copy.replace("นายธนูเทพ ประสานทอง", "นายธนูเทพ ประสานทอว")
                   .replace("30/03/2566", "30/08/2566")
                   .replace("ความก้าวหน้าของงานฯ = 20.00 %", "ความก้าวหน้าของงานฯ = 70.00 %"))
    return (copy + "\n" + slipped + "\n" + copy).encode()


def test_vote_takes_the_majority_and_reports_the_slip():
    rows = process_document("three.txt", three_copies_one_slip())
    assert rows["documents"][0]["n_copies"] == 3
    project = rows["projects"][0]
    assert project["coordinator_name"] == "นายธนูเทพ ประสานทอง" and project["n_copies"] == 3
    reports = {r["seq"]: r for r in rows["progress_reports"]}
    assert reports[3]["report_date"] == date(2023, 3, 30) and reports[3]["progress_pct"] == 20.0
    assert all(r["n_copies"] == 3 for r in reports.values())
    variants = {i["field"]: json.loads(i["evidence"]) for i in rows["issues"] if i["code"] == "ocr_variant"}
    assert set(variants) == {"projects.coordinator_name", "progress_reports.report_date", "progress_reports.progress_pct"}
    counts = {r["reading"]: r["copies"] for r in variants["projects.coordinator_name"]["readings"]}
    assert counts == {"นายธนูเทพ ประสานทอง": 2, "นายธนูเทพ ประสานทอว": 1}
    assert variants["projects.coordinator_name"]["tie_break"] is None
    dates = {r["reading"]: r["copies"] for r in variants["progress_reports.report_date"]["readings"]}
    assert dates == {"2023-03-30": 2, "2023-08-30": 1}


def test_missing_field_in_one_copy_is_filled_without_an_issue():
    # seed 000: the second copy prints no figures for reports 8-11
    rows = process_document("000.txt", sample_text("000_54d7a76ee7e0d007.txt").encode())
    reports = {r["seq"]: r for r in rows["progress_reports"]}
    assert [reports[s]["progress_pct"] for s in (8, 9, 10, 11)] == [25.0, 27.0, 29.0, 35.0]
    assert not [i for i in rows["issues"] if i["field"] and i["field"].startswith("progress_reports")
                and i["code"] == "ocr_variant"]


def test_tie_is_broken_by_dictionary_plausibility():
    # (not the same letters with marks dropped, a vowel read as another: ึ as ี; marks alone dropped are
    # test_vote_fullest_printing's)
    a = Reading("การพัฒนาคุณภาพการศึกษา", "", 1, 1)
    b = Reading("การพฒนาคุณภาพการศีกษา", "", 9, 9)
    for order in ([(0, b), (1, a)], [(0, a), (1, b)]):
        v = vote(order)
        assert v.winner.value == a.value and v.tie_break == "dictionary plausibility"


def test_a_tie_weighs_latin_letters_ocr_wrote_for_thai_words_as_unknown():
    """One copy prints the ordinal word, the other OCR read as Latin
    look-alikes ('มิติที่' as '> NAN'): the Thai of both is all words, so
    scoring the Thai alone chose the damaged one (fewer, longer tokens);
    the Latin run standing where the other reading has Thai counts as a
    token the dictionary does not know.  Latin both readings share, or
    that stands against digits, weighs on neither."""
    good, bad = "มิติที่ 3.3 - การศึกษาสำหรับทุกคน", "> NAN 3.3 - การศึกษาสำหรับทุกคน"
    for order in ([(0, Reading(bad, bad, 1, 1)), (1, Reading(good, good, 9, 9))],
                  [(0, Reading(good, good, 1, 1)), (1, Reading(bad, bad, 9, 9))]):
        v = vote(order)
        assert v.winner.value == good and v.tie_break == "dictionary plausibility"
    shared = [" : Bangkok as a City for All", ""]
    for tail in shared:  # the same with English both readings print
        v = vote([(0, Reading(bad + tail, "", 1, 1)), (1, Reading(good + tail, "", 9, 9))])
        assert v.winner.value == good + tail
    # an English word OCR read as digits: neither reading's Latin stands against Thai letters, the first copy stays
    english, digits = "โรงเรียนสีเขียว (School of go green)", "โรงเรียนสีเขียว (5๐๐0! of go green)"
    v = vote([(0, Reading(english, "", 1, 1)), (1, Reading(digits, "", 9, 9))])
    assert v.winner.value == english and v.tie_break == "earliest copy"


def test_long_text_agrees_fuzzily():
    a = Reading("อยู่ระหว่างขั้นตอน...ประกาศเชิญชวนการส่งผลงานเข้าร่วมโครงการ โดยปรับแผนให้ส่งผลงานระหว่างเดือน", "", 1, 1)
    b = Reading(a.value.replace("ประกาศ", "ประกาส"), "", 2, 2)
    assert not vote([(0, a), (1, b)]).disagreement


def test_same_file_under_two_names_is_one_project(tmp_path):
    data = sample_text(SEED_003).encode()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "march.txt").write_bytes(data)
    (tmp_path / "in" / "march-copy.txt").write_bytes(data)
    ingest([tmp_path / "in"], tmp_path / "out")
    tables = read_tables(tmp_path / "out")
    assert len(tables["documents"]) == 2
    assert [p["project_key"] for p in tables["projects"]] == ["50410000-6831/2566"]
    sources = sorted((s["role"], s["doc_id"]) for s in tables["project_sources"])
    assert [r for r, _ in sources] == ["merged", "primary"] and sources[0][1] != sources[1][1]
    assert [r["seq"] for r in tables["progress_reports"]] == [1, 2, 3, 4, 5]
    assert len(tables["objectives"]) == 4 and len(tables["expenses"]) == 3
    assert not [i for i in tables["issues"] if i["code"] == "cross_file_conflict"]


def test_latest_report_wins_and_conflicts_are_issues(tmp_path):
    full = first_copy(sample_text(SEED_003))
    april = full[: full.index("รายงานครั้งที่5")].replace("26,200 บาท", "26,000 บาท")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-april.txt").write_text(april, encoding="utf-8")
    (tmp_path / "in" / "b-september.txt").write_text(full, encoding="utf-8")
    ingest([tmp_path / "in"], tmp_path / "out")
    tables = read_tables(tmp_path / "out")
    docs = {d["doc_id"]: d["source_path"] for d in tables["documents"]}
    (project,) = tables["projects"]
    assert docs[project["doc_id"]].endswith("b-september.txt")
    assert project["budget_allocated"] == Decimal("26200.00") and project["plan_status"] == "completed"
    roles = {docs[s["doc_id"]].rsplit("/", 1)[-1]: (s["role"], s["last_report_seq"]) for s in tables["project_sources"]}
    assert roles == {"b-september.txt": ("primary", 5), "a-april.txt": ("merged", 4)}
    assert [r["seq"] for r in tables["progress_reports"]] == [1, 2, 3, 4, 5]
    conflicts = [i for i in tables["issues"] if i["code"] == "cross_file_conflict"]
    assert [c["field"] for c in conflicts] == ["projects.budget_allocated"]
    assert docs[conflicts[0]["doc_id"]].endswith("a-april.txt")
    counted = {docs[d["doc_id"]].rsplit("/", 1)[-1]: d["n_issues"] for d in tables["documents"]}
    issues_per_doc = {}
    for i in tables["issues"]:
        name = docs[i["doc_id"]].rsplit("/", 1)[-1]
        issues_per_doc[name] = issues_per_doc.get(name, 0) + 1
    assert counted == issues_per_doc


def test_name_tie_is_settled_by_other_files_of_the_run(tmp_path):
    (tmp_path / "alone").mkdir()
    (tmp_path / "alone" / "000.txt").write_text(sample_text("000_54d7a76ee7e0d007.txt"), encoding="utf-8")
    ingest([tmp_path / "alone"], tmp_path / "out1")
    alone = read_tables(tmp_path / "out1")["projects"][0]
    # one copy each way, no dictionary preference: the earlier copy's reading
    assert alone["coordinator_name"] == "นายณัฐ คงธนะมงคล"

    (tmp_path / "alone" / "001.txt").write_text(sample_text("001_fdefb2afb18072a2.txt"), encoding="utf-8")
    ingest([tmp_path / "alone"], tmp_path / "out2")
    tables = read_tables(tmp_path / "out2")
    project = next(p for p in tables["projects"] if p["project_key"] == "09000000-3863/2561")
    assert project["coordinator_name"] == "นายณัฐ คงชนะมงคล"  # 001 gives this reading
    (issue,) = [i for i in tables["issues"] if i["field"] == "projects.coordinator_name"]
    assert "other document" in issue["message"]
    # the issue's evidence, lines and message say what was kept and why
    evidence = json.loads(issue["evidence"])
    assert evidence["tie_break"] == "other files of the run" and evidence["run_documents"] == 1
    kept = evidence["readings"][0]
    assert kept["reading"] == project["coordinator_name"] and repr(kept["reading"]) in issue["message"]
    assert [issue["line_start"], issue["line_end"]] == kept["lines"]
    text = sample_text("000_54d7a76ee7e0d007.txt").splitlines()
    assert "คงชนะมงคล" in text[issue["line_start"] - 1]  # the kept reading's line, not the rejected one's


def test_codes_apart_by_confused_digits_are_one_project_when_names_agree():
    from parsers.reader import same_project

    name = "ส่งเสริมการใช้เทคโนโลยีสารสนเทศเพื่อการเรียนรู้"
    # ๙ and ๔ read as ๕ three times: more than two characters apart, every one a known misread
    assert same_project(("๐๕๐๐๐๐๐๐-๒๕๐๕", name), ("09000000-2404", name))
    assert not same_project(("๐๕๐๐๐๐๐๐-๒๕๐๕", name), ("01000000-2717", name))  # 1 and 7 are not misread as 5
    assert not same_project(("๐๕๐๐๐๐๐๐-๒๕๐๕", name), ("09000000-2404", "ปรับปรุงภูมิทัศน์สวนสาธารณะ"))


def test_a_tie_between_copies_goes_to_the_reading_the_other_is_a_misread_of():
    from normalizers.confusions import misread_direction
    from pipeline.vote import vote

    assert misread_direction("09000000-2404", "๐๕๐๐๐๐๐๐-๒๕๐๕") == 1  # Arabic digits are read as printed
    assert misread_direction("๐๕๐๐๐๐๐๐-๒๕๐๕", "09000000-2404") == -1
    assert misread_direction("๒๕๖๓", "๒๕๒๓") == 0  # ๖ is read as ๒ and ๒ as ๖: no direction
    for order in ((0, 1), (1, 0)):
        readings = [(0, Reading("05000000-2505", "๐๕๐๐๐๐๐๐-๒๕๐๕", 11, 11)),
                    (1, Reading("09000000-2404", "09000000-2404", 332, 332))]
        v = vote([readings[i] for i in order])
        assert v.winner.value == "09000000-2404" and v.tie_break == "the other readings are OCR misreads of it"
    v = vote([(0, Reading(2523, "๒๕๒๓", 1, 1)), (1, Reading(2563, "๒๕๖๓", 9, 9))])
    assert v.tie_break == "earliest copy" and v.winner.value == 2523  # numbers have no dictionary


def test_a_smaller_group_wins_when_the_larger_groups_readings_are_ocr_misreads_of_it():
    # extra3 w006: report 1's progress printed ๒๖.๕ in three copies, read "26.5" once (Arabic digits, read as
    # printed) and "๒๒.๕", "2๒.๕" twice (๖ read as ๒: every copy misreads the glyph alike): 22.5 won 2 to 1
    from pipeline.vote import _variant_issue, variant_evidence, vote

    readings = [(0, Reading(26.5, "ความก้าวหน้าของงานฯ = 26.5%", 91, 91)),
                (1, Reading(22.5, "ความก้าวหน้าของงานฯ = ๒๒.๕%", 278, 278)),
                (2, Reading(22.5, "ความก้าวหน้าของงานฯ = 2๒.๕%", 391, 391))]
    v = vote(readings)
    assert v.winner.value == 26.5 and v.tie_break is None and "misreads of it" in v.overruled
    assert json.loads(variant_evidence(v))["overruled"] == v.overruled
    issue = _variant_issue("progress_reports", 1, "progress_pct", v, 3)
    assert issue.code == "ocr_variant" and "kept '26.5' (1 of 3 copies; the other readings" in issue.message
    # neither explains the other (๖ is read as ๒ and ๒ as ๖; an Arabic digit against another): the majority stands
    v = vote([(0, Reading(2563, "๒๕๖๓", 1, 1)), (1, Reading(2523, "๒๕๒๓", 2, 2)), (2, Reading(2523, "๒๕๒๓", 3, 3))])
    assert v.winner.value == 2523 and v.overruled is None
    v = vote([(0, Reading(26.5, "26.5", 1, 1)), (1, Reading(22.5, "22.5", 2, 2)), (2, Reading(22.5, "22.5", 3, 3))])
    assert v.winner.value == 22.5 and v.overruled is None and v.tie_break is None


def test_a_tie_between_dates_keeps_the_one_inside_the_archive_s_years():
    # "1/1๐/25๒๐" (1977: OCR read ๖ as ๒ and ๗ as ๐) against "1/10/๒567": the later copy's date stands
    readings = [(0, Reading(date(1977, 10, 1), "1/1๐/25๒๐", 12, 12)), (1, Reading(date(2024, 10, 1), "1/10/๒567", 176, 176))]
    v = vote(readings)
    assert v.winner.value == date(2024, 10, 1) and "archive" in v.tie_break
    # both inside: the earliest copy, as before
    v = vote([(0, Reading(date(2023, 10, 1), "1/10/2566", 1, 1)), (1, Reading(date(2024, 10, 1), "1/10/2567", 2, 2))])
    assert v.winner.value == date(2023, 10, 1)


def test_earliest_copy_settles_only_the_readings_tied_on_plausibility():
    """Three copies, three readings: the first copy's is fragmented by OCR
    (ranked last on plausibility), the other two are as plausible.  The
    earliest copy decides between those two only; the implausible reading
    does not win for standing in the first copy."""
    texts = ("การพฒนาคณภาพการศกษา", "การพัฒนาคุณภาพการศึกษา", "การพัฒนาคุณภาพการเรียน")
    v = vote([(i, Reading(t, t, i + 1, i + 1)) for i, t in enumerate(texts)])
    assert v.tie_break == "earliest copy" and v.winner.value == texts[1] and v.winner_copy == 1
    assert [g.copies[0] for g in v.groups] == [1, 2, 0]


def test_codes_apart_by_digits_ocr_confuses_and_one_arabic_digit_it_wrote_for_a_thai_one_are_one_project():
    """Two copies of one form, the same name: one prints its code in Thai digits, which OCR read with
    ๙ and ๘ as ๕ and a ๖ written as an Arabic 9 ("๕๐๒๕๐๐๐๐-๕๕๕9"), the other in Arabic digits
    ("50290000-8586"). They are one project, and the code the Arabic copy prints wins the vote."""
    from parsers.reader import same_project

    name = "เสริมสร้างผลสัมฤทธิ์ทางการเรียนกลุ่มสาระการเรียนรู้หลัก"
    assert same_project(("๕๐๒๕๐๐๐๐-๕๕๕9", name), ("50290000-8586", name))
    # two such digits, or one with names apart, are two codes
    assert not same_project(("๕๐๒๕๐๐๐๐-๕๕99", name), ("50290000-8566", name))
    assert not same_project(("๕๐๒๕๐๐๐๐-๕๕๕9", name), ("50290000-8586", "ปรับปรุงห้องสมุดโรงเรียนในสังกัด"))
    v = vote([(0, Reading("50250000-5559", "๕๐๒๕๐๐๐๐-๕๕๕9", 11, 11)),
              (1, Reading("50290000-8586", "50290000-8586", 158, 158))])
    assert v.winner.value == "50290000-8586" and v.tie_break == "the other readings are OCR misreads of it"


def test_copies_whose_codes_ocr_read_too_far_apart_are_one_project_when_their_header_texts_agree():
    """Sample 000 (two copies of one form) with the second copy's code OCR'd three digits apart
    ("09000000-3863" read "01000000-3523"): the digits alone do not say one code, but the name and every
    header text both copies give (rationale, agency, division, section) are the same text, so one project,
    its code voted and the disagreement said; with another rationale it stays two projects."""
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).resolve().parent.parent / "samples" / "000_54d7a76ee7e0d007.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[167] == "รหัสโครงการ... : 09000000-3863"
    lines[167] = "รหัสโครงการ... : 01000000-3523"
    out = process_document(str(path), "\n".join(lines).encode("utf-8"))
    assert [p["n_copies"] for p in out["projects"]] == [2]
    assert any(i["code"] == "ocr_variant" and i["field"] == "projects.project_code" for i in out["issues"])
    # the second copy's rationale another text: another project of the same name
    start = next(i for i, ln in enumerate(lines) if i > 167 and "หลักการและเหตุผล" in ln)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("**1.4"))
    other = lines[:start + 1] + ["โรงเรียนในสังกัดขาดแคลนอุปกรณ์การเรียนการสอนด้านดนตรีและนาฏศิลป์ "
                                  "จึงจัดซื้อเครื่องดนตรีไทยให้ครบทุกโรงเรียน"] + lines[end:]
    out = process_document(str(path), "\n".join(other).encode("utf-8"))
    assert len(out["projects"]) == 2


def test_a_misread_is_told_on_the_value_s_own_characters_not_the_label_around_it():
    # tests/corpus bma_progress_018: one copy's label read 'ความค้าวหน้า' (a slip in a letter) kept its
    # Arabic "28" from overruling two copies' "๒๕" (the engine reads ๘ as ๕): the clauses were compared whole
    readings = [(0, Reading(25.0, "ความก้าวหน้าของงานฯ = ๒๕", 10, 10)),
                (1, Reading(28.0, "ความค้าวหน้าของงานฯ = 28", 120, 120)),
                (2, Reading(25.0, "ความก้าวหน้าของงานฯ = ๒๕", 230, 230))]
    v = vote(readings)
    assert v.winner.value == 28.0 and "misreads of it" in v.overruled
    # an amount (tests/corpus obec_progress_003): the one figure giving the value, not the clause's other
    # figures, and looked at however long the clause (a text field's clause is compared only when short);
    # a tie is settled the same way
    from pipeline.vote import LONG_TEXT, value_printing

    a = Reading(Decimal("40109.51"), "จำนวนเงินงบประมาณที่เบิกจ่ายจริง 40,109.51 บาท คิดเป็นร้อยละ ๕๕.๕๕", 5, 5)
    b = Reading(Decimal("50103.51"), "จำนวนเงินงบประมาณทีเบิกจ่ายจริง ๕๐,10๓.๕๑ บาท คิดเป็นร้อยละ\n๕๕.๕๕", 90, 91)
    assert len(b.text) >= LONG_TEXT
    assert value_printing(a) == "40,109.51" and value_printing(b) == "๕๐,10๓.๕๑"
    v = vote([(0, b), (1, a)])
    assert v.winner.value == Decimal("40109.51") and v.tie_break == "the other readings are OCR misreads of it"
    # the label apart, the figures neither way a misread (Arabic against Arabic): the majority stands
    v = vote([(0, Reading(25.0, "ความก้าวหน้าของงานฯ = 25", 1, 1)), (1, Reading(28.0, "ความค้าวหน้าของงานฯ = 28", 2, 2)),
              (2, Reading(25.0, "ความก้าวหน้าของงานฯ = 25", 3, 3))])
    assert v.winner.value == 25.0 and v.overruled is None


def test_a_tie_goes_to_the_arabic_digits_the_other_copy_s_thai_digit_is_a_rarer_misread_of():
    # fresh set s69o, bma_progress_s69o009: two copies of report 4's progress, "๑.๐0 %" (๗ read ๑, a misread
    # RARE_MISREADS measures, the table leaves out) and "7.๐๐ %" (its 7 Arabic, read as printed); report 6's
    # "๒๑.00 %" (๖ read ๑) and "๒6.๐๐ %": the earliest copy's misread won the tie both times
    for a, b, want in ((Reading(1.0, "ความก้าวหน้าของงานฯ = ๑.๐0 %", 1, 1), Reading(7.0, "ความก้าวหน้าของงานฯ = 7.๐๐ %", 9, 9), 7.0),
                       (Reading(21.0, "ความก้าวหน้าของงานฯ = ๒๑.00 %", 1, 1), Reading(26.0, "ความก้าวหน้าของงานฯ = ๒6.๐๐ %", 9, 9), 26.0)):
        for order in ((a, b), (b, a)):
            v = vote([(0, order[0]), (1, order[1])])
            assert v.winner.value == want and v.tie_break == "the other readings are rarer OCR misreads of its Arabic digits"
    # Thai digits against Thai digits (no printing certain), or an Arabic digit against another: the earliest copy
    v = vote([(0, Reading(1.0, "= ๑.๐๐ %", 1, 1)), (1, Reading(7.0, "= ๗.๐๐ %", 2, 2))])
    assert v.winner.value == 1.0 and v.tie_break == "earliest copy"
    v = vote([(0, Reading(9.0, "= 9.๐๐ %", 1, 1)), (1, Reading(6.0, "= 6.00", 2, 2))])
    assert v.winner.value == 9.0 and v.tie_break == "earliest copy"
    # the majority is not overruled by a rarer misread (only a tie is broken so)
    v = vote([(0, Reading(1.0, "= ๑.๐0 %", 1, 1)), (1, Reading(7.0, "= 7.๐๐ %", 2, 2)), (2, Reading(1.0, "= ๑.๐๐ %", 3, 3))])
    assert v.winner.value == 1.0 and v.overruled is None
