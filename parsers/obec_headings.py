"""Section markers of the OBEC service-area progress report, recognised by
what they say, never by markdown level (the same section is printed as ##,
###, ####, bold or plain).

Each marker is a title plus what may follow it on its line:
  "exact"  the line is the title (fuzzy, for OCR slips), nothing more;
  "tail"   the title may carry a period tail ("ประจำปีไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗",
           "(Output)", "ฉบับที่ ๑๓");
  "inline" the title may be followed by its own content on the same line
           ("ผลการเบิกจ่ายงบประมาณ ไม่สามารถ...", "เชิงปริมาณ ครูผู้สอน...").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from rapidfuzz import fuzz

from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant, skeleton


@dataclass(frozen=True)
class Marker:
    key: str
    title: str
    follow: str  # "exact" | "tail" | "inline"


MARKERS: list[Marker] = [
    Marker("targets", "ความก้าวหน้าของเป้าหมายโครงการ", "tail"),
    Marker("output", "เป้าหมายเชิงผลผลิต", "tail"),
    Marker("outcome", "เป้าหมายเชิงผลลัพธ์", "tail"),
    Marker("indicator", "ดัชนีชี้วัดความสำเร็จ", "tail"),
    Marker("aspect_quantity", "เชิงปริมาณ", "inline"),
    Marker("aspect_quality", "เชิงคุณภาพ", "inline"),
    Marker("activities", "ความก้าวหน้าของกิจกรรมที่ดำเนินการ", "tail"),
    Marker("steps", "ขั้นตอนการดำเนินงาน", "exact"),
    Marker("alignment", "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก", "tail"),
    Marker("plan_national_strategy", "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ", "tail"),
    Marker("plan_master_plan", "ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น", "tail"),
    Marker("plan_sub_plan", "ผลการดำเนินงานต่อเป้าหมายของแผนย่อย", "tail"),
    Marker("plan_nesdp", "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ", "tail"),
    Marker("budget", "การเบิกจ่ายงบประมาณประจำ", "tail"),
    Marker("budget_planned", "จำนวนเงินงบประมาณตามแผนการใช้จ่าย", "inline"),
    Marker("budget_disbursed", "จำนวนเงินงบประมาณที่เบิกจ่ายจริง", "inline"),
    Marker("budget_note", "ผลการเบิกจ่ายงบประมาณ", "inline"),
    Marker("findings", "สรุปปัญหาและข้อเสนอแนะของโครงการ", "tail"),
    Marker("result", "ผลการดำเนินงาน", "exact"),
    Marker("problem", "ปัญหาและอุปสรรคในการดำเนินงาน", "exact"),
    Marker("suggestion", "ข้อเสนอแนะ", "exact"),
]
PLAN_KEYS = frozenset({"plan_national_strategy", "plan_master_plan", "plan_sub_plan", "plan_nesdp"})
FINDING_KEYS = {"result": "result", "problem": "problem", "suggestion": "suggestion"}
TARGET_KEYS = {"output": "output", "outcome": "outcome", "indicator": "indicator"}

# What may follow a "tail" title: a period, a bracketed English name, an edition.
_TAIL_RE = regex.compile(r"^\s*(?:ประจำ|ปีงบประมาณ|ไตรมาส|\(|ฉบับ|ปีการศึกษา|รอบ|พ\.ศ\.|$)")
# One regex for all titles, longest first, each in a named group: one call a
# line instead of one per marker.
_BY_LENGTH = sorted(range(len(MARKERS)), key=lambda i: -len(MARKERS[i].title))
_PREFIX_RE = regex.compile(
    r"^\s*(?:" + "|".join(f"(?P<m{i}>{mark_tolerant(MARKERS[i].title)})" for i in _BY_LENGTH) + ")"
)
_SKELETONS = [skeleton(m.title) for m in MARKERS]
_FUZZY = [i for i, m in enumerate(MARKERS) if m.follow != "inline" and len(_SKELETONS[i]) >= 8]
_LONGEST = max(len(s) for s in _SKELETONS)


def match_marker(text: str) -> tuple[Marker, str] | None:
    """(marker, the rest of the line) if `text` is a section marker."""
    found = _prefix(text)
    while found:
        i, end = found
        marker, rest = MARKERS[i], text[end:].strip()
        if _fits(marker, rest):
            return marker, rest
        # a longer title matched but what follows does not fit: try the shorter ones
        found = _shorter_prefix(text, len(marker.title))
    # OCR slips beyond dropped marks: compare skeletons of short lines
    if len(text) > 2 * _LONGEST:
        return None
    sk = skeleton(text)
    for i in _FUZZY:
        msk = _SKELETONS[i]
        if abs(len(sk) - len(msk)) > len(msk) and MARKERS[i].follow == "exact":
            continue
        head = sk[: len(msk)]
        if fuzz.ratio(head, msk, score_cutoff=90) and (MARKERS[i].follow == "tail" or len(sk) <= len(msk) + 2):
            return MARKERS[i], ""
    return None


def _fits(marker: Marker, rest: str) -> bool:
    """Whether what follows a title on its line is what the marker allows."""
    if marker.follow == "exact":
        return not rest.strip(" :.")
    if marker.follow == "tail":
        return bool(_TAIL_RE.match(rest))
    return True


def _prefix(text: str) -> tuple[int, int] | None:
    """(marker index, end) of the longest title opening `text`."""
    m = _PREFIX_RE.match(text)
    return (int(m.lastgroup[1:]), m.end()) if m else None


def _shorter_prefix(text: str, limit: int) -> tuple[int, int] | None:
    """(marker index, end) of the longest title shorter than `limit` opening `text`."""
    for i in _BY_LENGTH:
        if len(MARKERS[i].title) >= limit:
            continue
        m = _SINGLE[i].match(text)
        if m:
            return i, m.end()
    return None


_SINGLE = [regex.compile(rf"^\s*{mark_tolerant(m.title)}") for m in MARKERS]


# "ไตรมาสที่ 2", "ปีงบประมาณ พ.ศ. 2567" (on text with Arabic digits)
QUARTER_RE = regex.compile(r"ไตรมาส(?:ที่)?\s*(\d)")
FISCAL_YEAR_RE = regex.compile(r"ปีงบประมาณ(?:\s*พ\.\s*ศ\.)?\s*(\d{4})")


def quarter_of(text: str) -> int | None:
    m = QUARTER_RE.search(thai_digits_to_arabic(text))
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 4 else None


def fiscal_year_of(text: str) -> int | None:
    m = FISCAL_YEAR_RE.search(thai_digits_to_arabic(text))
    return int(m.group(1)) if m else None
