"""Row texts whose Thai reads as no words: OCR damage no other check saw.

The forms' lists and tables hold short texts in plain Thai (objectives,
targets, KPIs, activities and their progress, findings, budget lines and
notes, strategy alignments, the progress reports' descriptions).  Some are
repeated elsewhere in the document, and the copy vote, the siblings
(pipeline.siblings) and the dictionary's tone marks (pipeline.marks) read
them again from there; what none of them settled is still as OCR left it:
a letter OCR added ("ขออมนุมัติ" for ขออนุมัติ), a vowel it dropped
("ขออนุมตเงนจดสรร"), a mark it lost that no other printing gives back, or
a line of another block run in.  Such a text is wrong with no issue. Cut
into words by pythainlp's dictionary and tokenizer (newmm, as
normalizers.words), it leaves pieces no dictionary word covers; the forms'
own wording never does (its district names, abbreviations like พ.ศ. or
สพป., glued to the word before them or not, and Arabic or Thai figures
aside).  A text with such pieces is kept as read and flagged
(`unknown_words`, the pieces as evidence) at its row's lines, unless an
issue already names that field at that row (a marks_dropped flag, an
ambiguous repair).  A word OCR stripped of a mark may read as two words
instead ("แต่งตัง": แต่ง and ตัง, for แต่งตั้ง): two words side by side that
make a word of the dictionary with one mark more, a word more common in
Thai (the Thai National Corpus's counts) than the rarer of the two, are
such a piece too ("มาใช้" stays: ม้าใช้ is far rarer than ใช้). A misreading
that spells one other word ("ครุ" for ครู) is not seen, unless that word is
one the dictionary lists but no corpus text holds (or holds three times at most, a thousand times rarer
than the word: "ผลการตำเนินงาน" for ดำเนินงาน), one letter or mark from a
common word ("สรูป" for สรุป; "เคียร" of "ค่าเคียรติบัตร":
normalizers.words.misread_of_common), or a word that lost its silent-letter
mark where the word with it is the far commoner ("สัมฤทธิ" for สัมฤทธิ์:
normalizers.words.with_silent_mark).  A Thai word the English model read
opens the text as a short Latin word ("fina ติดตาม" for
นิเทศ ติดตาม): the forms' row texts open with Thai, so a Latin word of at
most five letters before its first Thai word is such a piece too (a Latin
name inside a text, "Active Learning", is not), as is a word of two to four
small Latin letters between Thai words ("โครงการ uaz ขออนุมัติ" for และ), a Latin token of small letters
with a capital after them ("1.2 asNuntine ติดตาม" for ลงพื้นที่นิเทศ: no Latin word mixes its cases so), and a token whose Thai
letters and digits alternate ("(ร6๕ท๐๐| of go" for "(School of go": a Latin word the Thai model read).
So is any run of Latin words inside a Thai text that is none of the Latin the forms print (latin_debris: an
acronym, a brand's name, a term in brackets, the "x" of a product, a name of two words or more written as words,
one such word after Thai): a chart's marks read "o og", a Thai word read "Diener" opening the text.
A list item's text holding another item's number is said on the list's table (the next item ran in, its row
lost): a sub-list's number out of sequence (๒.๕), one OCR damaged past reading (a.m), or a bare "๒." after a word
whose next item's label OCR damaged ("... ตามโครงการ ๒. NIBDAMAIW นักเรียน...": the forms' list texts number
their own points with a bracket, never a dot), unless the list's parser said a row lost there already.
A word that opens with a vowel or mark no Thai word opens with (า, ะ, ำ, a
vowel above or below, a tone mark: "... ได้ตามแผนการ าเป็นของโลก...") is such
a piece too: a word whose first letters were cut off, another line's end run
in (newmm, reading across the space, found words in it).
A word that ends inside the vowel เ-ีย or เ-ือ (a consonant and its upper
vowel, no ย or อ after them, a space or the text's end next: "การจัดการเรี
ตามขนาด") is such a piece too: no Thai word ends so, OCR cut it.
A word of two small Latin letters or more glued to Thai is such a piece
too ("ค่าอาหารกลางวันyuu", a dotted leader read "...sesveeผู้รายงาน"). The project's own texts, its name, its place, its
agency and its model, are read so too (they were not: a name with a stamp's letters run in,
"... ปีการศึกษา ODD... 77โ111เฏญ08 0", stood with no issue).  A text that ends with a word no text ends with
(normalizers.words.open_end: "... ความพึงพอใจใน :") was cut: that word is such a piece too (no text of the
truth of every committed and fresh set ends so).  Forms-agnostic: it reads
the built rows, after the repairs (pipeline.stages' merge).
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.words import (DROPPED_MARKS, SILENT_MARK, TONE_MARKS, commonest_with_a_mark_more, known_name,
                               plausibility,
                               short_i_endings,
                               known_word, known_word_from,
                               mark_more_texts, misread_of_common, misread_texts, name_ending_with_mark,
                               names_a_letter_from, names_marks_lost, lone_letter_end, number_word_end, open_end,
                               opening_joiner,
                               silent_mark_lost_texts, split_by_lost_marks, swapped_word_index, thai_words,
                               with_silent_mark,
                               word_frequency, word_graph)
from normalizers.numbers import thai_digits_to_arabic
from parsers.repair import enabled
from parsers.values import opens_with_unit_word
from pipeline.marks import with_a_mark_more
from schemas.document import Issue, spans_meet

# (table, column) of the row texts checked
COLUMNS = (("projects", "name"), ("projects", "place"), ("projects", "agency"), ("projects", "project_model"),
           ("objectives", "text"), ("targets", "text"), ("targets", "method"), ("activities", "text"), ("activities", "progress"),
           ("findings", "text"), ("findings", "mitigation"), ("expenses", "category"), ("expenses", "item"),
           ("alignments", "text"), ("quarterly_budgets", "note"),
           ("progress_reports", "description"))
# (table, column) of texts checked for pieces no dictionary word covers only (flag_unknown_words): a period's text
# is abbreviations and figures as often as words ("ต.ค. 67 – พ.ค. 68"), none of them a piece, but a month's name
# OCR damaged is one ("ธั้นวาคม 2569", its tone mark added: fresh set s116u, bma_proposal_s116u003, silent before)
PIECES_ONLY = (("projects", "period_text"),)
# the list tables' texts: a numbered list's items, each read from its own number on
# (not the findings: an OBEC report's result prints its own points numbered inside it, "ได้แก่ ๒.๑ โปรแกรม ...")
LISTS = frozenset({("objectives", "text"), ("targets", "text"), ("activities", "text")})
# ... and the findings, whose items are numbered too: only a number OCR damaged past reading is looked for in them
# (_damaged_item_numbers: Latin letters before the words the item itself opens with, no digits of their own points)
DAMAGED_LISTS = LISTS | {("findings", "text")}
# a list's item number standing alone inside an item's text, Thai words after it ("... การแลกเปลี่ยนเรียนรู้ ๒.๕
# เพื่อส่งเสริม...": item ๒.๔ whose digit OCR misread, so out of sequence it opened no item and its text ran into
# the item before).  An item's own text never holds one (a decimal figure stands after a word that counts it:
# _FIGURE_WORDS; the list texts of every committed and fresh set's truth hold none)
_ITEM_NUMBER_INSIDE_RE = re.compile(r"(?<=[\u0e01-\u0e4e] )[\d๐-๙]\.[\d๐-๙]{1,2} (?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# a list's bare item number ("๒. ", "5. ") standing inside an item's text after a word, a letter or word after it
# ("... ได้รับการพัฒนาตามโครงการ ๒. NIBDAMAIW นักเรียน...", "... ในระดับมาก 5. ร้อยละ 85 ..."): the next item, its
# number printed but its opening words or label OCR damaged so no item opened there, ran into the one before.
# The forms' list texts number their own points with a bracket ("ประกอบด้วย 1) ครูผู้สอน ..."), never with a dot
# (the list texts of every committed and fresh set's truth hold none); a decimal figure has a digit after its dot
_BARE_NUMBER_INSIDE_RE = re.compile(r"(?<=\S )[\d๐-๙]{1,2}\.(?= ?[\u0e01-\u0e4eA-Za-z])")
# words a figure stands after ("ร้อยละ 3.5", "จำนวน 2.5", "ตัวชี้วัดที่ 2.1", "ข้อ 3.2"): no item's number then
_FIGURE_WORDS = ("ร้อยละ", "จำนวน", "ที่", "ละ", "ข้อ", "ระดับ", "ประมาณ", "เป็น", "ได้", "เท่ากับ", "อายุ")


# a short token of small Latin letters, digits and dots standing alone after Thai (or a closing bracket), Thai
# after it ("... (PLC) a.m เพื่อให้...", "... ทางการศึกษา lod เพื่อพัฒนา...": items ๒.๓ and ๒.๔ whose numbers the
# English model read as letters): an item's number OCR damaged past reading, where the words after it are the
# words the item itself opens with (_DAMAGED_ITEM_NUMBERS)
# (or one or two capitals alone, "... ของสำนักงาน DE ได้ดำเนินการ..." for ๓., where the words after it are the item's
# opening word: an acronym the text names is three capitals or more, "PLC", "STEM", or names no item's opening)
_DAMAGED_NUMBER_RE = re.compile(
    r"(?<=[\u0e01-\u0e4e)] )(?:[a-z0-9๐-๙][a-z0-9๐-๙.,]{0,4}|[A-Z]{1,2})(?= +[\u0e01-\u0e4e])")
_OPENING_RUN_RE = re.compile(r"\s*([\u0e01-\u0e4e]+)")
_UNCOUNTED = ("เพื่อ",)  # an item's opening word no figure counts (a conjunction: an objective's "in order to")
_OPENING_WORD = 3  # characters of the item's first word at least ("เพื่อ", "จัด"): a longer echo than a letter


def item_numbers(text: str) -> list[str]:
    """The list item numbers standing inside a list's text (_ITEM_NUMBER_INSIDE_RE), not after a word a figure
    stands after; and the tokens of a number OCR damaged past reading (_damaged_item_numbers)."""
    return [m.group().strip() for m in _ITEM_NUMBER_INSIDE_RE.finditer(text)
            if not text[:m.start()].rstrip().endswith(_FIGURE_WORDS)] + _damaged_item_numbers(text)


# The word every item of a list opens with (the objectives': "เพื่อ ..."): a piece no word covers that is the end of
# that word, after a space inside an item's text and before the next word, is what OCR left of the next item's
# opening, its start lost with its number at the line's start ("... อย่างเป็นระบบ อส่งเสริมการใช้..." for "๒.
# เพื่อส่งเสริม...": fresh set s115s, bma_progress_s115s007, objective 2 run into objective 1, its row lost)
LIST_OPENERS = {("objectives", "text"): "เพื่อ"}


def opener_tails(table: str, column: str, text: str, pieces: list[str]) -> list[str]:
    """The pieces (unknown_words') of a list item's text that are its list's
    opening word's end (LIST_OPENERS) standing at a word's start after a
    space, a Thai letter after them."""
    opener = LIST_OPENERS.get((table, column))
    if opener is None:
        return []
    return [p for p in dict.fromkeys(pieces) if opener.endswith(p) and p != opener
            and regex.search(rf"(?<=\s){regex.escape(p)}(?=[\u0e01-\u0e2e])", text)]


def bare_item_numbers(text: str) -> list[str]:
    """The bare list item numbers standing inside a list's text (_BARE_NUMBER_INSIDE_RE: "... ตามโครงการ ๒.
    NIBDAMAIW ..."), not after a word a figure stands after."""
    return [m.group() for m in _BARE_NUMBER_INSIDE_RE.finditer(text)
            if not text[:m.start()].rstrip().endswith(_FIGURE_WORDS)]


def _damaged_item_numbers(text: str) -> list[str]:
    """The tokens inside a list item's text that are another item's number
    OCR damaged past reading: a short token of small Latin letters (with
    digits or dots or not: _DAMAGED_NUMBER_RE) standing alone, not after a
    word a figure stands after, with the very word the item opens with right
    after it ("เพื่อเป็นต้นแบบ ... (PLC) a.m เพื่อให้เครือข่าย..."): a list's
    items open alike, so the next item ran in behind its number.  A Latin
    term the text names ("Active Learning") is capitalised, and is no such
    token."""
    opening = _OPENING_RUN_RE.match(text)
    if opening is None or not _LATIN_LETTER_RE.search(text):
        return []
    words = thai_words(opening.group(1))
    if not words or len(words[0]) < _OPENING_WORD:
        return []
    # (after a word a figure stands after, the token may be that figure, "จำนวน od โรงเรียน", unless the word after
    # it is one no figure counts, a conjunction: "...ด้วยตนเองได้ a เพื่ออำนวย...", objective 3 whose "3" OCR read
    # as "a", fresh set s106o bma_progress_s106o007, ran in after ได้ silently before)
    counted = not words[0].startswith(_UNCOUNTED)
    return [m.group() for m in _DAMAGED_NUMBER_RE.finditer(text)
            if _LATIN_LETTER_RE.search(m.group()) and text[m.end():].lstrip().startswith(words[0])
            and not (counted and text[:m.start()].rstrip().endswith(_FIGURE_WORDS))]
# words pythainlp's dictionary lacks that the forms' sentences use ("ณ ห้องประชุม", at the meeting room)
_WORDS_MISSING = frozenset({"ณ"})
# Thai letters, vowels and marks: what a run of Thai holds (digits, ๆ, ฯ, Latin and punctuation cut it)
_THAI = r"\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"
# one or two letters standing alone (no vowel, no mark, no Thai letter before or after): a list's letter, an
# abbreviation without its dot, ฯลฯ or a word like ณ ("ภาค ก และภาค ข", "การ ณ สำนักงาน"), not a piece of a word
# (the standard re: the same matches, code point classes alone, in a third of the time of regex on the row texts)
_LONE_LETTERS_RE = re.compile(rf"(?<![{_THAI}])[\u0e01-\u0e2e]{{1,2}}(?![{_THAI}])")

# (the patterns of code point classes and literals alone below run on the standard re, as _LONE_LETTERS_RE: the
# same matches, a search over a text in a third of the time; tests/test_speedups_exact.py)
# an abbreviation ("พ.ศ.", "ต.ค.", "กทม."): letters a dot closes, not words
_ABBREVIATION_RE = re.compile(r"(?<![\u0e01-\u0e4e])[\u0e01-\u0e2e]{1,3}\.")
# white space between Thai characters: OCR cuts words with spaces too, so the words are looked for
# across them (the eval's soft score ignores spacing the same way)
_THAI_GAP_RE = regex.compile(r"(?<=[\u0e01-\u0e4e])\s+(?=[\u0e01-\u0e4e])")
_THAI_RUN_RE = re.compile(f"[{_THAI}]+")  # (the standard re, as _LONE_LETTERS_RE: half the time)
_LETTER_RE = re.compile(r"[\u0e01-\u0e2e]")
# a word of letters alone, no vowel or mark: what an abbreviation's letters before its dot are ("สพป.")
_BARE_LETTERS_RE = re.compile(r"[\u0e01-\u0e2e]{1,3}")


# a short Latin word opening a text, Thai words after it; or OCR's letters of a number it could not read, a dot
# closing them ("dD. มีผู้เข้าร่วม..."): the truth of every committed and fresh set opens no text so
_LATIN_OPENING_RE = regex.compile(r"^\W*(?P<word>[A-Za-z]{1,5})\.?\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# one or two Thai letters alone opening a text, no dot, Thai words after a space ("ง ไตรมาสให้ชัดเจน..."): the last
# letters of a word OCR cut off at the margin, its opening words lost; no text of the forms opens so (the truth of
# every committed and fresh set has none), a list's letter ("ก ") stands inside a text, after its words
_LONE_OPENING_RE = re.compile(rf"^\s*([\u0e01-\u0e2e]{{1,2}})\s+(?=[{_THAI}])")
# a speck of punctuation opening a text before its Thai words (".จัดเตรียมข้อมูล..."): a dot or mark of the scan OCR
# read; no text of the forms opens so (the truth of every committed and fresh set has none)
_SPECK_OPENING_RE = re.compile(r"^\s*([.,:;'\"`]+)\s*(?=[\u0e01-\u0e4e])")
# ... or closing it, after a space ("ขออนุมัติโครงการ และขออนุมัติเงิน จัดสรร :", a timetable cell's dot read beside
# the activity's last line: fresh set s107p, bma_proposal_s107p005): no text of the forms ends so (the truth of
# every committed and fresh set has none); a dot or comma there may close an abbreviation or a list, and is left.
# Said where no other reading of the text's end says more (flag_unknown_words: a cut text's open end first)
_SPECK_CLOSING_RE = re.compile(r"(?<=[\u0e01-\u0e4e])\s+([:;'\"`]+)\s*$")


# a count's digits OCR's English model read as Latin letters ("จำนวน Ho คน" for ๗๕), or a count's unit after its
# figure, closing the text ("จำนวน ๑๑ AY" for คน): the truth of every committed and fresh set has no text so
_LATIN_COUNT_RE = regex.compile(r"(?:จำนวน|ร้อยละ)\s*+([A-Za-z]{1,3})(?=\s++[\u0e01-\u0e2e\u0e40-\u0e44])"
                                r"|(?<=[\d๐-๙]\s++)([A-Za-z]{1,4})\s*+$")
_ANY_LATIN_RE = re.compile(r"[A-Za-z]")
# a figure with a mai yamok glued after its digits ("จำนวน ๒ๆ คน" for ๒๗, "๒๕๒ๆ" for ๒๕๖๗): OCR's reading of a
# digit (ๆ for ๗ or ๓: normalizers.confusions.LOOKALIKES), which repeats no word; what the digit was is not known
_YAMOK_FIGURE_RE = re.compile(r"(?<![\d๐-๙])([\d๐-๙][\d๐-๙,.]*ๆ)")
# a figure of zeros alone, no word of a count after it ("ประ 00", "... เจ้าหน้าที่ 0"): specks OCR read as digits;
# the truth of every committed and fresh set prints no zero alone in a text (a count of none says its unit, "0 บาท",
# or its sign, "0 %"), but after a word that introduces a figure ("... ร้อยละ ๐", a rate of none: sample 004's
# finding) a zero is the figure (_FIGURE_WORD_BEFORE_RE)
_ZEROS_ALONE_RE = re.compile(r"(?<!\S)[0๐]+(?=\s*$|\s+(?![%\d๐-๙])[^\s\u0e01-\u0e4e])")
_FIGURE_WORD_BEFORE_RE = re.compile(r"(?:ร้อยละ|จำนวน|เท่ากับ|รวม|คิดเป็น)\s*$")
# a vowel or mark opening a token with a figure glued after it ("ด า0", "ะ4"): no word opens so nor runs into a
# figure so (not the rest of a word a space cut, which _OPENS_INSIDE_RE spares: a word goes on in letters)
_MARK_FIGURE_RE = re.compile(r"(?<![\u0e01-\u0e4e])[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]+[\d๐-๙]+")
# a token of a figure of a digit or two with a quote mark glued after it ("โรงเรียน 5' รายงาน ผลการดำเนินงาน": a
# timetable's list number or chart mark OCR read so, run into an activity's words; fresh set s111r,
# bma_proposal_s111r003, silent before): no text of the committed or fresh sets' truth, nor the real samples, prints
# a figure so
_QUOTED_FIGURE_RE = re.compile(r"(?<!\S)[\d๐-๙]{1,2}['’‘`\"](?!\S)")
_QUOTES = frozenset("'’‘`\"")


# a short Latin word of small letters inside Thai, Thai words on both sides ("โครงการ uaz ขออนุมัติ" for และ): a
# Thai word the English model read.  The forms' Latin inside Thai is names and terms, capitalised ("Active
# Learning", "BMA Digital Plans"), or the "x" of a budget line's product
_LATIN_INSIDE_RE = regex.compile(r"(?<=[\u0e01-\u0e4e]\s++)([a-z]{2,4})(?=\s++[\u0e01-\u0e2e\u0e40-\u0e44])")
# a Latin token of two small letters or more with a capital after them ("1.2 asNuntine ติดตาม" for ลงพื้นที่นิเทศ): a Thai
# word the English model read, its letters' cases mixed as no Latin word is written (a word is small, Capitalised
# or in capitals; "eBook", "iPad" open with one small letter); the truth of every committed and fresh set has none
_LATIN_MIXED_RE = re.compile(r"(?<![A-Za-z])[a-z]{2,}[A-Z][A-Za-z]*")
# a run of Latin words inside a Thai text, spaces between them ("แต่งตั้ง o og คณะกรรมการ", a chart's marks the
# English model read; "Diener ติดตาม" for นิเทศ ติดตาม, a Thai word it read): what latin_debris says unless the run
# is the forms' kind of Latin (see there)
_LATIN_RUN_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?:-[A-Za-z]+)*(?:[ \t]+[A-Za-z]+(?:-[A-Za-z]+)*)*(?![A-Za-z])")
_ACRONYM_RE = re.compile(r"[A-Z][A-Z\-]*[A-Z]")  # "PLC", "PISA", "O-NET", "STEM"
_LATIN_WORD_CASES_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+")  # a Latin word as written: small, Capitalised or capitals
LATIN_NAME_WORD = 4  # letters of the longest word of a Latin name or term, at least ("Learning", "Bangkok", "green")
# one word of small letters, a figure after it and Thai words after that (latin_debris)
_COUNTING_WORD_RE = re.compile(r"[a-z]+\s+[\d๐-๙]{1,4}\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# a brand's name, a capital inside it after one small letter or a capital ("eBook", "YouTube", "PowerPoint", a
# sample's "TTSMaker"): written so on purpose; OCR's case mix opens with two small letters or more (_LATIN_MIXED_RE)
_LATIN_BRAND_RE = re.compile(r"(?:[a-z]|[A-Z][A-Za-z]*)[A-Z][A-Za-z]+")
# a word opening with a vowel or mark no Thai word opens with (ะ า ำ, a vowel above or below, a tone mark), at the
# text's start or after a space or figure ("... ได้ตามแผนการ าเป็นของโลกศตวรรษที่ 21", "... ได้ตามแผนการ า"): the
# end of a word whose first letters were cut off, another line's or column's piece run in.  No word of the forms'
# texts opens so (nor _THAI_GAP_RE's joining would show it: newmm reads "การาเป็น" as words)
_OPENS_INSIDE_RE = re.compile(r"(?<![\u0e01-\u0e4e])[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e][\u0e01-\u0e4e]*+")
# a word ending inside the vowel เ-ีย or เ-ือ, a consonant and the upper vowel with no ย or อ after them, where a
# space or the text's end follows ("... และคัดสรรแผนการจัดการเรี ตามขนาดของโรงเรียน", "โรงเรี เรียน"): no Thai word
# ends so (its vowel is written with the letter after), so OCR cut the word (a line's end it dropped, a space it
# put inside); newmm reads the piece with the words after it (_THAI_GAP_RE's joining), so it is looked for first.
# Tried only where a run of Thai starts (the lookbehind, a speed-up, no rule): the same matches, as a match from inside
# a run is one from its start too (the run's letters before it are the class's), and one always ends at a space or
# the end, so the scan comes to a run's start before any place inside it; without it the scan walked every run to
# its end from each of its places (its cost the square of a run's length; tests/test_speedups_s60.py)
_CUT_VOWEL_RE = re.compile(r"(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]*เ[\u0e01-\u0e2e][\u0e35\u0e37][\u0e48-\u0e4b]?(?=\s|$)")
_LATIN_CHAR_RE = re.compile(r"[a-z]")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")
# a word of two small Latin letters or more glued to Thai, no space between ("ค่าอาหารกลางวันyuu", a dotted
# leader read "...sesveeผู้รายงาน"): what OCR reads from a stamp, a dotted line or a Thai word the English model
# read, run in with the text.  The forms print a Latin word apart from the Thai beside it, or glue an acronym in
# capitals ("PISAได้"), never a word of small letters
_LATIN_GLUED_RE = re.compile(r"(?<![A-Za-z])[a-z]{2,}+(?=[\u0e01-\u0e4e])|(?<=[\u0e01-\u0e4e])[a-z]{2,}+")
# a token whose Thai letters and digits alternate, no space or dot between ("(ร6๕ท๐๐| of go" for "(School of go"):
# a Latin word, or a stamp or a dotted line, the Thai model read as letters and digits; Thai prints a figure
# apart from its words, or after an abbreviation's dot ("ม.๓", "ว๑๒๓" after a slash), never so; nor a letter alone
# inside a figure ("111ไ11133": a stamp or a scrawl read as digits; the truth of every set has none)
_LETTERS_DIGITS_RE = regex.compile(r"[\u0e01-\u0e2e][\d๐-๙]+[\u0e01-\u0e2e]+[\d๐-๙]"
                                   r"|(?<![\u0e01-\u0e4e])[\d๐-๙]{2,}[\u0e01-\u0e4e][\d๐-๙]{2,}")
# a token with an exclamation mark in it ("(5๐๓๐๐! of go green)" for "(School of go green)", "แนะที!"): a Latin word
# the Thai model read as digits and a mark, or letters OCR made of a cell's edge; no text of the forms prints "!"
# (the truth of every set has none)
_BANG_TOKEN_RE = regex.compile(r"[^\s()]*![^\s()]*")
# a token with a bar glued to a digit or a letter ("(5๐๕๓๐๐| of go green)" for "(School of go green)"): a Latin word
# the Thai model read as digits and a cell's rule; a bar the forms print only between cells, spaced, never inside a
# word (the truth of every set has no bar)
_BAR_TOKEN_RE = regex.compile(r"[^\s()|]*(?:(?<=[\w๐-๙])\||\|(?=[\w๐-๙]))[^\s()]*")
# a token of digits and a square bracket (or brace, angle, backslash) between two Latin words ("(School ๐[ go
# green)" for "of"): a Latin word the Thai model read as a digit and a bracket; no true text of the committed or fresh
# sets prints such a token (fresh set s131o, obec_progress_s131o002, a project's name, silently)
_SQUARE_CHARS = r"[\[\]{}<>\\]"
_SQUARE_CHARS_RE = re.compile(_SQUARE_CHARS)  # (looked for first: most texts hold none)
_LATIN_GAP_TOKEN_RE = regex.compile(
    rf"(?<=[A-Za-z]{{2}}\s)(?=\S*{_SQUARE_CHARS})(?=\S*[\d๐-๙])[^\sA-Za-z\u0e01-\u0e4e]{{2,5}}(?=\s[A-Za-z]{{2}})")
# what every match of it holds, a letter before a digit or a digit before a letter: looked for first (a speed-up,
# no rule: most texts hold neither, and this pattern is a third of the cost of looking for the whole).  On the
# standard re, in a little over half the time: its digits are re's \d and every character past the BMP, a class that holds
# every digit of the regex module's \d (whose Unicode is newer: digits of scripts past the BMP re's lacks), so it
# finds at least where _LETTERS_DIGITS_RE may match (tests/test_speedups_s60.py checks every code point)
_ANY_DIGIT = r"[\d\U00010000-\U0010ffff]"
_LETTER_BY_DIGIT_RE = re.compile(rf"[\u0e01-\u0e2e]{_ANY_DIGIT}|{_ANY_DIGIT}[\u0e01-\u0e4e]")


def unknown_words(text: str) -> list[str]:
    """The pieces of `text`'s Thai no dictionary word covers, and a short
    Latin word opening it (see module doc).  Memoised for a text of up to
    CACHED_TEXT characters: a document's rows repeat their texts (a third
    of the texts checked on the bench archive are asked again)."""
    if len(text) <= CACHED_TEXT:
        return list(_cached_unknown_words(text))
    return _unknown_words(text)


CACHED_TEXT = 2_000  # characters: a longer text (lines OCR ran together) is not memoised


@lru_cache(maxsize=8192)
def _cached_unknown_words(text: str) -> tuple[str, ...]:
    return tuple(_unknown_words(text))


def debris_pieces(text: str) -> list[str]:
    """The pieces of `text` that are OCR debris beside its words, not a word
    it damaged: a letter or two alone opening it (_LONE_OPENING_RE), a
    speck of punctuation opening it before its words (_SPECK_OPENING_RE), a
    count or its unit read as Latin letters (_LATIN_COUNT_RE), a figure
    with a mai yamok glued after its digits (_YAMOK_FIGURE_RE), a figure of
    zeros alone with no word after it (_ZEROS_ALONE_RE), a vowel or mark
    opening a token with a figure glued after it (_MARK_FIGURE_RE) and a
    figure with a quote mark glued after it (_QUOTED_FIGURE_RE).  A word the
    text misspelled may still be read back beside them (echoed_words)."""
    out = []
    if (lone := _LONE_OPENING_RE.match(text)) and not _word(lone.group(1)):
        out.append(lone.group(1))
    if speck := _SPECK_OPENING_RE.match(text):
        out.append(speck.group(1))
    if _ANY_LATIN_RE.search(text):
        out += [m.group(1) or m.group(2) for m in _LATIN_COUNT_RE.finditer(text)]
    if "ๆ" in text:
        out += _YAMOK_FIGURE_RE.findall(text)
    if "0" in text or "๐" in text:
        out += [m.group() for m in _ZEROS_ALONE_RE.finditer(text)
                if not _FIGURE_WORD_BEFORE_RE.search(text, 0, m.start())]
    out += _MARK_FIGURE_RE.findall(text)
    if not _QUOTES.isdisjoint(text):
        out += _QUOTED_FIGURE_RE.findall(text)
    return out


def _unknown_words(text: str) -> list[str]:
    latin = _LATIN_OPENING_RE.match(text)
    out: list[str] = [latin.group("word")] if latin else []
    out += debris_pieces(text)
    if _LATIN_CHAR_RE.search(text):  # (a cheap look first: most texts hold no Latin letter)
        out += _LATIN_INSIDE_RE.findall(text)
        out += _LATIN_MIXED_RE.findall(text)
        out += _LATIN_GLUED_RE.findall(text)
    if _ANY_LATIN_RE.search(text):
        out += [p for p in latin_debris(text) if p not in out and not any(t in out for t in p.split())]
        if "วันท" in text:
            out += [p for p in latin_in_dates(text) if p not in out]
    if _LETTER_BY_DIGIT_RE.search(text):
        out += _LETTERS_DIGITS_RE.findall(text)
    if "!" in text:
        out += _BANG_TOKEN_RE.findall(text)
    if "|" in text:  # (a token another piece lies in is said already)
        out += [t for t in _BAR_TOKEN_RE.findall(text) if not any(p in t for p in out)]
    if _SQUARE_CHARS_RE.search(text):
        out += [t for t in _LATIN_GAP_TOKEN_RE.findall(text) if not any(p in t for p in out)]
    out += [m.group() for m in _OPENS_INSIDE_RE.finditer(text) if not _space_inside_a_word(text, m.start())]
    if "เ" in text:
        out += _CUT_VOWEL_RE.findall(text)
    text = _LONE_LETTERS_RE.sub(" ", _ABBREVIATION_RE.sub(" ", text))
    if not latin and _surely_words(text):
        return out + _misread_words(text)
    text = _THAI_GAP_RE.sub("", text)
    for found in _THAI_RUN_RE.finditer(text):
        words = thai_words(found.group())
        if text[found.end():found.end() + 1] == "." and _BARE_LETTERS_RE.fullmatch(words[-1]):
            words = words[:-1]  # an abbreviation glued to the word before it ("ห้องประชุมสพป.")
        out += [t for t in words if _LETTER_RE.search(t) and (not _word(t) or misread_of_common(t)
                                                                or t in silent_mark_lost_texts())]
        out += [a + b for a, b in zip(words, words[1:]) if known_word(a) and known_word(b) and _lacks_a_mark(a, b)]
    return out


# a date inside a text, its day after วันที่ (its mark or vowel OCR may drop) and its year of four digits, with what
# stands between them (the month's name and the era, พ.ศ., where the forms print a Thai date: "เมื่อวันที่ ๑๗ ธันวาคม
# พ.ศ. ๒๕๖๖"); a Latin letter there is OCR's (the truth of every committed and fresh set prints none), and a
# run of Latin words reads as a name or term where no date stands around it (latin_debris: "Funan we" for ธันวาคม
# พ.ศ.)
_DATE_PLACE_RE = re.compile(r"วันท[ี่]{0,2}\s*[\d๐-๙]{1,2}\s+([^\d๐-๙\n]{1,24}?)\s*[\d๐-๙]{4}(?![\d๐-๙])")
_LATIN_PIECE_RE = re.compile(r"[A-Za-z]+(?:[ .]*[A-Za-z]+)*\.?")


def latin_in_dates(text: str) -> list[str]:
    """The runs of Latin letters between a date's day and its year inside
    `text` (_DATE_PLACE_RE): a Thai month or era OCR read as Latin letters
    ("เมื่อวันที่ ๑๓ Funan we. ๒๕๒๒", "๒๕ ตุลาคม W.A. ๒๕๐๕"), the date misread."""
    return [p for m in _DATE_PLACE_RE.finditer(text) for p in _LATIN_PIECE_RE.findall(m.group(1))]


def latin_debris(text: str) -> list[str]:
    """The runs of Latin words (_LATIN_RUN_RE) of a text that holds Thai
    which are none of the Latin the forms print inside Thai: an acronym in
    capitals ("PLC", "O-NET", "STEM") or a brand's name ("eBook", "YouTube":
    _LATIN_BRAND_RE), a term in brackets ("(Coding)"), the
    "x" of a product, a name or term of two words or more, each written as
    a word is (small, Capitalised or capitals) and one of LATIN_NAME_WORD
    letters or more ("Active Learning", "School of go green", "Bangkok as a
    City for All", a sample's "ระบบออนไลน์ debt obec"), after Thai words or,
    each word Capitalised, opening the text (a sample's "Brain Stom
    ค้นหารูปแบบ..."), or one word so written after Thai words, of
    LATIN_NAME_WORD letters or more ("โปรแกรม excel"), not opening the text.
    The rest is OCR's: a chart's marks the English model read ("แต่งตั้ง o
    og คณะกรรมการ"), or a Thai word it read as one Latin word ("Diener
    ติดตาม" for นิเทศ ติดตาม, "Oo oO"); the truth of every committed and fresh
    set prints no other Latin inside Thai."""
    if not _THAI_RUN_RE.search(text):
        return []
    out = []
    for m in _LATIN_RUN_RE.finditer(text):
        run, words = m.group(), m.group().split()
        if all(_ACRONYM_RE.fullmatch(w) or _LATIN_BRAND_RE.fullmatch(w) for w in words) or run in ("x", "X"):
            continue
        before = text[:m.start()]
        if before.rfind("(") > before.rfind(")") or text[m.end():].lstrip().startswith(")"):
            continue  # inside brackets (its opening bracket's words OCR may have damaged: "(ร6๕ท๐๐| of go")
        as_words = all(_LATIN_WORD_CASES_RE.fullmatch(part) for w in words for part in w.split("-"))  # "O-Net"
        # a name of words, or one word written as a word inside the text ("โปรแกรม excel": a program's name);
        # opening it, before any Thai, one word is none (the forms' row texts open with Thai: as _LATIN_OPENING_RE,
        # of any length), nor are words not each Capitalised, as a name or term opening a text is (sample 004's
        # "Brain Stom ค้นหารูปแบบ..."): "fina Gani และประเมินผล..." for นิเทศ ติดตาม (fresh set s103o,
        # obec_progress_s103o004, silent before), "Tovar we ของโรงเรียน..."
        name = len(words) >= 2 and max(len(w) for w in words) >= LATIN_NAME_WORD
        # (one word alone after Thai of LATIN_NAME_WORD letters or more, as a program's name is: a shorter one is a
        # Thai word the English model read, "ขออนุมัติ โครงการ Was ขออนุมัติเงิน..." for และ, fresh set s110w,
        # bma_proposal_s110w002, silent before; no truth of the sets, nor the real samples, prints one)
        short = len(words) == 1 and len(words[0]) < LATIN_NAME_WORD and not _in_address(text, m.start(), m.end())
        # (or one small word right before a figure, Thai on both sides: a Thai word that counts it, read by the
        # English model, "... ด้านการศึกษา seman 10 สู่การปฏิบัติ" for รัชกาลที่ 10 in a project's name, fresh set
        # s151o, obec_progress_s151o001, silent before; a program's name in small letters before its version,
        # "excel 2016 ในการ...", is said too: a warning, the text kept)
        short = short or _COUNTING_WORD_RE.match(text, m.start()) is not None and m.start() > 0
        if as_words and ((_THAI_RUN_RE.search(text[:m.start()]) and (len(words) == 1 and not short or name))
                         or (name and all(w[:1].isupper() for w in words))):
            continue
        out.append(run)
    return out


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a token of an address or a name
    with dots, slashes or an at sign ("<https://www.cme๒learn.com/>",
    "@user"): a piece of a web address, no word of its own."""
    a = text.rfind(" ", 0, start) + 1
    b = text.find(" ", end)
    token = text[a: b if b >= 0 else len(text)]
    return any(c in token for c in "./@:")


# the Thai run a space ends, just before a word that opens inside one (_OPENS_INSIDE_RE)
_RUN_BEFORE_SPACE_RE = re.compile(f"([{_THAI}]+)\\s+$")


def _space_inside_a_word(text: str, i: int) -> bool:
    """Whether the word opening inside one at text[i] (_OPENS_INSIDE_RE) is
    the rest of the word before the space, a space OCR put inside a word
    ("มีคว ามพึงพอใจ", "แล ะบุคลากร"): the run before it and it, joined, read
    with a dictionary word across the join (the words are looked for across
    spaces so: _THAI_GAP_RE), that word opening where one of the run's own
    words opens.  Not so after a figure or the text's start, or where no
    such word spans the join ("แผนการ าเป็นของโลก" reads "แผน กา รา เป็น":
    a cut word)."""
    before = _RUN_BEFORE_SPACE_RE.search(text[:i])
    if before is None:
        return False
    run = before.group(1)
    starts, start = set(), 0
    for word in thai_words(run):  # where the run's own words start
        starts.add(start)
        start += len(word)
    start = 0
    for word in thai_words(run + text[i:i + 24]):
        if start < len(run) < start + len(word):
            return start in starts and known_word(word)
        start += len(word)
    return False


def _misread_words(text: str) -> list[str]:
    """newmm's words of `text`'s runs of Thai that are a common word OCR
    misread into a word no corpus holds (normalizers.words.
    misread_of_common), for a text of dictionary words alone: each run's
    word_graph (its words, a lookup each) is asked first, and a run is
    tokenized only where one of them is such a word."""
    return [t for run in _THAI_RUN_RE.findall(text) for t in _run_misreads(run)]


@lru_cache(maxsize=8192)
def _run_misreads(run: str) -> tuple[str, ...]:
    """_misread_words of one run of Thai (runs repeat from text to text: read once)."""
    graph = word_graph(run)
    if graph is not None and not _graph_holds(run, graph, _misread_or_lost()):
        return ()
    lost = silent_mark_lost_texts()
    return tuple(t for t in thai_words(run) if misread_of_common(t) or t in lost)


@lru_cache(maxsize=1)
def _misread_or_lost() -> frozenset[str]:
    """The words misread_of_common reads as another (misread_texts) and those
    that lost their silent-letter mark (silent_mark_lost_texts), in one set
    (a lookup each of a run's words, asked first), built once a process."""
    return frozenset(misread_texts()) | frozenset(silent_mark_lost_texts())


def _graph_holds(run: str, graph: dict[int, list[int]], texts: Container[str]) -> bool:
    """Whether a word of `run`'s word_graph is one of `texts`: in plain loops,
    one lookup a word (a generator over the words asking two sets cost twice
    as much: the words number hundreds of thousands on the bench archive)."""
    for start, ends in graph.items():
        for end in ends:
            if run[start:end] in texts:
                return True
    return False


def _surely_words(text: str) -> bool:
    """Whether `text` (abbreviations and lone letters taken out) has surely
    no piece: each of its runs of Thai, as printed between spaces and other
    characters, is dictionary words alone, and no two words side by side,
    in a run or across a space, lack a mark.  Then its runs joined across
    the spaces (what unknown_words tokenizes, as OCR cuts words with
    spaces) are words end to end too, and newmm finds such a cut, so
    unknown_words has nothing to say; the short runs repeat from text to
    text and are read once, where the joined ones would each be tokenized
    whole (the check's cost on a long OBEC report).  A run is read from the
    dictionary's words in it (_run_ends) and tokenized only where those
    leave it unsure (_run_words); the same answer as every run tokenized
    (_surely_words_tokenized; tests/test_wording.py)."""
    last: tuple[str, ...] | None = None  # the words the run before may end with
    known = mark_more_texts()  # (two words lack a mark only if they make one of these: asked first, a lookup)
    for run in _THAI_RUN_RE.findall(text):
        ends = _run_ends(run)
        if ends is None:
            words = _run_words(run)
            if words is None or any(a + b in known and _lacks_a_mark(a, b) for a, b in zip(words, words[1:])):
                return False
            ends = words[:1], words[-1:]
        if last is not None and _pair_lacks_a_mark(last, ends[0], known):
            if len(last) == 1 and len(ends[0]) == 1:
                return False  # (newmm's own words)
            return _surely_words_tokenized(text)
        last = ends[1]
    return True


def _pair_lacks_a_mark(lasts: tuple[str, ...], firsts: tuple[str, ...], known: Container[str]) -> bool:
    """Whether a word of `lasts` (those a run may end with) and one of
    `firsts` (those the next may start with), side by side, lack a mark
    (_lacks_a_mark), their joined text asked of `known` first; in plain
    loops (a generator over the pairs cost a third more: the pairs number
    hundreds of thousands on the bench archive)."""
    for a in lasts:
        for b in firsts:
            if a + b in known and _lacks_a_mark(a, b):
                return True
    return False


def _surely_words_tokenized(text: str) -> bool:
    """_surely_words with every run tokenized (_run_words)."""
    last = None
    for run in _THAI_RUN_RE.findall(text):
        words = _run_words(run)
        if words is None:
            return False
        if last is not None and _lacks_a_mark(last, words[0]):
            return False
        if any(_lacks_a_mark(a, b) for a, b in zip(words, words[1:])):
            return False
        last = words[-1]
    return True


@lru_cache(maxsize=8192)
def _run_ends(run: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the words newmm's words of a run of Thai may start with, those they
    may end with) when they are surely dictionary words alone, no two side
    by side lacking a mark, told without tokenizing the run: its
    word_graph, where newmm's words are a path from its start to its end,
    has no two words side by side that lack a mark.  None when unsure (no
    graph, or two of its words lack a mark, which newmm's may not be)."""
    graph = word_graph(run)
    if graph is None:
        return None
    known = mark_more_texts()  # (two words lack a mark only if they make one of these: asked first)
    for start, middles in graph.items():
        for middle in middles:
            for end in graph.get(middle, ()):
                if run[start:end] in known and _lacks_a_mark(run[start:middle], run[middle:end]):
                    return None
    n = len(run)
    return tuple(run[:end] for end in graph[0]), tuple(run[start:] for start, ends in graph.items() if n in ends)


@lru_cache(maxsize=8192)
def _run_words(run: str) -> tuple[str, ...] | None:
    """newmm's words of a run of Thai, None when one is no dictionary word."""
    words = thai_words(run)
    if not words or not all(map(_word, words)):
        return None
    return words


def _word(token: str) -> bool:
    """Whether a token of newmm is a word: the dictionary's, or one it lacks (_WORDS_MISSING)."""
    return known_word(token) or token in _WORDS_MISSING


@lru_cache(maxsize=8192)
def _lacks_a_mark(a: str, b: str) -> bool:
    """Whether the words `a` and `b` side by side are, with one mark more,
    a word of the dictionary more common than the rarer of them."""
    return commonest_with_a_mark_more(a + b) > min(word_frequency(a), word_frequency(b))


@lru_cache(maxsize=1024)
def _marks_re(word: str) -> re.Pattern[str]:
    """`word`'s letters, each with any marks (DROPPED_MARKS) after it: a printing of it whose marks differ."""
    letters_ = [c for c in word if c not in DROPPED_MARKS]
    return re.compile("".join(re.escape(c) + f"[{DROPPED_MARKS}]*" for c in letters_))


ECHO_MIN = 5  # characters of a word a text prints right for a misspelling of it there to be read as it
_MAX_ECHOES = 3  # misspellings read back in one text
# The longest text whose echoes are looked for: each of its words is sought fuzzily over the whole text, so
# the cost grows with both (a form whose every line OCR doubled or printed five times makes texts five times
# their length: sample 004 so, 2.8 MB, took twice as long with this rule).  The corpora's texts that reach it
# are at most about 500 characters; a longer one stays flagged (unknown_words), as before the rule.
ECHO_MAX_CHARS = 1_000


@lru_cache(maxsize=1024)
def _one_edit_re(word: str) -> regex.Pattern:
    """`word` or a text one letter or mark from it (inserted, dropped or changed): BESTMATCH, so an exact
    printing is found as such."""
    return regex.compile(rf"(?b)(?:{regex.escape(word)}){{e<=1}}")


def echoed_words(text: str, pieces: list[str], debris: Iterable[str] = ()) -> tuple[str, list[tuple[str, str]]]:
    """`text` with the words OCR misspelled that the text itself prints
    right elsewhere read as those: a dictionary word of ECHO_MIN characters
    or more among its words, and a printing one letter or mark from it
    ("ขออนุมัติโครงการ และขออมนุมัติเงินจัดสรร": อมนุมัติ, one ม more than
    อนุมัติ; "คำสั่ง ... คำสัง") that is no word and leaves fewer pieces no
    word covers (`pieces`: unknown_words of `text`) read as it.  A text
    repeats its own words ("ขออนุมัติ ... ขออนุมัติ"), and OCR misreads one
    printing and not the other: the text's own redundancy decides, as a
    sibling's does across rows (pipeline.siblings).  Once one misspelling is
    read back, a printing that differs from a word the text then prints by
    marks alone and is no dictionary word is read as it too, though newmm
    cuts it into words ("ข้ออนุมัติโครงการ และขออมนุมัติเงิน": อมนุมัติ read
    back makes ขออนุมัติ, and ข้ออนุมัติ, ข้อ + อนุมัติ with a tone mark OCR
    added, is it; left, the repair chose a text still wrong).  Only where the text
    then reads as words throughout (no piece left: a text with other damage
    is no sure reading of the word either; `debris`: pieces that may stay,
    debris_pieces beside the words).  With the (printing, word) pairs
    read back; the text as it is and [] when none."""
    changes: list[tuple[str, str]] = []
    fixed = text
    if len(text) > ECHO_MAX_CHARS:
        return text, []
    for _ in range(_MAX_ECHOES):
        found = _echo(fixed, len(pieces), marks_alone=bool(changes))
        if found is None:
            break
        fixed, pieces, printing, word = found
        changes.append((printing, word))
    debris = set(debris)
    left = [p for p in pieces if p not in debris]
    return (fixed, changes) if changes and not left else (text, [])


def _echo(text: str, n_pieces: int, marks_alone: bool = False) -> tuple[str, list[str], str, str] | None:
    """The first misspelling `echoed_words` reads back: (text, its pieces, printing, word), or None.  With
    `marks_alone` (a misspelling of the text read back already), a printing that differs from the word by marks
    alone is read back where it leaves no more pieces than before, not only fewer."""
    words = sorted({w for w in thai_words(_THAI_GAP_RE.sub("", text)) if len(w) >= ECHO_MIN and known_word(w)},
                   key=lambda w: (-len(w), w))
    for word in words:
        half = len(word) // 2
        # a printing one edit from the word keeps one of its halves whole, which the word's own printing holds
        # too: without a second of either, no such printing (str.count, before the fuzzy regex)
        if text.count(word) == 0 or (text.count(word[:half]) < 2 and text.count(word[half:]) < 2):
            continue  # (a word newmm found across a space OCR put in it has no printing as such either)
        for m in _one_edit_re(word).finditer(text):
            printing = m.group()
            if printing == word or sum(m.fuzzy_counts) != 1 or known_word(printing):
                continue
            fixed = text[: m.start()] + word + text[m.end():]
            if len(pieces := unknown_words(fixed)) < n_pieces:
                return fixed, pieces, printing, word
        if not marks_alone:
            continue
        for m in _marks_re(word).finditer(text):  # (the fuzzy search, best match first, passes a printing before it)
            printing = m.group()
            if printing == word or known_word(printing) or Levenshtein.distance(printing, word) != 1:
                continue
            fixed = text[: m.start()] + word + text[m.end():]
            if len(pieces := unknown_words(fixed)) <= n_pieces:
                return fixed, pieces, printing, word
    return None


# a word of a text: two Thai letters or marks together, or three Latin letters ("STEM"); a text with neither ("น
# 111=.เ0", "a wa ส", "> 0") is no text of the forms (the truth of every committed and fresh set has none) but page
# debris or a stamp OCR read into a row, or a cell whose words it lost: said as pieces of no word, as a whole
_TEXT_WORD_RE = re.compile(f"[{_THAI}]{{2}}|[A-Za-z]{{3}}")


def wordless(text: str) -> bool:
    """Whether a row's text holds no word at all (_TEXT_WORD_RE)."""
    return bool(text.strip()) and _TEXT_WORD_RE.search(text) is None


def flag_unknown_words(tables: dict[str, list[dict[str, Any]]], issues: list[Issue],
                       texts: Sequence[str] = ()) -> list[Issue]:
    """An `unknown_words` issue for each checked row text that has pieces no
    dictionary word covers, no word at all (wordless) or a joining word
    opening it (normalizers.words.opening_joiner), at the row's lines, where none of `issues`
    (the ones raised so far on these rows) names that field there.  A
    word of such a text that the text prints right elsewhere is read as
    that first where the text then reads as words throughout (echoed_words,
    in place: a `value_repaired` issue, rule "echoed_word", instead).  Words
    run together that are no word but one letter from a word
    (lookalike_slip: "ครุผู้สอน", ครูผู้สอน) are read as that word where the
    document's text lines (`texts`, spaces gone: pipeline.siblings.
    squashed_lines) print it right (printed_slip: rule "printed_word"); a
    word whose mark (a tone mark, a vowel below its letter) they print
    nowhere else, its letters without it twice and more, is said (mark_added), as is a common word read without
    a vowel as shorter dictionary words (normalizers.words.
    split_by_lost_marks: "เครองดม" for เครื่องดื่ม); in a text that is no
    label, words run together one look-alike letter from a word the lines
    print far more are read as that word (printed_lookalike: rule
    "printed_word"), and a word one look-alike letter from a word the lines
    print beside the same neighbour twice or more is said
    (lookalike_in_context)."""
    flags = []
    printed = "\n".join(texts)  # (the lines as one text: mark_added's counts)
    for table, column, row, value in _texts_unnamed(tables, issues, COLUMNS):
        numbers = item_numbers(value) if (table, column) in LISTS \
            else _damaged_item_numbers(value) if (table, column) in DAMAGED_LISTS else []
        if (table, column) in LISTS and not _table_named(table, row, issues):
            numbers += bare_item_numbers(value)  # (where the list's parser said no row lost there already)
        pieces = unknown_words(value)
        why = "no Thai word: OCR damaged its letters or marks, or ran another text in"
        if not pieces and not numbers:
            if wordless(value):
                pieces, why = [value.strip()], "no word at all: page debris, or a cell whose words OCR lost"
            elif joiner := opening_joiner(value):
                pieces, why = [joiner], "a word that joins it to words before: its opening words were lost"
            elif (table, column) in LABELS and (whole := person_word_cut(value)):
                pieces, why = [whole[0]], (f"the opening words of {whole[1]!r}, the person word ผู้ before them "
                                           "lost (a line's start OCR dropped with its bullet): they name no one")
            elif slip := lookalike_slip(value, (table, column) in LABELS):
                if _slip_mended(table, column, row, value, slip, texts, flags):
                    continue
                pieces, why = [slip[0]], (f"words run together one letter from the word {slip[1]!r}, a letter "
                                          "OCR reads for its look-alike: it may have misread it")
            elif (end := open_end(value)) is not None:
                pieces, why = [end], ("at its end, a word no text ends with: the text was cut, its last words lost "
                                      "or read into another cell")
            elif (added := mark_added(value, printed)) is not None:
                pieces, why = [added[0]], (f"a word whose mark (a tone mark or a vowel below) the document prints "
                                           f"nowhere else, its letters without it ({added[1]!r}) printed "
                                           f"{added[2]} times: OCR may have added the mark, making another word")
            elif (table, column) not in LABELS and (slip := printed_lookalike(value, texts)) is not None:
                if _slip_mended(table, column, row, value, slip, texts, flags):
                    continue
                pieces, why = [slip[0]], (f"words run together one look-alike letter from the word {slip[1]!r}, "
                                          "which the document prints elsewhere far more: OCR may have misread it")
            elif (table, column) not in LABELS and (swap := lookalike_in_context(value, printed)) is not None:
                pieces, why = [swap[0]], (f"a word one look-alike letter from the word {swap[1]!r}, which the "
                                          f"document prints beside the same word {swap[2]} times, where it prints "
                                          "this one so nowhere else: OCR may have misread the letter, making "
                                          "another word")
            elif split := split_by_lost_marks(value):
                pieces, why = [split[0]], (f"letters of the word {split[1]!r} with its vowels or marks lost, read "
                                           "as shorter words: OCR dropped them")
            elif (end := number_word_end(value)) is not None:
                pieces, why = [end], ("at its end, a word a number always follows (\"ปีการศึกษา 2567\", "
                                      "\"ร้อยละ 80\", \"สพป.X เขต 1\"), none after it: the number was lost, or read "
                                      "into another cell")
            elif (end := lone_letter_end(value)) is not None:
                pieces, why = [end], ("at its end, a letter alone after its words: what OCR left of a last word "
                                      "whose other letters it lost")
            elif speck := _SPECK_CLOSING_RE.search(value):
                pieces, why = [speck.group(1)], "a speck of punctuation closing it after its words: OCR debris"
            else:
                continue
        elif not numbers and enabled() and (echoed := echoed_words(value, pieces, debris := debris_pieces(value)))[1]:
            row[column], changes = echoed
            flags.append(_echo_issue(f"{table}.{column}", value, row, changes))
            if not debris:
                continue
            value, pieces = row[column], debris  # (the debris beside its words is still said)
        pieces += numbers  # (an item's number: another item ran in)
        if not numbers and (tails := opener_tails(table, column, value, pieces)):
            # (or its opening word's end, one of the pieces)
            numbers, why = tails, (f"{why}; {tails[0]!r} is the end of {LIST_OPENERS[table, column]!r}, the word "
                                   "each item opens with: another item, its opening OCR lost, ran in")
        flags.append(Issue("warning", "unknown_words", f"{table}.{column}: {value!r} holds "
                           f"{', '.join(repr(p) for p in pieces)}, {why}; kept as read",
                           json.dumps({"text": value, "pieces": pieces}, ensure_ascii=False),
                           row.get("line_start"), row.get("line_end"),
                           # an item ran in: its row is lost, so the table is in doubt there, not the text alone
                           field=table if numbers else f"{table}.{column}", project_key=row.get("project_key")))
    for table, column, row, value in _texts_unnamed(tables, issues, PIECES_ONLY):
        # (an issue naming the field inside the row's lines, a damaged year's, says it already)
        if any(i.field == f"{table}.{column}" and spans_meet((i.line_start, i.line_end),
                                                              (row.get("line_start"), row.get("line_end")))
               for i in issues):
            continue
        if pieces := unknown_words(value):
            flags.append(Issue("warning", "unknown_words", f"{table}.{column}: {value!r} holds "
                               f"{', '.join(repr(p) for p in pieces)}, no Thai word: OCR damaged its letters or marks; "
                               "kept as read", json.dumps({"text": value, "pieces": pieces}, ensure_ascii=False),
                               row.get("line_start"), row.get("line_end"), field=f"{table}.{column}",
                               project_key=row.get("project_key")))
    return flags


def printed_slip(text: str, slip: tuple[str, str], texts: Sequence[str]) -> tuple[str, int] | None:
    """`text` with `slip` (lookalike_slip's words run together that are no
    word, and the word one letter from them: "ครุผู้สอน", ครูผู้สอน) read as
    that word, and the text lines of the document (`texts`, spaces gone)
    that print the word right, where one does at least and the text then
    holds no slip nor piece no word covers: OCR misread one printing of a
    word the document prints right elsewhere ("จัดอบรมเชิงปฏิบัติการให้แก่
    ครุผู้สอน" under a rationale's "ครูผู้สอนในโรงเรียน...").  None where no
    line prints it, or the words run together stand apart in the text (a
    space between: which letters are the word's is not known)."""
    printed, word = slip
    if printed not in text or not texts:
        return None
    printings = sum(1 for line in texts if word in line)
    if not printings:
        return None
    fixed = text.replace(printed, word)
    if unknown_words(fixed) or lookalike_slip(fixed) is not None:
        return None
    return fixed, printings


def _squashed_value(text: str) -> str:
    """A row's text as the document's text lines are held (pipeline.siblings._squashed, which this module cannot
    import): spaces gone, digits in Arabic (the clean-up joined ํ + า into ำ in both).  mark_added and
    printed_lookalike tokenize it alike, so the second reads the first's memoised tokens."""
    return thai_digits_to_arabic("".join(text.split()))


LOOKALIKE_ODDS = 3  # times the lines printing a word outnumber those printing it one look-alike letter off, at least


# a sara am whose ring OCR read as a tone mark, its sara aa kept ("จ้านวน" for จำนวน: จ้าน + วน, both words)
_AM_AS_TONE = "\u0e49\u0e32"


def _am_read_as_tone(joined: str) -> list[str]:
    """`joined` with each mai tho and sara aa read back as the sara am they may be (_AM_AS_TONE)."""
    out: list[str] = []
    at = joined.find(_AM_AS_TONE)
    while at > 0:
        out.append(joined[:at] + "\u0e33" + joined[at + 2:])
        at = joined.find(_AM_AS_TONE, at + 1)
    return out


def printed_lookalike(text: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """Two dictionary words of a text that is no label run together that
    are no word, but a word of SLIP_WORD_MIN characters or more with one
    letter of the second read as its look-alike (_LOOKALIKE_PAIRS:
    "โรงเวียน", โรง + เวียน, for โรงเรียน, ร read as ว), where the document's
    text lines (`texts`, spaces gone) print the word on MARK_ADDED_PRINTINGS
    lines or more, more than LOOKALIKE_ODDS times as many as the words run
    together: outside a label's few words, one letter from a word says
    little by itself (two words may sit one letter from a third), so the
    document's own printings must say which it is (fresh set s133o,
    bma_proposal_s133o005: an activity's "...ของโรงเวียน" kept with nothing
    said; OCR misread another printing alike, "...ให้โรงเวียนตามขนาด", the
    word printed right on 20 lines).  So too a sara am OCR read as a tone
    mark and sara aa ("จ้านวน", จ้าน + วน, for จำนวน: _am_read_as_tone; fresh
    set s151p, obec_progress_s151p004, an activity's progress kept with
    nothing said).  (the words run together, the word);
    None otherwise.  (lookalike_slip's gate is not asked: mark_added
    tokenized the text, spaces gone, already, and its tokens are memoised.)"""
    if not texts:
        return None
    words = thai_words(_squashed_value(text))  # (mark_added's tokens of it, memoised)
    for a, b in zip(words, words[1:]):
        joined = a + b
        if len(a) < 2 or len(b) < 2 or len(joined) < SLIP_WORD_MIN or known_word(joined):
            continue
        for word in [joined[:i] + other + joined[i + 1:] for i in range(len(a), len(joined))
                     if (other := _LOOKALIKE_LETTER.get(joined[i])) is not None] + _am_read_as_tone(joined):
            if not known_word(word):
                continue
            printings = sum(1 for line in texts if word in line)
            if printings >= MARK_ADDED_PRINTINGS and printings > LOOKALIKE_ODDS * sum(
                    1 for line in texts if joined in line):
                return joined, word
    return None


def _slip_mended(table: str, column: str, row: dict[str, Any], value: str, slip: tuple[str, str],
                 texts: Sequence[str], flags: list[Issue]) -> bool:
    """Whether the row's `value`, holding `slip`, was read as its word where
    the document's lines print it (printed_slip; repairs on), the change
    said into `flags` (rule "printed_word")."""
    if not enabled() or (mended := printed_slip(value, slip, texts)) is None:
        return False
    row[column], printings = mended
    flags.append(_printed_slip_issue(f"{table}.{column}", value, row, slip, printings))
    return True


def _printed_slip_issue(field: str, printed: str, row: dict[str, Any], slip: tuple[str, str],
                        printings: int) -> Issue:
    evidence = {"rule": "printed_word", "printed": printed, "chosen": row[field.split(".")[1]],
                "words": [list(slip)], "printings": printings}
    return Issue("warning", "value_repaired", f"{field}: words run together that are no word ({slip[0]!r}) read "
                 f"as the word one letter from them ({slip[1]!r}: a vowel's length, a look-alike letter or a "
                 f"sara am OCR misread) that the document prints right on {printings} line(s)",
                 json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
                 field=field, project_key=row.get("project_key"))


MARK_ADDED_PRINTINGS = 2  # times the text lines must print a value's letters without a mark it holds (mark_added)
MARK_CONTEXT = 4  # characters each side of the mark (marks counted) those lines share with the value
# a mark OCR may add from a speck (mark_added): a tone mark (a speck over a letter), or a vowel below its letter
# (one under it: "อบรุม" for อบรม, fresh set s126o, bma_proposal_s126o005).  Not the vowels above, which nearly every
# text holds: asking each text that holds one (the dictionary's tokens of it) cost the stage pass about 2 % more
# (make bench's sampled profile), and no added one was seen
_ADDED_MARK_RE = re.compile(f"[{TONE_MARKS}\u0e38\u0e39]")


def mark_added(text: str, printed: str) -> tuple[str, str, int] | None:
    """(the word of `text` holding a mark OCR may have added (a tone mark, a
    vowel below its letter: _ADDED_MARK_RE), that word
    without the mark, how often the document prints it so) where the
    document's text (`printed`: its text lines, spaces gone, one a line,
    pipeline.siblings.squashed_lines) prints the mark with its MARK_CONTEXT
    characters each side once at most (the value's own printing) and the
    same characters without the mark MARK_ADDED_PRINTINGS times or more, the
    word without it a dictionary word and the text then reading as
    dictionary words throughout ("โครงการจิตอาสาด้วยกระบวนการลูกเสื้อ", a
    project's name, where its report prints กระบวนการลูกเสือ three times;
    "ตามแผ่นที่กำหนด" beside "ตามแผนที่กำหนด" twice: fresh sets s103o and
    s102o).  Both spellings are words, so no dictionary check sees it; OCR
    adds a mark far more rarely than it drops one, so printings that lack a
    mark the value holds say nothing by themselves
    (pipeline.siblings.check_printings), but a mark printed nowhere else
    whose letters without it stand twice and more is the other way round.
    None otherwise."""
    if not printed or _ADDED_MARK_RE.search(text) is None:
        return None
    squashed = _squashed_value(text)
    cursor = 0
    for word in thai_words(squashed):
        found = squashed.find(word, cursor)
        if found < 0:
            return None
        cursor = found + len(word)
        for mark in _ADDED_MARK_RE.finditer(word):
            bare_word = word[: mark.start()] + word[mark.end():]
            if not known_word(bare_word):
                continue  # (the word without its mark is no word: the dictionary's checks say a mark too many)
            at = found + mark.start()
            start = max(0, at - MARK_CONTEXT)
            marked = squashed[start: at + 1 + MARK_CONTEXT]
            bare = marked[: at - start] + marked[at - start + 1:]
            if len(bare) <= MARK_CONTEXT:
                continue  # (next to no letters around it)
            # (the letters without the mark first: most are printed nowhere, and each count reads the whole text)
            times = printed.count(bare)
            if times < MARK_ADDED_PRINTINGS or printed.count(marked) > 1:
                continue  # (... or the document prints the mark there again)
            # without the mark, the word joins a word beside it into one word of the dictionary (ลูก + เสือ:
            # ลูกเสือ; แผน + ที่: แผนที่), which with it it does not: OCR drops marks far more often than it adds
            # them, so where the other printings only lack the mark ("ทีกำหนด" for ที่กำหนด five times beside
            # the value's one; "ราคาวัสดุ" holding คาวัสด), the value's is the right one
            unmarked = squashed[:at] + squashed[at + 1:]
            if len(thai_words(unmarked)) < len(thai_words(squashed)) and plausibility(unmarked)[0] == 1.0:
                return word, bare_word, times
    return None


def lookalike_in_context(text: str, printed: str) -> tuple[str, str, int] | None:
    """(a word of `text`, the dictionary word one look-alike letter from it
    (_LOOKALIKE_PAIRS), how often the document prints that) where the
    document's text (`printed`, as mark_added's) prints that word run
    together with the value's word beside it (after it, or before it)
    MARK_ADDED_PRINTINGS times or more, and the value's own two words so
    once at most (its own printing), the two LOOKALIKE_CONTEXT letters long
    at least: both spellings words, no dictionary check sees it
    ("ประชุมเชิงปฏิบัติการวับนักเรียน" where the report prints "รับนักเรียน"
    in a project's title and a finding: fresh set s147o,
    obec_progress_s147o002, silent).  Said only (unknown_words); None
    otherwise.  (Its tokens are printed_lookalike's, memoised.)"""
    if not printed:
        return None
    words = thai_words(_squashed_value(text))
    for i, word in enumerate(words):
        for k, letter in enumerate(word):
            other = _LOOKALIKE_LETTER.get(letter)
            if other is None or not known_word(swapped := word[:k] + other + word[k + 1:]):
                continue
            for before, after in ((words[i - 1] if i else "", ""), ("", words[i + 1] if i + 1 < len(words) else "")):
                if not before and not after:
                    continue
                own = f"{before}{word}{after}"
                if len(own) < LOOKALIKE_CONTEXT:
                    continue
                # (the other spelling first: most are printed nowhere, and each count reads the whole text)
                times = printed.count(f"{before}{swapped}{after}")
                if times >= MARK_ADDED_PRINTINGS and printed.count(own) <= 1:
                    return word, swapped, times
    return None


LOOKALIKE_CONTEXT = 8  # letters a word and its neighbour hold together at least (lookalike_in_context)


# The short labels checked for a look-alike consonant too (lookalike_slip): an expense's item and its category
LABELS = frozenset({("expenses", "item"), ("expenses", "category")})
# Thai consonants OCR reads for one another by their look (a tail, a notch, a loop lost or gained)
_LOOKALIKE_PAIRS = ("รว", "ชซ", "ดต", "บป", "ผพ", "ฝฟ", "ถภ", "ฎฏ")
_LOOKALIKE_LETTER: dict[str, str] = {}
for _pair in _LOOKALIKE_PAIRS:
    _LOOKALIKE_LETTER[_pair[0]], _LOOKALIKE_LETTER[_pair[1]] = _pair[1], _pair[0]
# a word a vowel's length from two words run together: as long as this at least ("ครูผู้สอน"); shorter ones
# ("สูง" and ก) are a word and a syllable of the next
SLIP_WORD_MIN = 6


# a label's opening words (dictionary tokens run together, up to this many) looked up with ผู้ before them
CUT_HEAD_TOKENS = 4
CUT_WORD_MIN = 8  # characters the word with ผู้ holds at least ("ผู้เข้ารับการอบรม"; not ผู้ใหญ่, ผู้ดี)


def person_word_cut(text: str) -> tuple[str, str] | None:
    """A label whose opening words are a dictionary word with ผู้ ("person
    who ...") before them, and not one without it: "เข้ารับการอบรม จำนวน 81
    คน" for "ผู้เข้ารับการอบรม ...", the ผู้ lost at the line's start with its
    bullet.  An expense's item names who or what it pays for; "attending the
    training" names no one.  (the opening words, the word); None if not so.
    On the truth of every committed and fresh set's expense labels: none."""
    words = thai_words(text)
    for k in range(1, min(CUT_HEAD_TOKENS, len(words)) + 1):
        head = "".join(words[:k])
        if not text.lstrip().startswith(head):
            return None  # (the Thai's first words are not the text's opening: a figure or a sign stands first)
        if len(whole := "ผู้" + head) >= CUT_WORD_MIN and known_word(whole) and not known_word(head):
            return head, whole
    return None


def lookalike_slip(text: str, consonants: bool = False) -> tuple[str, str] | None:
    """_lookalike_slip, memoised for a text of up to CACHED_TEXT characters
    (a document's rows repeat their texts: a third of those asked on the
    bench archive were asked before in the same document)."""
    if len(text) <= CACHED_TEXT:
        return _cached_lookalike_slip(text, consonants)
    return _lookalike_slip(text, consonants)


@lru_cache(maxsize=8192)
def _cached_lookalike_slip(text: str, consonants: bool) -> tuple[str, str] | None:
    return _lookalike_slip(text, consonants)


def _lookalike_slip(text: str, consonants: bool) -> tuple[str, str] | None:
    """Two dictionary words of a text run together that are no word, but a
    word with one vowel read as its other length (_VOWEL_LENGTHS: "ครุผู้สอน",
    ครูผู้สอน) or, with `consonants` (a label), one look-alike letter of the
    second (_LOOKALIKE_PAIRS: "เอกสาว" of "ค่าถ่ายเอกสาว", เอกสาร, where OCR
    read ร as ว): (the words run together, the word); None if none.  Every
    word of such a text is known, so unknown_words says nothing of it.  On
    the truth of every committed and fresh set's texts: none.  Tokenized
    only where the text holds such a misreading of a word (_may_slip)."""
    if not _may_slip(text, consonants):
        return None
    return _slip_in_words(text, consonants)


def _slip_in_words(text: str, consonants: bool) -> tuple[str, str] | None:
    """_lookalike_slip without its gate: every text tokenized (the gate's
    tests compare the two)."""
    words = thai_words(text)
    if consonants and (marked := _marked_lookalike(words)) is not None:
        return marked
    for a, b in zip(words, words[1:]):
        joined = a + b
        if len(a) < 2 or len(b) < 2 or known_word(joined):
            continue
        for i, ch in enumerate(joined):
            other = _VOWEL_LENGTHS.get(ch) if len(joined) >= SLIP_WORD_MIN else None
            if other is None and consonants and i >= len(a):
                other = _LOOKALIKE_LETTER.get(ch)
            if other is not None and known_word(word := joined[:i] + other + joined[i + 1:]):
                return joined, word
    return _lookalike_in_run(words) if consonants else None


# dictionary tokens run together, up to this many, that a label's word of SLIP_RUN_WORD_MIN characters or more
# with one look-alike letter misread is looked for in ("ผู้เข้าวับการอบรม": newmm's ผู้ เข้า วับ การอบรม, all words)
SLIP_RUN_TOKENS = 4
SLIP_RUN_WORD_MIN = 8  # characters such a word holds at least ("ผู้เข้ารับการอบรม"; shorter ones are two words' pieces)


def _lookalike_in_run(words: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    """Of a label's tokens, three to SLIP_RUN_TOKENS run together (no
    space) that are no word, but a word of SLIP_RUN_WORD_MIN characters or
    more with one letter after the first token read as its look-alike
    (_LOOKALIKE_PAIRS): OCR misread a letter of a long word the dictionary
    lists whole, and newmm read the rest as short words ("ผู้เข้าวับการอบรม",
    ผู้ เข้า วับ การอบรม, for ผู้เข้ารับการอบรม: ร read as ว; fresh set s55o).
    (the tokens run together, the word); None if none.  On the truth of
    every committed and fresh set's labels: none."""
    for n in range(3, SLIP_RUN_TOKENS + 1):
        for k in range(len(words) - n + 1):
            joined = "".join(words[k:k + n])
            if len(joined) < SLIP_RUN_WORD_MIN or " " in joined or known_word(joined):
                continue
            for i in range(len(words[k]), len(joined)):
                other = _LOOKALIKE_LETTER.get(joined[i])
                if other is not None and known_word(word := joined[:i] + other + joined[i + 1:]):
                    return joined, word
    return None


# a look-alike letter with a vowel or mark above it (_MARKED_LOOKALIKE_RE): OCR may have read a letter as its
# look-alike and the stroke they differ by as that mark ("เอกสาวี" for เอกสาร: ร read as ว, its head as ี)
_MARKED_LOOKALIKE_RE = re.compile("[" + "".join(_LOOKALIKE_LETTER) + "][\u0e31\u0e34-\u0e37\u0e47-\u0e4c]")
MARKED_WORD_MIN = 6  # characters the word so misread holds at least ("เอกสาร"; not สาร, a syllable of the words)
MARKED_WORD_MAX = 30  # characters such a word holds at most (the gate, _may_be_marked, looks no further)
MARKED_TOKENS = 3  # dictionary tokens run together, at most, that such a word is looked for in


def _may_be_marked(thai: str) -> bool:
    """Whether a text's Thai (no space) may hold what _marked_lookalike
    finds, told without tokenizing it: at a look-alike letter with a mark
    above it, read as its pair without the mark, some stretch holding that
    letter is a dictionary word of MARKED_WORD_MIN to MARKED_WORD_MAX
    characters (the tokens _marked_lookalike runs together are such a
    stretch)."""
    for m in _MARKED_LOOKALIKE_RE.finditer(thai):
        i = m.start()
        read = thai[:i] + _LOOKALIKE_LETTER[thai[i]] + thai[i + 2:]
        for start in range(max(0, i - MARKED_WORD_MAX + 1), i + 1):
            # (the ends from each start walked over the dictionary's prefixes, not each asked: the same answer)
            if known_word_from(read, start, max(i + 1, start + MARKED_WORD_MIN), start + MARKED_WORD_MAX):
                return True
    return False


def _marked_lookalike(words: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    """Of a label's tokens, two or three run together that are no word, but
    a word of MARKED_WORD_MIN characters or more where a look-alike letter
    (_LOOKALIKE_PAIRS) with a vowel or mark above it right after it is read
    as its pair without the mark: OCR read the letter as its look-alike and
    the stroke they differ by as a mark ("เอกสาวี" of "ค่าจ้างเหมาจัดทำ
    เอกสาวี", newmm's เอก สา วี, all words: ร read as ว with its head as
    ี, fresh set s53z).  (the tokens run together, the word); None if none."""
    for n in range(2, MARKED_TOKENS + 1):
        for k in range(len(words) - n + 1):
            joined = "".join(words[k:k + n])
            if len(joined) <= MARKED_WORD_MIN or " " in joined or not _MARKED_LOOKALIKE_RE.search(joined) or known_word(joined):
                continue
            for m in _MARKED_LOOKALIKE_RE.finditer(joined):
                i = m.start()
                if i < len(words[k]):
                    continue  # (in the first token: a word of its own, as the look-alike slip's second word)
                word = joined[:i] + _LOOKALIKE_LETTER[joined[i]] + joined[i + 2:]
                if MARKED_WORD_MIN <= len(word) <= MARKED_WORD_MAX and known_word(word):
                    return joined, word
    return None


# what thai_words leaves of a text but Thai (normalizers.words' _NOT_THAI), here with no space either
_NOT_THAI_RE = re.compile(r"[^\u0e00-\u0e7f]+")
# characters of the window a misreading of a word is looked up by (_may_slip): the slip of a vowel is of
# SLIP_WORD_MIN characters at least, and of a look-alike letter of four (two words of two letters each)
_VOWEL_WINDOW, _LOOKALIKE_WINDOW = 6, 4
_SLIP_LEAST = 4  # characters a slip's words run together hold but spaces: two tokens, two each (no space at an end)
SlipIndex = tuple[frozenset[str], dict[str, tuple[tuple[int, str], ...]], re.Pattern[str]]


@lru_cache(maxsize=1)
def _vowel_slips() -> SlipIndex:
    """The dictionary's words of SLIP_WORD_MIN characters or more with one
    vowel read as its other length (normalizers.words.swapped_word_index),
    built once a process."""
    return swapped_word_index(_VOWEL_LENGTHS, SLIP_WORD_MIN, _VOWEL_WINDOW, _SLIP_LEAST)


@lru_cache(maxsize=1)
def _lookalike_slips() -> SlipIndex:
    """The dictionary's words with one letter read as its look-alike (_LOOKALIKE_LETTER), built once a process."""
    return swapped_word_index(_LOOKALIKE_LETTER, 0, _LOOKALIKE_WINDOW, _SLIP_LEAST)


def _may_slip(text: str, consonants: bool) -> bool:
    """Whether `text` may hold what lookalike_slip finds, told without
    tokenizing it: its Thai, the spaces and all else taken out, holds a
    dictionary word with one vowel read as its other length (_vowel_slips)
    or, with `consonants`, one letter as its look-alike (_lookalike_slips).
    False only where lookalike_slip finds nothing: the tokens of thai_words
    are the Thai's pieces in order with spaces alone between them (stripped
    of the spaces at their ends), so two tokens side by side, spaces taken
    out, are a stretch of that Thai; a slip's words joined are the word
    with one character read as its pair (never a space), so with the
    spaces out too (of _SLIP_LEAST characters at least), and the vowel's of
    SLIP_WORD_MIN characters at least, spaces counted.  Most texts hold none: the windows of the text are
    asked of the index's at once (a set), and looked for one by one only
    where one is there."""
    thai = _NOT_THAI_RE.sub("", text)
    if consonants and _may_be_marked(thai):
        return True
    for (keys, windows, short), n in ((_vowel_slips(), _VOWEL_WINDOW), (_lookalike_slips(), _LOOKALIKE_WINDOW)):
        if short.search(thai) is not None:
            return True
        last = len(thai) - n + 1
        if last > 0 and not keys.isdisjoint({thai[i:i + n] for i in range(last)}):
            get = windows.get
            for i in range(last):
                for start, found in get(thai[i:i + n], ()):
                    if i >= start and thai.startswith(found, i - start):
                        return True
        if not consonants:
            break
    return False


def _table_named(table: str, row: dict[str, Any], issues: list[Issue]) -> bool:
    """Whether one of `issues` names the table as a whole at lines of the row (a list's parser said a row lost
    there already: an item run in behind a number out of sequence)."""
    span = (row.get("line_start"), row.get("line_end"))
    return any(i.field == table and spans_meet((i.line_start, i.line_end), span) for i in issues)


def _texts_unnamed(tables: dict[str, list[dict[str, Any]]], issues: list[Issue],
                   columns: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """(table, column, row, text) of each row's text in `columns` that none
    of `issues` names (that field, at the row's lines)."""
    named = {(i.field, i.line_start, i.line_end) for i in issues}
    for table, column in columns:
        for row in tables.get(table, ()):
            value = row.get(column)
            if isinstance(value, str) and (f"{table}.{column}", row.get("line_start"), row.get("line_end")) not in named:
                yield table, column, row, value


def _echo_issue(field: str, printed: str, row: dict[str, Any], changes: list[tuple[str, str]]) -> Issue:
    words = ", ".join(f"{a!r} -> {b!r}" for a, b in changes)
    evidence = {"rule": "echoed_word", "printed": printed, "chosen": row[field.split(".")[1]],
                "words": [list(c) for c in changes]}
    return Issue("warning", "value_repaired", f"{field}: a word OCR misspelled read as the word the same text "
                 f"prints right elsewhere ({words}): one letter or mark from it, no word itself, and the text reads "
                 "better so", json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
                 field=field, project_key=row.get("project_key"))


# (table, column) of the person names checked (misread_name_words)
NAME_COLUMNS = (("projects", "owner_name"), ("projects", "coordinator_name"))
# a title glued to the given name ("นางสาวมาลัย"): longest first
_NAME_TITLE_RE = re.compile(r"^(?:ว่าที่ร้อยตรี|ว่าที่|นางสาว|น\.ส\.|นาง|นาย|ดร\.)")
_NAME_WORD_RE = re.compile(r"[\u0e01-\u0e4e]{3,20}")  # a name's word: Thai alone (a phone, a bracket: no name's)
# a word of Latin letters alone (two or more): a Thai person's name is printed in Thai letters (none of the 1,015
# names of the truth of every committed and fresh set holds a Latin letter), so such a word after a Thai word of
# the name is OCR's reading of Thai letters as Latin ones ("นางสาวนงลักษณ์ NAIA" for ทองดี)
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,20}")


def misread_name_words(name: str) -> list[tuple[str, list[str]]]:
    """The words of a person's name that OCR misread by a letter, with the
    names each may be: a word that is no name of pythainlp's lists, no
    dictionary word and not dictionary words end to end (a family name is
    often words: นาคสวัสดิ์; a given name, the first word, is one: "ปริชา",
    ปริ and ชา, is in doubt), but one letter from a listed name
    (normalizers.words.names_a_letter_from: "สุขสวัลดิ์", สุขสวัสดิ์).  A name
    need not be in any list, so such a word is only in doubt; one no letter
    brings to a listed name says nothing.  A word of Latin letters alone
    after the name's first word (_LATIN_WORD_RE: "นางสาวนงลักษณ์ NAIA") is
    Thai letters OCR read as Latin ones: no Thai name is printed so."""
    out = []
    given = True  # the first word after the title
    for word in name.split():
        word = _NAME_TITLE_RE.sub("", word)
        if not word:
            continue
        first, given = given, False
        if not first and _LATIN_WORD_RE.fullmatch(word) and _NAME_WORD_RE.match(name.split()[0]):
            out.append((word, []))  # (Thai letters OCR read as Latin ones, after the name's Thai words)
            continue
        if not _NAME_WORD_RE.fullmatch(word) or known_name(word) or known_word(word):
            continue
        if not first and (readings := _short_i_end_readings(word)):
            out.append((word, readings))  # (a family name's last vowel read short, or its silent mark lost)
            continue
        if not first and all(map(known_word, thai_words(word))):
            # (a given name, the first word, is one name, not words end to end: "ปริชา" for ปรีชา); a family name
            # of words one vowel's length from a listed name ("สูวรรณรัตน์": สู and วรรณ and รัตน์, for สุวรรณรัตน์)
            if names := [n for n in names_a_letter_from(word) if _vowel_length_slip(word, n)]:
                out.append((word, names))
            continue
        if names := names_a_letter_from(word) or _slipped_and_thinned(word):
            out.append((word, names))
        elif names := names_marks_lost(word):
            out.append((word, names))  # a listed name, two marks or more lost ("ชยวฒน", ชัยวัฒน์)
        elif not first:
            out.append((word, []))  # a family name no list holds that is no words either ("สุวรรณวัตห์")
    return out


SHORT_I_END_LEAST = 20  # listed names ending with the letter and sara ii, or sara i and the silent mark, at least
SHORT_I_END_RARER = 20  # times as many as end with the letter and a bare sara i, at least


def _short_i_end_readings(word: str) -> list[str]:
    """The readings of a family name's word that ends with a letter and a
    bare sara i ("ปัญญาดิ") where pythainlp's lists of names end their
    names with that letter and sara ii, or sara i and the silent-letter
    mark, SHORT_I_END_LEAST times or more and SHORT_I_END_RARER times as
    often as bare (normalizers.words.short_i_endings; with ด: 537 names, 3
    bare; with ณ, ท, ล, ว so too; with ต, ธ, ม, ร, ฒ names end bare as
    often): OCR read the vowel short, or lost the mark ("ปัญญาดิ" for
    ปัญญาดี); the word with sara ii and with the mark, or none.  No family
    name of the truth of every committed and fresh set ends with a bare
    sara i."""
    if len(word) < 3 or word[-1] != _SARA_I_END or not "\u0e01" <= word[-2] <= "\u0e2e":
        return []
    bare, fuller = short_i_endings(word[-2])
    if fuller < max(SHORT_I_END_LEAST, SHORT_I_END_RARER * bare):
        return []
    return [word[:-1] + "\u0e35", word + SILENT_MARK]


_SARA_I_END = "\u0e34"


# the vowels OCR reads for one another by their length: sara u and uu, i and ii, ue and uee
_VOWEL_LENGTHS = {"\u0e38": "\u0e39", "\u0e39": "\u0e38", "\u0e34": "\u0e35", "\u0e35": "\u0e34",
                  "\u0e36": "\u0e37", "\u0e37": "\u0e36"}


# the marks over a letter a name's printing may lack beside a listed spelling (mai han-akat, the tone marks,
# the silent-letter mark): "บุษราคม" beside the lists' บุษราคัม
_OVER_MARKS = "\u0e31" + TONE_MARKS + SILENT_MARK


def _slipped_and_thinned(word: str) -> list[str]:
    """The listed names (known_name) `word` is with one vowel read as its
    other length (_VOWEL_LENGTHS) and one mark over a letter put in
    (_OVER_MARKS): "บูษราคม", บุษราคัม.  The mark alone is a spelling's
    variant (บุษราคม, printed so, is no slip); the vowel's length with it is
    OCR's misread of the variant, and the word is in doubt."""
    found: set[str] = set()
    for i, ch in enumerate(word):
        other = _VOWEL_LENGTHS.get(ch)
        if other is None:
            continue
        swapped = word[:i] + other + word[i + 1:]
        found.update(n for j in range(1, len(swapped) + 1) for m in _OVER_MARKS
                     if known_name(n := swapped[:j] + m + swapped[j:]))
    return sorted(found)


def _vowel_length_slip(word: str, name: str) -> bool:
    """Whether `word` is `name` with one vowel read as its other length (ุ for ู, ิ for ี, ึ for ื)."""
    if len(word) != len(name):
        return False
    differ = [(a, b) for a, b in zip(word, name) if a != b]
    return len(differ) == 1 and _VOWEL_LENGTHS.get(differ[0][0]) == differ[0][1]


def flag_misread_names(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """An `unknown_words` issue for each person's name (NAME_COLUMNS) a
    word of which OCR may have misread by a letter (misread_name_words), at
    its row's lines, where none of `issues` names that field there (an
    ocr_variant of the copies, marks_dropped).  The name is kept as read: the
    document prints it once, and a name need not be a listed one."""
    flags = []
    for table, column, row, value in _texts_unnamed(tables, issues, NAME_COLUMNS):
        if not (misread := misread_name_words(value)):
            continue
        said = "; ".join(f"{w!r} ({', '.join(map(repr, names))})" if names else f"{w!r} (Latin letters, which no "
                         "Thai name is printed in)" if _LATIN_WORD_RE.fullmatch(w) else f"{w!r} (a family name no "
                         "list holds, and no words end to end)" for w, names in misread)
        flags.append(Issue("warning", "unknown_words", f"{table}.{column}: {value!r} holds {said}: no name or "
                           "word, but a letter from a Thai name, or no name at all: OCR may have misread its letters; "
                           "kept as read",
                           json.dumps({"text": value, "pieces": [w for w, _ in misread]}, ensure_ascii=False),
                           row.get("line_start"), row.get("line_end"), field=f"{table}.{column}",
                           project_key=row.get("project_key")))
    return flags


# the marks OCR of Thai print drops over a name's letters and a listed name's reading puts back: the tone marks and
# the silent-letter mark (thanthakhat); a vowel is not put in (a name's spelling varies so: บุษราคม beside the
# lists' บุษราคัม)
_NAME_MARKS = TONE_MARKS + SILENT_MARK
_SARA_I, _SARA_II = "\u0e34", "\u0e35"


def name_readings(word: str) -> set[str]:
    """The words OCR damage could have turned into `word` (a word of a
    person's name, its title off): it with one mark it dropped put back
    (a tone mark or the silent-letter mark, normalizers.words.TONE_MARKS,
    SILENT_MARK: "มันคง" for มั่นคง, "ศักดิชัย" for ศักดิ์ชัย), with one vowel
    read as its other length (_VOWEL_LENGTHS: "ธิระ" for ธีระ, "บูษราคม"),
    or with the sara ii OCR made of sara i and the silent-letter mark over
    it ("สุขสวัสดี" for สุขสวัสดิ์), or with the sara am OCR read as mai tho
    and sara aa ("อ้านาจ" for อำนาจ).  A sara i OCR read into a silent-letter
    mark ("รัตนพันธิ์" for รัตนพันธ์) is not taken out: the lists spell
    names both ways, and hold slips ("ฐิติศักด์" beside ฐิติศักดิ์), so a
    name of the commonest piece, ศักดิ์, in no list would lose its vowel."""
    found: set[str] = set()
    for i in range(1, len(word) + 1):
        found.update(word[:i] + m + word[i:] for m in _NAME_MARKS)
    for i, ch in enumerate(word):
        if (other := _VOWEL_LENGTHS.get(ch)) is not None:
            found.add(word[:i] + other + word[i + 1:])
        if ch == _SARA_II:
            found.add(word[:i] + _SARA_I + SILENT_MARK + word[i + 1:])
    # (the sara am OCR read as a tone mark and sara aa, its nikhahit taken for mai tho: "อ้านาจ" for อำนาจ, fresh set
    # s98r, bma_proposal_s98r002, kept with no issue)
    for m in _TONE_AA_RE.finditer(word):
        found.add(word[:m.start()] + _SARA_AM + word[m.end():])
    found.discard(word)
    return found


_TONE_AA_RE = re.compile("\u0e49\u0e32")  # mai tho, then sara aa
_SARA_AM = "\u0e33"


@lru_cache(maxsize=4096)
def listed_name_reading(word: str) -> str | None:
    """The one name of pythainlp's lists of Thai given and family names
    (normalizers.words.known_name) among the readings of `word` OCR damage
    could have printed it from (name_readings), where `word` itself is in
    none of them; None where it is listed, or none or several readings are."""
    if not _NAME_WORD_RE.fullmatch(word) or known_name(word):
        return None
    listed = [r for r in name_readings(word) if known_name(r)]
    return listed[0] if len(listed) == 1 else None


@lru_cache(maxsize=4096)
def name_ending_reading(word: str) -> str | None:
    """`word` (a word of a person's name, its title off, in no list of
    names and with no listed reading) with the silent-letter mark put back
    after its last piece, where that piece (newmm's last word of it) is a
    word whose mark OCR drops (normalizers.words.with_silent_mark: "สวัสดิ"
    for the common สวัสดิ์) and the lists of names end their names with it
    and the mark, hardly ever bare (normalizers.words.name_ending_with_mark:
    46 names end with สวัสดิ์, none with สวัสดิ): "นาคสวัสดิ" is นาคสวัสดิ์,
    a family name no list holds whose ending every list spells so.  Inside
    a word the lists spell such a piece both ways (ศักดิ์ชัย, ศักดิพัฒน์), so
    "ศักดิดี" keeps its doubt; None where no such ending is."""
    if not _NAME_WORD_RE.fullmatch(word) or word.endswith(SILENT_MARK) or known_name(word) or known_word(word):
        return None
    pieces = thai_words(word)
    if len(pieces) < 2 or with_silent_mark(last := pieces[-1]) is None or not name_ending_with_mark(last):
        return None  # (a word of one piece, a dictionary word but for the mark, is a name flag_names doubts)
    return word + SILENT_MARK


def restore_name(name: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`name` (a person's name, a title before it or not) with each word
    that is in no list of names but has exactly one listed reading
    (listed_name_reading) read so, or else ends with a piece the lists end
    names with only with the silent-letter mark after it
    (name_ending_reading), and the changes (word as read, word
    restored); a word listed as printed is never touched.  Only a name
    whole once read so is: each of its words Thai alone (_NAME_WORD_RE, a
    title aside: no text run in, "... 5555 บผิดชอบ : นางสาว..."), none of
    them still in doubt, a word but for a mark (pipeline.marks.flag_names:
    "ศักดิดี", whose listed-name readings are none) or a letter from a
    listed name or no words end to end (misread_name_words: "ณ์ฐ", "ศักดิด");
    else (name, ()): the value is left as read with its doubt, a word put
    right beside a word still wrong making it no truer."""
    out: list[str] = []
    changes: list[tuple[str, str]] = []
    words: list[str] = []
    for part in re.split(r"(\s+)", name):
        title = m.group() if (m := _NAME_TITLE_RE.match(part)) is not None else ""
        word = part[len(title):]
        if word and ((reading := listed_name_reading(word)) is not None
                     or (reading := name_ending_reading(word)) is not None):
            changes.append((word, reading))
            part, word = title + reading, reading
        if word and not word.isspace():
            words.append(word)
        out.append(part)
    restored = "".join(out)
    if not changes or not all(_NAME_WORD_RE.fullmatch(w) for w in words) or misread_name_words(restored) \
            or any(map(with_a_mark_more, words)):
        return name, ()
    return restored, tuple(changes)


def restore_names(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """Each person's name (NAME_COLUMNS) a word of which OCR damage made
    out of a listed Thai name is read as that name (restore_name), in
    place, and a `value_repaired` issue (rule listed_name) at its row's
    lines for each (rule name_ending where a word's silent-letter mark was
    put back after its last piece: name_ending_reading); nothing when repairs are switched off.  A value that
    opens with a unit's word (a unit standing for its owner) is a label's
    (pipeline.marks)."""
    if not enabled():
        return []
    repaired: list[Issue] = []
    for table, column in NAME_COLUMNS:
        for row in tables.get(table, ()):
            value = row.get(column)
            if not isinstance(value, str) or opens_with_unit_word(value):
                continue
            restored, changes = restore_name(value)
            if not changes:
                continue
            row[column] = restored
            field = f"{table}.{column}"
            words = ", ".join(f"{a!r} -> {b!r}" for a, b in changes)
            # a word read by the lists' endings (name_ending_reading) names the rule: the name is in no list
            ending = any(name_ending_reading(a) == b for a, b in changes)
            evidence = {"rule": "name_ending" if ending else "listed_name", "printed": value, "chosen": restored,
                        "words": [list(c) for c in changes]}
            why = ("the one listed Thai name its dropped mark or misread vowel gives, or the silent-letter mark put "
                   "back after its last piece, which the lists of names end their names with and hardly ever without"
                   if ending else "the one listed Thai name its dropped mark or misread vowel gives")
            repaired.append(Issue(
                "warning", "value_repaired", f"{field}: a name's word OCR damaged read as {why} ({words}): the word "
                "as printed is in no list of names",
                json.dumps(evidence, ensure_ascii=False), row.get("line_start"), row.get("line_end"),
                field=field, project_key=row.get("project_key")))
    return repaired
