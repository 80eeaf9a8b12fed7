"""The issue codes: one table of every code raingan emits, its severity,
what it means and the shape of its `evidence` (JSON), from which the
README's list and `raingan schema` are generated.

Every issue is built through `schemas.document.Issue`, which turns its
evidence into JSON (`evidence_json`): a dict or list as it is, plain text as
{"text": ...}, nothing as null.  tests/test_issue_codes.py fails when the
code emits a code missing from this table (it reads the sources and the
issues of the samples and the corpus) or evidence that is not JSON of the
documented shape.

Scope says what an issue is about: "document" (the file as a whole: no
project, its lines are the whole text when it has any), "project" (it carries
the project_key of the project it is about), or "report" (an OBEC report's
summary: no project, the summary's lines).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

TEXT = {"text": "the text the issue is about, as printed"}
REPAIR = {
    "rule": "the constraint that decided (see parsers.repair.RULES)",
    "printed": "the characters as printed",
    "read": "the value they read as",
    "chosen": "the value chosen (value_repaired); null or absent when none is; a repair_ambiguous naming one "
              "keeps it in doubt (rule fiscal_year of a BMA progress form whose year ties with a reading through "
              "digits its OCR never writes: the table's year kept, and each date repaired into its window, "
              "parsers.bma_progress.repairs._year_tied and _dates_in_doubt)",
    "candidates": "the readings of those characters that satisfy the constraint",
    "copy_readings": "the other copies' readings of a value the copies disagree on, one of which alone satisfies "
                     "the constraint and is chosen (parsers.bma_progress.repairs.copy_reading); rule copy_readings "
                     "(a BMA report's date or progress): the other copies' printings, as printed, a reading of every "
                     "one of which gives the chosen value and no other (repairs._copies_agree, progress_from_copies), "
                     "and of an OBEC budget amount (parsers.obec_progress.budgets.repair_from_copies)",
    "kept": "repair_ambiguous, rules baht_sign and sum: the value kept, the digits as printed without the "
            "leading 8 or 3 the document shows to be a ฿ sign (which reading of the digits is right stays open); "
            "rule fiscal_year, a proposal's period date whose year was repaired: {part: figure} the parts read as "
            "printed (its day), which the repair does not vouch for (pipeline.doubtful.partial_repairs); rule "
            "sibling_text, a text read in another printing's wording with its own figures put in: {count: figure, "
            "\"count 2\": ...} those figures, which no other printing vouches for (pipeline.siblings, partial_repairs); "
            "a BMA report date whose day is printed in letters alone: the date the rule chose, kept in doubt "
            "(day_letters)",
    "bounds": "rule progress_order: the least and the most the neighbours' progress may be by every reading of "
              "theirs, between which the value was weighed (none of its readings standing between them as they "
              "read); rules report_window and date_order, repair_ambiguous: the earliest and the latest date every "
              "reading of the neighbours' damaged dates allows",
    "decimals": "rule progress_order, value_repaired of an unreadable progress several of whose readings fit "
                "between its neighbours: the decimals the form's other progress figures print (as read, as many "
                "digits as they print), the chosen reading's being the only fitting one among them "
                "(parsers.bma_progress.repairs._by_printed_decimals)",
    "rare_misreads": "true where no reading under the table of OCR confusions satisfied the rule and exactly one "
                     "reading the measured misreads it leaves out give does (normalizers.confusions.RARE_MISREADS: "
                     "๗ read as ๑ or ๐, ๖ and ๙ as ๑; RARE_LOOKALIKES: a look-alike letter for a further digit, e for ๔): "
                     "value_repaired of parsers.repair.repair and repair_date, "
                     "and rule product of a BMA expense line (parsers.bma_progress.repairs._product_jointly; its "
                     "repair_ambiguous where that one reading moves three figures unconfirmed, or two with the "
                     "entry's sum able to check it)",
    "year_proven": "repair_ambiguous, rules report_window and date_order: the date as read in the one year every "
                   "reading that fits has, its day and month as printed: the value kept (parsers.repair.year_proven); "
                   "of a report date OCR left unreadable whole, with the entries in doubt, its one reading inside "
                   "the year the reports cover (parsers.bma_progress.repairs._one_reading_unread)",
    "month_proven": "repair_ambiguous, rule report_calendar: the date as read in the one month every reading in "
                    "the months the form's calendar leaves the report has, its day as printed: the value kept "
                    "(parsers.bma_progress.repairs._dates_by_calendar); of a date OCR left unreadable, its day as "
                    "printed where that day is likelier than its other readings together by the measured reads "
                    "(repairs._printed_day)",
    "doubt": "repair_ambiguous, rule fiscal_year of a BMA proposal: \"rare_misreads\" where the table of OCR "
             "confusions settled the year (`chosen`, kept) and the misreads it leaves out as rare, of the digits the "
             "document's OCR never writes in Thai, read every fiscal-year mention and the period as other years too "
             "(`candidates`); the period's and KPIs' repairs that rest on the year are said in doubt with it "
             "(parsers.bma_proposal.years._rare_rivals, resting_on_year)",
    "day_letters": "repair_ambiguous of a BMA report date whose day OCR printed in letters alone, no digit among "
                   "them (normalizers.confusions.day_in_letters: ญ for ๗ and for ๙): the one reading that fits is "
                   "kept (`kept`), in doubt (parsers.bma_progress.repairs._days_in_letters)",
    "digits": "repair_ambiguous, rule words: how many digits a BMA proposal's budget total prints, its shape whole "
              "(parsers.bma_proposal.rows.firm_digit_count), where the amount in Thai words has another count: "
              "neither taken (rows.total_from_words)",
    "lead_lost": "true where an OBEC budget row disbursed as planned was read by the printing whose digits no OCR "
                 "misreads, the other printing reading as its last digits, its leading digits lost "
                 "(parsers.obec_progress.budgets)",
    "total_left_out": "the OBEC summary total (planned or disbursed) left out of the weighing, misread past the "
                      "confusion table, with which alone the rows' sums hold (parsers.obec_progress.quarter_joint)",
    "tied_to": "the column (planned or disbursed) whose weighing gave an OBEC row disbursed as planned its amount, "
               "taken in the column the weighing skipped (parsers.obec_progress.quarter_joint)",
    "text": "the line the value stands on (OBEC project numbers)",
    "support": "how many of the document's values agree on the chosen one (a year from the form's dates)",
    "level": "the risk level printed beside the scores (rule risk_matrix)",
    "odds": "rule read_odds: for each year the printings tie on, how many times less likely than the chosen one OCR "
            "makes it print as the printings show (normalizers.confusions.MEASURED_READS; the chosen one: 1)",
    "bound_read_apart": "rules progress_order and copy_readings: the report whose progress bounded the repair "
                        "(`report`, its kept `progress`) and another copy's printing of it (`other_copy`) that "
                        "stands in order with the figure as read: the repair is not made",
    "bound": "rule progress_order: the neighbour's progress a repair leaned on, as printed and read",
    "shown": "rule flag_column: how many flags the column of one kind shows, one a report",
    "lost": "rule flag_column: the report numbers no entry was read for, whose flags the column holds",
    "profile": "rule misread_profile: for each true digit, what the document's OCR wrote for it and how often",
    "ruled_out": "rule misread_profile: each reading ruled out, with the digit, the misread it needs, what was seen",
    "against": "rule every_printing: for each other year the report's year mentions tie with the chosen one on, how "
               "many of its fiscal-year printings no reading OCR was measured to make turns into it (the chosen "
               "one: 0; parsers.year_readings)",
    "added": "rule proven_misread: the misread (printed, read digit) the year mentions prove, how many agree "
             "with it, how many need it, and the year the table alone gave; where other misreads would each make "
             "the mentions agree too, `unwritten` (the digits the document's OCR never writes, one of which the "
             "proven misread's printed digit is) and `rivals_written` (those other misreads, each of a digit it "
             "does write); where the table's year lies outside the national plan the report's edition mentions "
             "name, undisputed otherwise, `plan` (the first and last fiscal year those mentions allow)",
    "misreads": "repair_ambiguous, rule fiscal_year (a year rivalled): for each rival year, the one misread "
                "(printed, read digit) the table of OCR confusions lacks under which every year mention allows it",
    "words": "rules dictionary_marks, dictionary_vowel, echoed_word, printed_word, listed_name and name_ending: each [word as read, word "
             "restored]; latin_misread: each [the Latin letters printed, the Thai word the clean stage read them as]",
    "sibling": "rules sibling_text and own_printings: the document's other text the value was read as, as it "
               "prints it (own_printings: spaces gone, figures in Arabic digits); other_printing: the other "
               "printing's text from the piece before the lost words to the piece after them",
    "printings": "rule sibling_text: how many other rows print that text; own_printings: how many lines print it "
                 "(repair_ambiguous: for each candidate); dictionary_marks, where words were joined into one the "
                 "corpus counts rare: each such word and the fewest lines printing its marks between the same letters; "
                 "printed_word: how many text lines print the word right",
    "opening": "repair_ambiguous, rule dictionary_marks: the vowel signs and marks an expense item or category "
               "opens with, as no word does: OCR lost its first letters, the text kept as read (pipeline.marks)",
    "debris": "repair_ambiguous, rule dictionary_marks: the pieces of OCR debris the text holds that no change of "
              "marks reads (pipeline.marks: letters of another column's cells closing a bracket never opened, the "
              "text kept as read; an expense line's figures an item or category cell holds, its line not parted into its "
              "cells, kept as read; a count or its unit read as Latin letters, the marks kept, `chosen`)",
}
SUM = {
    "parts": "the values added up (decimal strings)",
    "sum": "their sum",
    "total": "the total the document states",
    "text": "the total as printed",
}


@dataclass(frozen=True)
class IssueCode:
    code: str
    severity: tuple[str, ...]  # the severities it is raised with ("error" makes the document partial)
    meaning: str
    evidence: dict[str, str] = field(default_factory=dict)  # key -> what it holds; {} = evidence is null
    scope: str = "project"  # "document" | "project" | "report"
    meaning_th: str = ""

    @property
    def severity_text(self) -> str:
        return " or ".join(self.severity)

    @property
    def evidence_text(self) -> str:
        if not self.evidence:
            return "null"
        return "{" + ", ".join(f'"{k}"' for k in self.evidence) + "}"


def _c(code: str, severity: str, meaning: str, evidence: dict[str, str] | None = None, scope: str = "project",
       th: str = "") -> IssueCode:
    return IssueCode(code, tuple(severity.split("|")), meaning, dict(evidence or {}), scope, th)


_STAGE = "the file could not go through the {} stage; the document is failed (the message says why)"

CODES: list[IssueCode] = [
    # -- stages: the document could not be read (status failed)
    _c("read_failed", "error", "the file could not be read from disk", scope="document", th="อ่านแฟ้มไม่ได้"),
    _c("bad_bytes", "warning", "bytes not valid in the file's encoding were replaced by U+FFFD; the message gives "
       "the first one's byte offset and line, and how many", {"text": "the bytes around the first bad one, in hex"},
       scope="document", th="มีไบต์ที่อ่านไม่ได้ แทนด้วย U+FFFD"),
    _c("repeated_lines", "warning", "a line, or a piece of one line, is printed hundreds of times in a row (a stuck "
       "scanner, a broken export): it is read once, its repeats are left out of the parse",
       {"text": "the repeated line or piece"},
       scope="document", th="บรรทัดเดียวกันพิมพ์ซ้ำติดกันหลายร้อยครั้ง อ่านเพียงครั้งเดียว"),
    _c("mixed_encoding", "warning", "lines of a UTF-8 file are TIS-620/cp874, each read in its own encoding",
       {"lines": "the line numbers read as cp874 (the first 200)"}, scope="document",
       th="แฟ้มมีหลายรหัสอักขระ อ่านทีละบรรทัด"),
    _c("time_budget_exceeded", "error", "the file ran out of its time budget (--file-timeout); the document is "
       "failed and the run went on", scope="document", th="ใช้เวลาเกินกำหนด"),
    _c("decode_failed", "error", _STAGE.format("decode (bytes to text)"), scope="document",
       th="แปลงไบต์เป็นข้อความไม่ได้"),
    _c("clean_failed", "error", _STAGE.format("clean"), scope="document", th="ไม่มีข้อความเหลือหลังทำความสะอาด"),
    _c("segment_failed", "error", _STAGE.format("segment"), scope="document", th="แบ่งหน้าไม่ได้"),
    _c("dedupe_failed", "error", _STAGE.format("dedupe"), scope="document", th="เทียบหน้าซ้ำไม่ได้"),
    _c("detect_failed", "error", _STAGE.format("detect (no known form found)"), scope="document",
       th="ไม่รู้จักแบบฟอร์ม"),
    _c("parse_failed", "error", _STAGE.format("parse"), scope="document", th="อ่านแบบฟอร์มไม่ได้"),
    _c("merge_failed", "error", _STAGE.format("merge"), scope="document", th="รวมสำเนาไม่ได้"),
    _c("validate_failed", "error", _STAGE.format("validate"), scope="document", th="ตรวจแถวไม่ได้"),
    _c("internal_error", "error", "a parser bug met this file; the document is failed and the run went on",
       {"text": "the exception"}, scope="document", th="ข้อผิดพลาดภายในของโปรแกรม"),
    # -- values
    _c("unparsed_value", "error|warning", "a field's text could not be converted to a value; the field is empty",
       TEXT, th="แปลงข้อความเป็นค่าไม่ได้"),
    _c("missing_field", "error", "a required field is in no copy of the form", th="ไม่พบช่องข้อมูลที่จำเป็น"),
    _c("missing_value", "error|warning", "a field, a report's date or its figures are in no copy; also on a "
       "BMA project's plan_status when the last report's progress is unreadable or unprinted (the status then "
       "follows an earlier report's); or a target group whose label stands with no text after it (field "
       "targets.text)", TEXT,
       th="ไม่พบค่าของช่องข้อมูล"),
    _c("missing_section", "error", "a section of the form is not found in a copy (about the project, and about "
       "each table whose rows the section holds); or an OBEC report round lacks a part the report's other rounds "
       "print (field: the table of its rows)", th="ไม่พบหัวข้อของแบบฟอร์ม"),
    _c("form_truncated", "error", "the document ends inside a form: its last copy stops before the form's end (a "
       "progress form's report entries with no certification after them, a proposal before the signature lines "
       "that close it, an OBEC report whose last project has no progress rounds or whose last round lacks the "
       "sections the others have): the file was cut short and what followed is lost",
       {"text": "the last line the copy holds"}, th="เอกสารขาดตอน จบก่อนส่วนรับรองของแบบฟอร์ม"),
    _c("repeated_row", "warning", "two rows or more of a project's table have the same key (an OBEC project's "
       "budget for the same fiscal year and quarter twice): all are kept, and one may be text of another part of "
       "the document read into the project; or an OBEC round's list (a project's targets, activities or findings of "
       "one quarter and kind) that holds one text twice: OCR read a line twice, or a row's own text was "
       "lost and another's read in (field: the table)", {"key": "the key columns and values they share"},
       th="แถวของโครงการมีคีย์ซ้ำกัน"),
    _c("repeated_field", "warning", "a field is printed twice in one copy; the first is kept", TEXT,
       th="ช่องข้อมูลพิมพ์ซ้ำในสำเนาเดียว"),
    _c("label_inferred", "warning", "a value whose label OCR garbled or lost (a line opening with the label's "
       "separator) was given to the one field of its section the copy lacks; or an OBEC report round's heading OCR "
       "damaged past reading was taken from the line like it where the round lacks that part, or a proposal's section "
       "heading OCR lost whole was found by the clause its section opens with (field: the table of its rows), or a "
       "BMA progress form's targets heading by the target group label its section opens with (field targets), or its "
       "objectives heading by the list of purposes (a bullet or number before เพื่อ) that ends its rationale, the "
       "objectives before it perhaps lost with the heading (field objectives; read._objectives_under_rationale), or a "
       "header section's heading it lacks (1.6, its heading lost or taken for a page's furniture) opened at its "
       "fields' first label read under the list section before it, whose text ends there (field: that list's "
       "table, read.headings_at_labels); or an "
       "OBEC status group's header whose phrase OCR damaged by a letter or two was taken for the group it comes "
       "nearest to (field projects.plan_status, once per project of the group; rule loose_status), or one OCR read "
       "after its own list of projects (the list's head and names right after the last project's report, nothing "
       "of a project after the header) was read where it stood, before that list (field projects); or an OBEC "
       "round's targets heading read from its period alone, its title lost (field targets); or an OBEC line that "
       "reads as a project's title word alone after a speck (\") โครงการ\", \". โครงการ\") read as the last word of "
       "the list item above it, the rounds after it the same project's (field: each table of a project's rounds); "
       "or a BMA progress "
       "report header whose words OCR read as Latin letters, its number read (\"asin 1\" for รายงานครั้งที่ 1), "
       "right before its entry's date, no other header naming that report (field progress_reports.seq; "
       "parsers.bma_progress.entries.latin_headers)",
       {**TEXT, "status": "the status group taken (OBEC group header)", "line": "the group header's line",
        "rule": "loose_status (OBEC group header)"},
       th="ป้ายกำกับอ่านไม่ได้ จึงระบุช่องข้อมูลจากช่องที่ขาดในหัวข้อเดียวกัน"),
    _c("invalid_value", "warning", "a value failed schema validation and was left empty",
       {"value": "the value that failed"}, th="ค่าไม่ผ่านการตรวจ จึงเว้นว่าง"),
    _c("invalid_row", "error", "a row failed schema validation and was left out",
       {"row": "the whole row"}, th="แถวไม่ผ่านการตรวจ จึงไม่ได้บันทึก"),
    # -- copies and files
    _c("ocr_variant", "warning", "the copies of a form disagree on a field; the kept reading is in the message, "
       "every reading in evidence", {
           "readings": "each reading: {reading, copies (how many gave it), lines [start, end]}, the kept one first",
           "tie_break": "how a tie was broken: null (no tie), \"dictionary plausibility\", \"earliest copy\", "
                        "\"the other readings are it with another field's text beside it, ...\" (the other "
                        "copies' readings hold a text the document prints whole as another field's value), "
                        "\"the other readings make the expense lines add up to no total the document prints ...\" "
                        "(an expense line's amount: the one reading with which the lines add up to the amount in "
                        "figures or words or a copy's table total), "
                        "\"other files of the run\", \"items run together in the other copy\" (an OBEC list the "
                        "copies cut into different counts of items: its readings are each copy's items joined by "
                        "' | ') or \"the title's tail left apart in the other copy\" (an OBEC project printing no "
                        "section whose title one copy read whole, the other in part with the rest left after it)",
           "run_documents": "after a tie settled by the run: how many other files give the kept reading",
           "overruled": "present when fewer copies gave the kept reading than another: why it stands (every other "
                        "reading is an OCR misread of it, its digits read as printed)",
       }, th="สำเนาของแบบฟอร์มอ่านได้ไม่ตรงกัน"),
    _c("copies_in_doubt", "warning", "a copy of a form is read as a project of its own though its header is that "
       "of a project printed before it (every header text both give, the rationale and the responsible unit, is one "
       "text, and their names agree on their common start), no two codes read to tell them apart: it may print that "
       "project, its name or code damaged past telling; or its name parts from that project's by a word (sibling "
       "projects named for their districts) where its code and header could be that project's with OCR slips, "
       "its code even read the same where printed in Thai digits an engine misreads; or its body parts from that "
       "project's (other people answering for it, other budget figures, other report entries, objectives, "
       "indicators or expense lines; for a report, other projects listed and quarterly budgets) where its code and "
       "name could be that project's with OCR slips (on a form that prints no code, a BMA proposal or an OBEC "
       "report, its name read apart standing for the code: sibling proposals of one template for two districts, "
       "two area offices' reports of one province): read as a sibling project, or, its code read the same, voted "
       "into that project all the same (field: the name and the code)",
       TEXT,
       th="สำเนาอาจเป็นโครงการเดียวกับโครงการก่อนหน้า"),
    _c("cross_file_conflict", "warning", "two files report the same project with different values", {
        "kept": "the value kept (from the primary file)", "kept_doc": "doc_id of the file it was kept from",
        "this": "the value this file gives"}, th="สองแฟ้มรายงานโครงการเดียวกันต่างกัน"),
    # -- repairs (parsers.repair)
    _c("value_repaired", "warning", "a value outside what the document allows was repaired from its redundancy: "
       "exactly one reading of the printed characters satisfies the rule", REPAIR, th="ซ่อมค่าจากความซ้ำซ้อนของเอกสาร"),
    _c("repair_ambiguous", "warning", "a value breaks a rule and several readings of its characters would satisfy "
       "it; the printed value is kept (its digits without a ฿ sign the document proves: evidence kept); or (rule "
       "sibling_text) a templated text printed once, a letter or two from the one text of its column the document "
       "prints in two rows or more, that no repair takes (a letter lost, or words either way): OCR may have "
       "misread it; kept as read; or (rule sibling_cut) a text printed once that is the opening of the one text "
       "of its column the document prints in two rows or more, cut between two of its words: the page's edge may "
       "have cut it; kept as read; or (rules academic_year, digit_readings, written_digits, read_odds) a year, or a "
       "date's "
       "year, chosen in doubt: the value is set to the one the evidence names `chosen`, on reasoning that rests on "
       "how the document's OCR reads digits, which no table of confusions gives whole; or (rule fiscal_year, "
       "evidence `doubt`) a BMA proposal's fiscal year the table settled, kept (`chosen`), which the misreads it "
       "leaves out as rare, of digits the document's OCR never writes, read as other years too, and the period's "
       "and KPIs' repairs that rest on it; or (rule fiscal_year_edge) "
       "a BMA project's start or end date whose readings in the fiscal year include the year's first or last "
       "day: set to that day (`chosen`), a project's period running with its fiscal year as a rule; or (rule "
       "sum_as_read) a BMA budget spent set to the sum of the disbursements as read (`chosen`; `candidates`: "
       "the disbursements, one entry's in the place of its expense lines' total where those make the sum), one "
       "reading of its characters, where some disbursement has other readings; or (rule count, `field` a table) "
       "the rows of an OBEC project whose title bears no number where its group lists more titles than the "
       "summary counts: the line may be no title, and its rows the project's before it; or (rule dictionary_marks, "
       "evidence `debris`) a label's marks put back (`chosen`, the value set to it) where the text still holds OCR's "
       "debris beside its words (a count or its unit read as Latin letters): the marks are proven, the text is not; "
       "or (rule dictionary_marks, evidence `debris`) an expense item or category whose marks would be put back "
       "but whose cell holds its line's figures (a times sign before a figure, a figure and its บาท: the line's "
       "cells not parted where OCR lost a figure): kept as read; or (rule dictionary_marks, evidence `opening`) an expense "
       "item or category whose marks would be put back but which opens with a vowel sign or mark, as no word does "
       "(its first letters lost): kept as read; or (rule latin_misread) a text holding the era พ.ศ. the clean stage "
       "read for Latin letters (\"W.A.\") before a figure of two digits or one, where the month พ.ค. and a short "
       "year read so too: `chosen` the text as it stands (the clean stage's reading), `candidates` the two words",
       REPAIR, th="ซ่อมไม่ได้เพราะมีหลายค่าที่เป็นไปได้"),
    # -- report entries (BMA progress form)
    _c("date_outside_fiscal_year", "warning", "a report date (or an OBEC as-of date) does not fit the fiscal year",
       TEXT, th="วันที่อยู่นอกปีงบประมาณ"),
    _c("report_date_order", "warning", "a report is dated before the report before it, or before the day its own "
       "description says the work was done (\"...ไปแล้วเมื่อวันที่ ...\"): one of the dates is misread", TEXT,
       th="วันที่รายงานไม่เรียงตามลำดับ"),
    _c("items_cut_in_doubt", "warning", "a list's items were cut by a guess: an unnumbered list (objectives) run on "
       "in a paragraph that OCR wrapped anywhere, its items cut where their opening word (เพื่อ) stands inside a line, "
       "though nearly as many open lines (an item's own text may hold that word), or whose first paragraph opens with Latin "
       "letters OCR wrote for that word (\"aw ผัฒนา...\"), read as its first objective; or an OBEC list whose numbers OCR "
       "read apart from its texts, paired with paragraphs the page's line widths contradict or cut where only the "
       "count decides, or cut where a line opens as the report's items open elsewhere, or (its numbers run together "
       "before its texts, a report printed as running text) cut where items the report prints whole decide; an OBEC "
       "list item holding a bare number that is not the next, right under the line before (an item whose number OCR "
       "misread, run into the one above); or an OBEC list whose items' printed numbers run backwards or skip one (an "
       "item printed 1. after one printed ๒., or 3, after 1., no misread the next number: lines out of order, an "
       "item lost or read with another); or an OBEC list item a row printed apart would split (items_joined) "
       "where the words before the cut end with one no text ends with (ให้, ใน: the item goes on), or where every "
       "row printing the words after it alone may have lost its opening words (heads_lost said so, and a line OCR "
       "read as specks stands right above it under its heading): kept whole "
       "(parsers.obec_progress.texts.split_joined_items); "
       "or a numbered list (action-plan steps, objectives, benefits) whose printed "
       "number stands above its place, or can be read as no digit of its place, the item after it not confirming "
       "that place (an item lost, the texts after it shifted); or a proposal's action-plan step holding a line that reads as a step's number and first word OCR "
       "misread (\"0 asu\" for 6. สรุป, its dot lost: field the table), or after whose last step read a line of the "
       "chart's marks holds the next step's number alone (\"ๆ 6 0ฒ\" after step 5: a step's row lost but its number; "
       "field the table), or whose last step's text goes on past a blank line with words that open no step (steps "
       "after it, their numbers and first words lost, may stand in it: field the table); or a numbered list of "
       "objectives whose item after its last number opens by its words right under a line that ended short of the "
       "list's width, the item before's lines above it at that width: read as the next item, its number lost (or "
       "the item before's own sentence); or a bulleted list's line with no bullet that opens as an item past a "
       "blank line, right under a line at the list's width, where no blank line parts its other items: the wrap of "
       "the item above with a blank line OCR set in it, or an item whose bullet OCR lost; or a proposal's lettered "
       "list (ก. ข. ค.) whose "
       "line opening as an item stands between two items whose letters run on: the wrap of the one above, joined to "
       "it; or an OBEC main activity whose one line under its name, after a blank line, is a word or two opening no "
       "status and no step: read as its name's end the page wrapped, not its progress (field activities.text); "
       "or an OBEC main activity's name whose wrap stops at a line opening as a step whose number OCR garbled (a "
       "speck and a bare number before its words, \"ว 1 จัดทำ...\" for ๒.๑): that line read as its progress (field "
       "activities.text); the items' count and texts are in doubt", TEXT,
       th="แยกรายการที่ไม่มีเลขกำกับจากย่อหน้าเดียว อาจแยกผิด"),
    _c("missing_row", "warning", "items of a numbered list (objectives, benefits, action-plan steps) that the "
       "numbers of the items read skip; or strategy alignments an OBEC round lacks that the project's other rounds, "
       "or most rounds of the report, print, or whose last alignment's text runs on into a line another project "
       "prints as the text of a heading the round lacks (field: the table); or an OBEC target, activity or finding "
       "whose text is two texts other rows of its column print as rows of their own, one after the other: two items "
       "read as one, the second's row lost (field: the table)", {"missing": "the item numbers not read (an "
       "OBEC round's alignments: the headings not read, or how many rows the round is short)",
       "line": "the line another project prints under the lost heading, read into the round's last row"},
       th="รายการในลำดับขาดหาย"),
    _c("implausible_value", "warning", "a value no repair settled is outside what the archive's documents hold "
       "(a fiscal year outside the archive's years, or one no date of its form falls in, or a BMA report, start "
       "or end date read in a year outside them where the fiscal year gives no window to read it in, or a year after พ.ศ. "
       "(or the words of a fiscal or an academic year: ปีงบประมาณ, ปีการศึกษา) inside a text field, or Latin letters "
       "where such a year stands (its digits read as a word), or a proposal's proposer whose name opens with no person's title: the next signature "
       "line's (ลงชื่อ) as OCR misread it, or a title OCR damaged, or a share printed with a leading zero "
       "('05.00 %'), or an expense unit in Thai letters no reading of which makes a known unit, or a project's name "
       "that opens a bracket it does not close, or a BMA report's plan flag that reads เป็นไปตามแผน while its "
       "description says the work is behind the plan, ล่าช้ากว่าแผน); it is kept as read",
       TEXT,
       th="ค่าที่เป็นไปไม่ได้"),
    _c("ocr_digits_doubtful", "warning", "a figure (an amount, a count, a date or year in text, an OBEC office's "
       "area number) printed in Thai "
       "digits in a document whose OCR never read some Thai digits (two or more never among its 150 or more Thai "
       "digits, or five among 80): each digit that may stand for one of them is in doubt, or OCR put a letter "
       "where a digit stood, or a symbol alone where a count's digits stood (จำนวน > คน), or a digit's look-alike glued after them (จำนวน ๒ๆ คน); nothing in the document settles it, and the value is kept as read",
       {"text": "the doubtful numbers, as printed", "unread": "the Thai digits the document never shows"},
       th="ตัวเลขไทยที่ OCR อาจอ่านผิดโดยไม่มีทางตรวจ"),
    _c("marks_dropped", "warning", "a text the report prints elsewhere with Thai marks (tone marks, vowels above "
       "or below) that this printing lacks, or a person's name one of whose words is no dictionary word but a "
       "common one with a mark more (มันคง, มั่นคง): OCR dropped them; no row gives the fuller reading whole, it "
       "is printed only once, or it is a name (which need not be a word), so the text is kept as read", {"text": "the text as printed", "fuller": "the text with the marks the report's other "
                           "printings give"}, th="ข้อความที่ OCR ทำวรรณยุกต์หรือสระหาย"),
    _c("unknown_words", "warning", "a row's text (an objective, target, KPI, activity or its progress, finding, "
       "benefit, risk, budget line or note, strategy alignment, a progress report's description; a proposal's "
       "period, for such pieces only: a month's name OCR damaged) whose Thai leaves "
       "pieces no dictionary word covers (pythainlp's words, newmm), or two words that are a commoner word with one "
       "mark more (a mark OCR dropped), or a word without the silent-letter mark of its far commoner spelling "
       "(สัมฤทธิ, สัมฤทธิ์), or a word holding a mark (a tone mark, a vowel below its letter) the document prints "
       "nowhere else whose letters without it it prints twice or more, joined there with a word beside it into one "
       "(ลูกเสื้อ among ลูกเสือ, อบรุม among อบรม: a mark OCR added, both spellings words), or a common word read "
       "without a vowel as two or three dictionary words "
       "(เครองดม for เครื่องดื่ม: เค + รอง + ดม), or two words run together one letter from a word (a vowel's "
       "length; a look-alike letter in a budget line's item or category, or in any text whose document prints the word "
       "far more often: โรงเวียน for โรงเรียน) that no printing of the document reads back, "
       "or a word one look-alike letter from a word the document prints beside the same neighbour word twice or "
       "more where it prints the value's own two words so once at most (วับนักเรียน among รับนักเรียน: both "
       "spellings words), "
       "or that a speck of punctuation closes after its words "
       "(\"... จัดสรร :\"), "
       "or that opens with a short Latin word or with Latin words not each Capitalised, or holds one word of "
       "small Latin letters before a figure (seman 10 for รัชกาลที่ 10) "
       "(a Thai word the English model read, "
       "or a number read as letters and a dot: \"dD.\") or with a letter or two alone (the end of a word cut at the "
       "margin, its opening words lost: \"ง ไตรมาส...\"): "
       "OCR damaged its letters or marks, or ran another text in, and no other printing in the document gave a "
       "reading of words (no other issue names the field at the row); or it holds a name or a borrowed word the "
       "dictionary lacks (a meeting room's name, ยูทูป); it is kept as read. Also a text that holds no word at "
       "all (no two Thai letters together, no Latin word: \"น 111=.เ0\"): page debris or a stamp read into a row, "
       "or a cell whose words OCR lost (the whole text is the piece); or that opens with a word that joins it to "
       "words before (และ, หรือ, ซึ่ง, โดย, กับ, ของ, ใน, ที่): its opening words were lost (the word is the piece); "
       "or that ends with a word no text ends with (และ, ของ, ที่, การ, ...) or with a word a number always follows "
       "and none after it (ปีการศึกษา, ร้อยละ, พ.ศ., the เขต of สพป.X เขต ๑): its last words or its number were "
       "lost (the word is the piece); "
       "or (an OBEC target, activity, alignment or finding) that is the tail of longer texts more rows of its "
       "column print, which hold different words before it, or more words than it keeps, or a count, or of one "
       "printed as often as it whose words before it are dictionary words and open no other text: OCR lost its "
       "opening words at the margin or its first line or more (the words those printings hold before it are the "
       "pieces); or (an OBEC target, activity or finding) that is the opening of a longer text other rows of its column print as often or "
       "more, going on with words (not page debris, not another text of the column run on), no count closing it: "
       "OCR lost its close with its last line (the words after it are the pieces); or (an OBEC alignment "
       "statement) that is the opening of a longer one other rows print, its last line its page's last: OCR may "
       "have lost its close at the page's foot (the words after it are the pieces); or (an OBEC main activity's "
       "name) that ends inside a bracket it opens, a word at most after it (\"... ภาวะผู้นำ (a\"): OCR lost the bracket's words and its "
       "close (the bracket's piece is the piece); or (a proposal's wrapped field: its project model, place) one of "
       "whose lines opens inside a word, the document printing its first word elsewhere after letters that join it "
       "into one word (สำ + นักการศึกษา) which the text above the line does not end with: OCR lost the line or lines "
       "before it, or read another text's line into the value (the line's first word is the piece). "
       "Also a list item's text holding another "
       "item's number (๒.๕ out of sequence, a bare ๒. after a word, or one OCR damaged past reading: a short token of small Latin letters, "
       "a.m for ๒.๓, or one or two capitals, DE for ๓., before the words the item opens with; in an OBEC finding, "
       "only such a damaged one), or a piece that is the end of the word each of its list's "
       "items opens with (an objective's เพื่อ: \"... อย่างเป็นระบบ อส่งเสริม...\"): the next item ran in, its row "
       "lost (field: the table). Also a person's name "
       "(owner, coordinator) a word of which is no name of pythainlp's lists and no dictionary words, but one "
       "letter from a listed name (สุขสวัลดิ์, สุขสวัสดิ์): OCR may have misread the letter; kept as read",
       {"text": "the text as read", "pieces": "the pieces no Thai word covers, that lack a mark, or are Latin",
        "cut": "an OBEC text that is a piece of a longer text the report prints whole: what OCR lost of it (\"head\", "
               "or \"head and close\"); a repair of its words is then in doubt (repair_ambiguous)"},
       th="ข้อความที่มีคำที่ไม่อยู่ในพจนานุกรม (OCR อ่านผิด)"),
    _c("risk_level_mismatch", "warning", "a proposal risk's likelihood and impact, read any way their characters "
       "allow, do not give the level printed beside them; the scores are kept as read", REPAIR,
       th="คะแนนความเสี่ยงไม่ตรงกับระดับ"),
    _c("missing_report", "warning", "report numbers are missing from the sequence 1..N",
       {"missing": "the report numbers missing"}, th="ลำดับรายงานขาดหาย"),
    _c("report_in_fewer_copies", "warning", "a report entry is read in fewer copies of the form than its project "
       "has (its n_copies is the copies that read it): the other copies' entry was lost or read under another "
       "number; said on the report's row, and on its expense rows (field expenses), read by those copies alone", {"copies": "the copies that read the entry", "of": "the project's copies"},
       th="รายงานอ่านได้ไม่ครบทุกฉบับ"),
    _c("project_in_fewer_copies", "warning", "an OBEC project is read in fewer copies of the report than the "
       "document prints (its n_copies is the copies that read it): another copy's printing of it was lost, or read "
       "under another number or title, perhaps as a project of its own", {"copies": "the copies that read the "
       "project", "of": "the copies of the report"}, th="โครงการอ่านได้ไม่ครบทุกฉบับ"),
    _c("false_entry_header", "warning", "a \"รายงานครั้งที่ N\" line inside an entry was read as text of that entry",
       TEXT, th="หัวรายงานปลอมในเนื้อความ"),
    _c("entry_cell_in_doubt", "warning", "a line of a table whose columns are the report entries holds fewer (or "
       "more) cells than entries, so which entry each belongs to is not clear from the OCR'd layout; placed by "
       "position (a table run on in a paragraph: a row whose values do not part into one per entry, and the "
       "descriptions of two or more entries that run into one another, are given to none; their expense lines go "
       "to the entry whose disbursement they add up to where exactly one way fits); or a table OCR read in blocks "
       "(the headers and first cells of several entries, then their figure blocks apart), each block given to its "
       "entry group by group, by number or by reading order; or the date-and-description cells of a table read "
       "column by column are fewer (or more) than the entries lacking them (a cell lost, or a foreign one read in): "
       "placed by their months where exactly one way fits one report a month in the fiscal year, else in order "
       "(field: the descriptions; their dates go with them); or the first report header read has no readable number "
       "while a report's figures or flags stand before it (reports lost with their headers), and is read as report "
       "1 by its place (field: the table); or a table read column by column whose page break left headers with "
       "their dates only, each given the next column that has no header, in order, where the counts agree "
       "(parsers.bma_progress.stacked._heads_apart), or whose columns' disbursements stand apart on one line, one "
       "amount a column (stacked._amounts_row), or whose columns cut short after their progress have their "
       "disbursements and flags read after the row titles column by column, as many groups (an amount, both flags) "
       "as columns, each column given the group in its order (stacked._short_runs_lower); or expense lines given to another report by the disbursement they "
       "add up to, or, a disbursement unread, by the project's budget spent less the disbursements read (field: the expenses table; "
       "rows._lines_moved_home, _join_lines, _spent_left); or a line of a description row "
       "whose cells OCR printed from the margin once the first entries' cells had ended, its last cell going on "
       "with the one expense line an entry to its right leaves open: the line's cells (and the lines under it "
       "holding the same cells) moved right together to that entry (field: the expenses table; "
       "transposed._runs_shifted_right); or the description row's lines after the later entries' cells ended "
       "holding expense lines under an entry whose disbursement reads nothing spent: moved right together to the "
       "one entry right of it that reads an amount spent (field: the expenses table; "
       "transposed._runs_shifted_to_spending); or report headers between two read ones whose readable numbers all "
       "fall in the gap, none twice, out of order (a block OCR read after the next header row): each keeps its "
       "printed number, not its place's (field: the table; assemble._gap_moved); or a lone ไม่ beside a report's "
       "flags both read met, which flag it negates the layout not saying, or a word alone where that negation "
       "stands that OCR misread past it (ไป: ไ or ใ, then ม or บ ป น, a mark at most), both flags' words opening on "
       "the line below it, the negation of one flag or a speck (field: both flags; entries.negation_beside); or a table "
       "read column by column whose first header cell OCR lost: a run of headers, one date cell and one budget "
       "clause more after it than headers, a clause past the first naming the report its place gives: a header of "
       "the report before the first one read is put before the run (field: the table; entries.first_header_lost); or "
       "a table read row by row whose first block has no header row (OCR lost or garbled it, its date row too at "
       "times), the next block's header row opening with the report one past the block's width: the block is the "
       "reports before it, read by their places (field: the table; transposed._first_block_headless)",
       TEXT, th="ไม่แน่ใจว่าช่องในตารางเป็นของรายงานครั้งใด"),
    _c("entry_date_missing", "warning", "a report entry's header has no readable date", th="หัวรายงานไม่มีวันที่"),
    _c("entry_header_missing", "warning", "a report entry was read from its figures; its header is unreadable", TEXT,
       th="อ่านรายงานจากตัวเลข เพราะหัวรายงานอ่านไม่ได้"),
    _c("orphan_figures", "error", "figures name a report number that has no entry", TEXT,
       th="ตัวเลขของรายงานที่ไม่มีหัวรายงาน"),
    _c("conflicting_figures", "warning", "one copy gives a report's figure twice, differently; the first is kept",
       TEXT, th="ตัวเลขของรายงานซ้ำกันแต่ไม่ตรงกัน"),
    _c("unread_entries", "error", "report numbers are named in the text but gave no entry (the document is partial; "
       "the message lists them)", th="รายงานที่ถูกอ้างถึงแต่อ่านไม่ได้"),
    _c("entries_lost", "error", "report numbers the text shows gave no entry in any copy: reports number 1..N, and a "
       "copy's plan (or target) flags, one an entry, count more entries than it read, or an entry is read under a "
       "number no higher than the count of entries it read while a number below it gave none; those entries are "
       "lost with all their fields (a table OCR ran side by side or whose headers it misread; the document is "
       "partial); raised on the table progress_reports at the flags no entry read holds, or between the entries "
       "read around the gap; where the form lists expense lines, once more on the table expenses at the same lines "
       "(a line read there may be the lost entry's, read under another)", {"shown": "how many entries the text shows (N)", "read": "the report numbers read",
                               "missing": "the report numbers up to N that gave no entry"},
       th="รายงานที่พิมพ์ไว้แต่อ่านไม่ได้ทั้งรายการ"),
    # -- cross-checks
    _c("expense_sum_mismatch", "warning", "expense lines do not add up to their report's disbursement or the "
       "proposal's total", {**SUM, "rows": "the items of the lines whose amount is what the lines exceed the "
                            "total by (a category's subtotal read as a line)"}, th="รายการค่าใช้จ่ายรวมไม่เท่ายอด"),
    _c("budget_spent_mismatch", "warning", "the reports' disbursements do not add up to the budget spent "
       "(งบประมาณที่ใช้ไป)", SUM, th="ยอดเบิกจ่ายรวมไม่เท่างบประมาณที่ใช้ไป"),
    _c("overspent", "warning", "more was disbursed than planned or allocated",
       {"spent": "the amount disbursed", "limit": "the amount planned or allocated", "text": "the disbursed "
        "amount as printed"}, th="เบิกจ่ายเกินงบประมาณ"),
    _c("progress_decreased", "warning", "a report's progress is below the report before it; also on the project's "
       "plan_status when the last report's progress is (the status follows it, kept as read: "
       "parsers.bma_progress.rows.status_in_doubt)", TEXT,
       th="ความก้าวหน้าลดลง"),
    _c("expense_line_mismatch", "warning", "an expense or budget line is not quantity x unit amount, and no "
       "reading of its figures settles which of them OCR misread", TEXT,
       th="จำนวน x ราคาต่อหน่วย ไม่เท่ายอดของรายการ"),
    _c("unchecked_value", "warning", "a figure the document's other figures would check, one of which was not "
       "read: a proposal budget line's quantity or unit amount whose printed digits could be others (Thai digits "
       "OCR confuses), the other factor reading as no number; an OBEC summary's undisbursed amount, the planned "
       "amount unread; a proposal risk's score read beside a score cell read as none, which the level filled "
       "(the level checks their product, not which of the two the score read is): kept as read", TEXT,
       th="ตรวจค่าไม่ได้เพราะตัวเลขที่ใช้ตรวจอ่านไม่ได้"),
    _c("amount_words_mismatch", "warning", "a proposal's total in digits differs from the amount in Thai words", TEXT,
       th="ยอดเงินตัวเลขไม่ตรงกับตัวหนังสือ"),
    _c("budget_total_mismatch", "warning", "a proposal's budget table total differs from its stated total", TEXT,
       th="ยอดรวมในตารางงบประมาณไม่ตรงกับยอดที่ระบุ"),
    _c("period_outside_fiscal_year", "warning", "a proposal's period is not inside its fiscal year", TEXT,
       th="ระยะเวลาโครงการอยู่นอกปีงบประมาณ"),
    _c("count_mismatch", "error|warning", "an OBEC summary's project counts differ from the projects listed "
       "(error when fewer projects were read than it states)", TEXT, scope="report",
       th="จำนวนโครงการในสรุปไม่ตรงกับที่รายงาน"),
    _c("project_unread", "error|warning", "an OBEC status group lists fewer projects than its count in the summary: "
       "the missing projects' titles were not read, and their rows are lost with them or were read as more items of "
       "the project before them; raised at the lines of the group's projects that were read (the missing ones stand "
       "among or after them), field `projects` (error), and once more for each table of the projects' rows "
       "(targets, activities, alignments, findings, quarterly_budgets: warning). Also a warning on `projects` where "
       "no count of the group reads (neither the group's nor the summary's total: its projects are unchecked, "
       "`stated` null), or where the count read is below the projects read but its printed digits may count more "
       "(`stated` the smallest such reading). Also an error on `projects` (and on each table of its rows) where a "
       "project's report rounds say another project's title was lost: a round of a quarter follows a round of the "
       "same or a later quarter (`rule` quarter_order; on `projects` only where no count says the group's loss); in a "
       "report printed more than once, where the next number is free, those rounds are read as the next project's, "
       "nameless (its name a missing_value, a copy may name it), and this is a warning on each table of its rows, "
       "evidence null (parsers.obec_progress.read.split_lost_titles). Also "
       "an error on `projects` (and a warning on each table of its rows) at a status group's header and its lines, "
       "where the header's own count (\"(๓ โครงการ)\", \"จำนวน ๓ โครงการ\"), every reading of its digits, is above "
       "the titles read under it and the summary's count for the group was not read as more (`rule` group_header, "
       "`stated` the smallest reading of the header's count)",
       {"status": "the status group", "stated": "the summary's count for it (null: none reads; rule group_header: "
        "the group header's count)",
        "read": "the projects read in it",
        "titles": "the titles read in it", "rule": "quarter_order, where the rounds' order says the loss; "
        "group_header, where the group's header counts more"},
       scope="report", th="อ่านโครงการในกลุ่มสถานะได้ไม่ครบตามจำนวนในสรุป"),
    _c("percent_mismatch", "warning", "an OBEC summary's percentage differs from the one its figures give", TEXT,
       scope="report", th="ร้อยละในสรุปไม่ตรงกับตัวเลข"),
    _c("summary_total_mismatch", "warning", "an OBEC summary's budget totals differ from the projects' budget rows "
       "(or planned - disbursed from the undisbursed amount); where no one digit of a row explains the difference, "
       "said again at each summed row whose amount reads in certain digits (field quarterly_budgets.planned or "
       ".disbursed, at the row's lines): that amount, another row's or the total was misread; and at each other "
       "row's amount, kept, where the rows add up only with one row's Arabic digit read as the Thai digit OCR "
       "writes so (an Arabic 5 for ๖), a misread the confusion table leaves out as rare (that row repaired): the "
       "page may print Arabic digits, and a misread of them past the table in this row's would do as well",
       {"rows": "the budget rows summed: {status, group_seq, name, planned, disbursed}",
        "text": "the total as printed (at a row: the row's amount as printed)"},
       scope="report", th="ยอดงบประมาณในสรุปไม่ตรงกับรายโครงการ"),
    _c("fiscal_year_mismatch", "warning", "a budget section names another fiscal year than the report's; the text's "
       "value is kept", TEXT, th="ปีงบประมาณของหัวข้อไม่ตรงกับรายงาน"),
    _c("as_planned_mismatch", "warning", "an OBEC budget row says it was disbursed as planned, but its planned and "
       "disbursed amounts read differently and no amount fits both printings (nor one rare misread of one of them); "
       "both are kept as read", REPAIR,
       th="เบิกจ่ายตามแผนแต่ยอดตามแผนกับยอดเบิกจ่ายไม่ตรงกัน"),
    # -- text no rule placed (counted against documents.coverage)
    _c("unplaced_text", "warning", "text the parser found but could not place into a field or row", TEXT,
       th="ข้อความที่ไม่ได้จัดเข้าช่องใด"),
    _c("unread_cells", "warning", "table cells the parser could not place into a row; or lines of a proposal's "
       "action-plan step OCR lost (the document prints the step's words elsewhere with words between two of its "
       "lines that never stand together there: field activities.text), or a step between two lines of whose text "
       "a line of the chart's marks or OCR debris stands, away from its first line (OCR may have read words of "
       "its cell as marks there: field activities.text); or a proposal's numbered list item (an action-plan step, "
       "an objective, a risk) read with no number before its text, the lines before the next item's: its line's "
       "opening lost, its first words perhaps with it (field: the list's text; numbering.sequence_issues); or four "
       "lines or more under an OBEC target "
       "or finding list heading that read as no words (a part of the page OCR read as garbage), left out: the "
       "list's items there may be lost (field: the table); or a line under an OBEC problem or suggestion list that read "
       "no item, OCR's pieces of letters wide apart with no word or digit (\"IE <gap> ea\": a line of text read at its "
       "ends only), left out: the list's item there may be lost (field findings: "
       "parsers.obec_progress.rounds.RoundRecords.ends_alone); or a proposal's risk table text placed in no row that "
       "stands among its rows (the rows after it may hold the next one's cells: field the table, over them); or a "
       "proposal's risk table whose later rows OCR read down their columns past the benefits' heading, their "
       "mitigations' lines more than their cells, parted where the lines wrap (a guess: field "
       "findings.mitigation); or a proposal's risk table OCR read in two blocks, the risks' column down the page, "
       "then each row's scores, level and mitigation across, the column's lines more than its rows and parted "
       "where they wrap (a guess: field findings.text); or a proposal's action plan whose unnumbered cells read as "
       "steps are each a few letters (the chart's titles OCR "
       "damaged, the steps' own lines lost: kept as read, field the table); or a list item whose text holds "
       "another item's mark (a number out of the sequence, a bullet OCR made a digit of, a lettered list's letter "
       "and its dot: \"... การสอน ข. เพื่อให้...\") before the words that open an item: another item ran into it, "
       "its row perhaps lost and the items after it numbered short (field: the table, over the items after it: "
       "parsers.items.marked_inside_issues); or an OBEC alignment text whose later line ends with the letters an "
       "earlier line of it opens with, marks aside (pieces of one printed line OCR read twice over and out of "
       "order: kept as read, a repair of its words in doubt; field alignments.text, evidence the two lines: "
       "parsers.obec_progress.rounds.pieces_out_of_order); or a BMA progress expense line whose item holds the "
       "price's บาท: its count, unit and unit amount, garbled past reading, were read into the item and are not "
       "known (field the table, at the line); or a proposal's budget table read down its columns whose unit column "
       "lacks a cell, its cells placed on the lines whose items name them, the one way in order that does (field "
       "expenses.unit)", TEXT,
       th="ช่องตารางที่ไม่ได้จัดเข้าแถวใด"),
    _c("target_kind_unknown", "warning", "target text without a ด้านปริมาณ/ด้านคุณภาพ label (field targets.kind); "
       "or such a text before the first labelled target, read as target 1, so the targets after it are numbered "
       "one more than if it is none (field: the table, every column of the shifted rows); or a BMA progress form "
       "whose targets read no label of one of the two groups (the group's label and rows lost: field the table)", TEXT,
       th="เป้าหมายที่ไม่ระบุด้านปริมาณหรือคุณภาพ"),
    _c("text_before_first_entry", "warning", "text in section 2 before the first report entry", TEXT,
       th="ข้อความก่อนรายงานครั้งแรก"),
]

ISSUE_CODES: dict[str, IssueCode] = {c.code: c for c in CODES}
assert len(ISSUE_CODES) == len(CODES), "an issue code is listed twice"

SCOPES = ("document", "project", "report")


def evidence_json(evidence: Any) -> str | None:
    """An issue's evidence as JSON text: a dict or list as JSON, plain text
    as {"text": ...}, JSON text of an object as it is, nothing as None."""
    if evidence is None:
        return None
    if isinstance(evidence, (dict, list)):
        return json.dumps(evidence, ensure_ascii=False, default=str)
    if not isinstance(evidence, str):
        return json.dumps({"text": str(evidence)}, ensure_ascii=False)
    if not evidence:
        return None
    if evidence[0] == "{" and evidence[-1] == "}":
        try:
            if isinstance(json.loads(evidence), dict):
                return evidence
        except ValueError:
            pass
    return json.dumps({"text": evidence}, ensure_ascii=False)


def evidence_object(evidence: str | None) -> dict | None:
    """The object an issue's evidence (`evidence_json`'s text) holds: plain
    text as {"text": ...}; None where there is no evidence or it is a list."""
    if not evidence:
        return None
    try:
        value = json.loads(evidence)
    except ValueError:
        return {"text": evidence}  # text an Issue was not built with (evidence_json wraps it)
    return value if isinstance(value, dict) else None


def problems(code: str, severity: str, evidence: str | None) -> list[str]:
    """What is wrong with an issue against the table (empty when nothing)."""
    spec = ISSUE_CODES.get(code)
    if spec is None:
        return [f"issue code {code!r} is not in schemas.issue_codes.CODES"]
    out = []
    if severity not in spec.severity:
        out.append(f"{code}: severity {severity!r}, the table allows {spec.severity_text}")
    if evidence is None:
        return out
    try:
        data = json.loads(evidence)
    except (ValueError, TypeError):
        return out + [f"{code}: evidence is not JSON: {str(evidence)[:80]!r}"]
    if not isinstance(data, dict):
        return out + [f"{code}: evidence is JSON but not an object: {str(evidence)[:80]!r}"]
    extra = sorted(set(data) - set(spec.evidence))
    if extra:
        out.append(f"{code}: evidence keys {extra} are not documented (documented: {sorted(spec.evidence) or 'none'})")
    return out
