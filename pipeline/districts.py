"""A Bangkok district's name OCR misread in a project's office or place,
read as the district it is one letter or mark from.

The BMA forms name the office of one of Bangkok's fifty districts
("สำนักงานเขตคันนายาว"), a closed list (DISTRICTS).  OCR misreads a letter or
mark of the name, often the same way in every printing of the document
("สำนักงานเขตค้นนายาว", "บางชื่อ" for บางซื่อ, "ขึงกุ่ม" for บึงกุ่ม), and the
misreading reads as dictionary words: neither the dictionary nor the
document's other printings say it.  A name after "สำนักงานเขต" in
NAME_COLUMNS that is no district (a space OCR put inside it joined) and is
one letter or mark (Levenshtein) from exactly one district is read as it
(value_repaired, rule district_name); one from several is said
(repair_ambiguous) and kept; a value that holds pieces no word covers
besides (pipeline.wording.unknown_words: a stamp's letters run in) is
left for that check to say.  A name that opens with a district and runs on
("บางซื่อจึงได้") is left alone: another text ran in.  Forms-agnostic: it
reads the built rows (an OBEC office, "สำนักงานเขตพื้นที่การศึกษา...", is
far from every district).  A value that ends at "สำนักงานเขต", naming no
district (its name OCR lost or read as Latin letters on the next line), is
said (missing_value), repairs on or off.  So is a place that is a district's
bare name ("สะพานสูง" for โรงเรียนในสังกัดสำนักงานเขตสะพานสูง): the forms name a
site there, which the district ends; alone, OCR likely lost the words before it.
"""

from __future__ import annotations

import json
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.words import silent_mark_lost_texts
from parsers.repair import enabled
from pipeline.wording import unknown_words
from schemas.document import Issue

# Bangkok's fifty districts (เขต), as the city names them
DISTRICTS = frozenset({
    "พระนคร", "ดุสิต", "หนองจอก", "บางรัก", "บางเขน", "บางกะปิ", "ปทุมวัน", "ป้อมปราบศัตรูพ่าย", "พระโขนง",
    "มีนบุรี", "ลาดกระบัง", "ยานนาวา", "สัมพันธวงศ์", "พญาไท", "ธนบุรี", "บางกอกใหญ่", "ห้วยขวาง", "คลองสาน",
    "ตลิ่งชัน", "บางกอกน้อย", "บางขุนเทียน", "ภาษีเจริญ", "หนองแขม", "ราษฎร์บูรณะ", "บางพลัด", "ดินแดง",
    "บึงกุ่ม", "สาทร", "บางซื่อ", "จตุจักร", "บางคอแหลม", "ประเวศ", "คลองเตย", "สวนหลวง", "จอมทอง", "ดอนเมือง",
    "ราชเทวี", "ลาดพร้าว", "วัฒนา", "บางแค", "หลักสี่", "สายไหม", "คันนายาว", "สะพานสูง", "วังทองหลาง",
    "คลองสามวา", "บางนา", "ทวีวัฒนา", "ทุ่งครุ", "บางบอน",
})
NAME_COLUMNS: dict[str, tuple[str, ...]] = {"projects": ("agency", "place", "name")}
# the district office's name: the Thai run after it, and the run after one space (a space OCR put inside the name)
_OFFICE_RE = regex.compile(r"สำนักงานเขต ?([\u0e01-\u0e4e]+)(?: ([\u0e01-\u0e4e]+))?")
_OFFICE_ALONE_RE = regex.compile(r"สำนักงานเขต\W*$")  # the office with no name after it: the value's end


def _districts_named(text: str) -> int:
    """How many district offices `text` names by a name of the closed list (DISTRICTS: the name after
    "สำนักงานเขต", or the name a space OCR put inside it parts, or a name that opens with it and runs on)."""
    count = 0
    for m in _OFFICE_RE.finditer(text):
        first, second = m.group(1), m.group(2)
        if first in DISTRICTS or any(first.startswith(d) for d in DISTRICTS) \
                or (second is not None and first + second in DISTRICTS):
            count += 1
    return count


def leaves_the_districts(value: str, chosen: str) -> bool:
    """Whether reading `value` as `chosen` would turn a district office the closed list names into one it
    does not (pipeline.siblings.check_printings: OCR misreads a district's name alike in every other
    printing, "สำนักงานเขตค้นนายาว" for คันนายาว, and the one right printing must not be read as them)."""
    return "สำนักงานเขต" in value and _districts_named(chosen) < _districts_named(value)


def _near(name: str) -> list[str]:
    """The districts one letter or mark from `name`."""
    return sorted(d for d in DISTRICTS if Levenshtein.distance(name, d, score_cutoff=1) <= 1)


def mend_districts(tables: dict[str, list[dict[str, Any]]], issues: list[Issue]) -> list[Issue]:
    """Read the district names of NAME_COLUMNS as DISTRICTS (module doc), in
    place: `issues` with a value_repaired or repair_ambiguous issue more for
    each name mended or said, and a missing_value issue for each office
    that names no district.  No name is mended when repairs are switched off."""
    added: list[Issue] = []
    for table, columns in NAME_COLUMNS.items():
        for row in tables.get(table, ()):
            for column in columns:
                value = row.get(column)
                if column == "place" and isinstance(value, str) and value.strip() in DISTRICTS:
                    added.append(Issue(
                        "warning", "missing_value",
                        f"{table}.{column}: {value!r} is a district's name alone, where the form names a site (a "
                        "school, an office, a meeting room) the district ends: the words before it were likely lost "
                        "to OCR; kept as read", value, row.get("line_start"), row.get("line_end"),
                        project_key=row.get("project_key"), field=f"{table}.{column}"))
                    continue
                if not isinstance(value, str) or "สำนักงานเขต" not in value:
                    continue
                if _OFFICE_ALONE_RE.search(value):
                    added.append(Issue(
                        "warning", "missing_value",
                        f"{table}.{column}: {value!r} ends at 'สำนักงานเขต' and names no district: OCR lost the "
                        "district's name", value, row.get("line_start"), row.get("line_end"),
                        project_key=row.get("project_key"), field=f"{table}.{column}"))
                    continue
                if not enabled():
                    continue
                m = _OFFICE_RE.search(value)
                if m is None:
                    continue
                first, second = m.group(1), m.group(2)
                if first in DISTRICTS or any(first.startswith(d) for d in DISTRICTS):
                    continue
                start, end, name = m.start(1), m.end(1), first
                near = _near(first)
                if not near and second is not None:
                    joined = first + second
                    if joined in DISTRICTS:
                        continue  # (the name printed with a space in it)
                    start, end, name, near = m.start(1), m.end(2), joined, _near(joined)
                if not near:
                    continue
                field = f"{table}.{column}"
                if len(near) == 1:
                    chosen = value[:start] + near[0] + value[end:]
                    if [w for w in unknown_words(chosen) if w not in silent_mark_lost_texts()]:
                        continue  # (the value damaged beyond its district: no repair makes it right; said so there;
                        # a word that lost its silent-letter mark, "สัมฤทธิ", is a mark OCR dropped, not such damage)
                    row[column] = chosen
                    added.append(Issue(
                        "warning", "value_repaired",
                        f"{field}: printed {value!r}; {name!r} is no Bangkok district, and one letter or mark "
                        f"from one only, {near[0]!r}: OCR misread it",
                        json.dumps({"rule": "district_name", "printed": value, "chosen": chosen},
                                   ensure_ascii=False),
                        row.get("line_start"), row.get("line_end"), project_key=row.get("project_key"),
                        field=field))
                    continue
                added.append(Issue(
                    "warning", "repair_ambiguous",
                    f"{field}: {name!r} is no Bangkok district; it is one letter or mark from "
                    f"{', '.join(map(repr, near))}: kept as read",
                    json.dumps({"rule": "district_name", "printed": value, "chosen": None, "candidates": near},
                               ensure_ascii=False),
                    row.get("line_start"), row.get("line_end"), project_key=row.get("project_key"), field=field))
    return issues + added
