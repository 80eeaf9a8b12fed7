"""Stage detect: which form a document is, from its structure.

Each form has a set of structural signals: section headings, field labels
and clause words that the form prints and the others do not.  Signals are
looked up on skeletons (text without tone marks, vowels above and below,
spaces and dots), so OCR that drops marks or splits a word still matches.
The form with the most signals found wins if it has at least MIN_SIGNALS and
a clear lead; otherwise the document is "unknown".  No single phrase decides.

Both BMA forms open with the same project block (title, responsible agency,
rationale, objectives); the progress report prints its own form title and
labels above it, the proposal does not.  A proposal cut short after its
first page shows only that block, so a head that holds the block
(PROJECT_BLOCK_MIN of its labels), the proposal's first section heading and
none of the progress report's signals is a proposal; the parser then says
the form is cut short.
"""

from __future__ import annotations

from dataclasses import dataclass

from normalizers.text import skeleton

MIN_SIGNALS = 3
HEAD_CHARS = 60_000  # a form shows its structure in its first pages
QUICK_CHARS = 6_000


def _signals(*phrases: str) -> list[tuple[str, str]]:
    return [(p, skeleton(p)) for p in phrases]


SIGNALS: dict[str, list[tuple[str, str]]] = {
    "bma_progress": _signals(
        "แบบแสดงรายงานความก้าวหน้า",
        "รหัสโครงการและชื่อโครงการ",
        "ชื่อโครงการ/กิจกรรม",
        "งบประมาณที่ได้รับ",
        "งบประมาณที่ใช้ไป",
        "ผู้ประสานงาน",
        "สนับสนุนแผนพัฒนา กทม",
        "รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
        "ความก้าวหน้าของงาน",
        "งบประมาณที่เบิกใช้",
    ),
    "bma_proposal": _signals(
        "หลักการและเหตุผล",
        "ลักษณะของโครงการ",
        "ระยะเวลาและสถานที่ดำเนินการ",
        "แผนปฏิบัติการ",
        "ขั้นตอนการดำเนินงาน",
        "ความเสี่ยงของโครงการ",
        "ประโยชน์ที่คาดว่าจะได้รับ",
        "การติดตามประเมินผล",
        "ผู้เสนอโครงการ",
        # section 4 and 5's labels: a proposal cut short after its first pages still shows them
        "ประเภทโครงการ",
        "รูปแบบโครงการ",
        "ระยะเวลาดำเนินการ",
        "สถานที่ดำเนินการ",
    ),
    "obec_progress": _signals(
        "สำนักงานเขตพื้นที่การศึกษา",
        "การดำเนินงานตามแผนปฏิบัติการ",
        "เป้าหมายเชิงผลผลิต",
        "เป้าหมายเชิงผลลัพธ์",
        "ดัชนีชี้วัดความสำเร็จ",
        "กิจกรรมหลักที่",
        "โครงการที่ดำเนินการเสร็จสิ้นแล้ว",
        "โครงการที่ยังไม่ได้ดำเนินการ",
        "จำนวนเงินงบประมาณตามแผนการใช้จ่าย",
    ),
}


# the project block both BMA forms open with (see the module doc)
PROJECT_BLOCK = _signals("ชื่อโครงการ", "หน่วยงานที่รับผิดชอบ", "หลักการและเหตุผล", "วัตถุประสงค์")
PROJECT_BLOCK_MIN = 3


@dataclass(frozen=True)
class Detection:
    doc_type: str
    scores: dict[str, int]
    found: dict[str, list[str]]

    @property
    def reason(self) -> str:
        parts = [f"{k}: {v} of {len(SIGNALS[k])} signals" for k, v in sorted(self.scores.items())]
        return "; ".join(parts)


def detect_form(text: str) -> Detection:
    """The form of a document's cleaned text (see module doc)."""
    return detect_lines(text.split("\n"))


def detect_lines(lines: list[str]) -> Detection:
    """The form of a document's cleaned lines, as detect_form gives it for
    the lines joined by newlines.  The first QUICK_CHARS usually decide; the
    rest of the head is read only if not."""
    quick = _detect(head_skeleton(lines, QUICK_CHARS))
    scores = sorted(quick.scores.values(), reverse=True)
    if quick.doc_type != "unknown" and scores[0] >= MIN_SIGNALS + 2 and scores[0] - scores[1] >= 3:
        return quick
    return _detect(head_skeleton(lines, HEAD_CHARS))


def head_skeleton(lines: list[str], limit: int) -> str:
    """The skeleton of the first `limit` characters of the lines joined by
    newlines, made of each line's memoised skeleton: a skeleton drops the
    newlines (and is made character by character), so the joined text's is
    the lines' end to end."""
    parts = []
    start = 0  # where the line starts in the joined text
    for line in lines:
        if start >= limit:
            break
        end = start + len(line)
        parts.append(skeleton(line) if end <= limit else skeleton.__wrapped__(line[:limit - start]))
        start = end + 1
    return "".join(parts)


def _detect(sk: str) -> Detection:
    found = {form: [name for name, sig in sigs if sig in sk] for form, sigs in SIGNALS.items()}
    scores = {form: len(names) for form, names in found.items()}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_score < MIN_SIGNALS or best_score <= runner_up:
        block = [name for name, sig in PROJECT_BLOCK if sig in sk]
        if len(block) >= PROJECT_BLOCK_MIN and found["bma_proposal"] and not found["bma_progress"] \
                and scores["bma_proposal"] > scores["obec_progress"]:
            found["bma_proposal"] = sorted(set(found["bma_proposal"]) | set(block))
            return Detection("bma_proposal", scores, found)
        return Detection("unknown", scores, found)
    return Detection(best, scores, found)
