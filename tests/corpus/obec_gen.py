"""OBEC service-area progress reports (รายงานความก้าวหน้าการดำเนินงานตาม
แผนปฏิบัติการ of a สพป. office): a cover and summary, then the projects in
three status groups, each detailed project with one block per quarter it
reports (targets, main activities, alignments, budget, findings).

``plans(n)`` spreads fiscal years, rounds and layout variants;
``build(plan, registry)`` makes the report (the truth), renders it and
returns lines, page ranges, expected JSON and the variant tags used.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from . import vocab as V
from .layout import (
    PAGE_BREAK,
    Furniture,
    Out,
    Style,
    assemble,
    header_variants,
    money_json,
    month_end,
    one_line,
    printed_by_line,
    round2,
    spread,
    wrap,
    wrap_header,
)

DOC_TYPE = "obec_progress"
STATUSES = ["completed", "in_progress", "not_started"]
GROUP_WORDS = {"completed": "โครงการที่ดำเนินการเสร็จสิ้นแล้ว", "in_progress": "โครงการที่อยู่ระหว่างดำเนินการ",
               "not_started": "โครงการที่ยังไม่ได้ดำเนินการ"}
PLAN_NATIONAL = "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ"
PLAN_MASTER = "ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น"
PLAN_SUB = "ผลการดำเนินงานต่อเป้าหมายของแผนย่อย"
PLAN_NESDP = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ {n}"


# ---------------------------------------------------------------- model

@dataclass
class ItemList:
    """Items of a section: numbered (one row each), or one unnumbered paragraph."""
    items: list[str]
    numbered: bool
    intro: str | None = None  # an unnumbered paragraph before numbered items (a row of its own)
    number_style: str = "dot"  # dot "๑." | paren "๑)"

    def rows(self) -> list[str]:
        return ([self.intro] if self.intro else []) + self.items


@dataclass
class Block:
    quarter: int
    outputs: ItemList
    outcomes: ItemList
    indicators: list[tuple[str | None, ItemList]]  # (aspect, items)
    aspect_inline: bool
    activities: list[tuple[int, str, list[str]]]  # number, text, progress lines
    alignments: list[tuple[str, str]]  # plan heading, text
    planned: Decimal
    disbursed: Decimal
    note: str | None
    results: ItemList
    problems: ItemList | None  # None: the section says only "-"
    suggestions: ItemList | None


@dataclass
class ObecProject:
    status: str
    group_seq: int
    name: str
    blocks: list[Block] = field(default_factory=list)
    fill: dict = field(default_factory=dict)  # words its sentences are made of


@dataclass
class Report:
    office: str
    short: str
    fy: int
    months: int
    projects: list[ObecProject]
    siblings: bool = False  # its first two projects in progress are siblings (the newest variant)

    @property
    def quarter(self) -> int:
        return self.months // 3

    @property
    def as_of(self) -> date:
        ce = self.fy - 543
        m = (10 + self.months - 1 - 1) % 12 + 1
        y = ce - 1 if m >= 10 else ce
        return month_end(y, m)

    def budget_rows(self) -> list[Block]:
        return [b for p in self.projects for b in p.blocks if b.quarter == self.quarter]

    def summary(self) -> dict:
        rows = self.budget_rows()
        planned = sum((b.planned for b in rows), Decimal(0))
        disbursed = sum((b.disbursed for b in rows), Decimal(0))
        counts = {s: sum(p.status == s for p in self.projects) for s in STATUSES}
        return {
            "agency": self.office, "fiscal_year_be": self.fy, "fiscal_year": self.fy - 543,
            "period_months": self.months, "as_of_date": self.as_of.isoformat(),
            "n_projects": len(self.projects), "n_completed": counts["completed"],
            "n_in_progress": counts["in_progress"], "n_not_started": counts["not_started"],
            "n_budgeted_projects": len(rows), "budget_quarter": self.quarter,
            "budget_planned": money_json(planned), "budget_disbursed": money_json(disbursed),
            "budget_not_disbursed": money_json(planned - disbursed),
            "disbursed_pct": float(round2(disbursed / planned * 100)),
        }


@dataclass
class Plan:
    name: str
    digits: str
    markdown: bool  # headings at mixed markdown levels, else plain
    wrap: int | None
    blank_between: bool
    furniture: dict
    fy: int
    months: int
    max_blocks: int
    empty_group: str | None = None
    n_detailed: int = 8
    n_not_started: int = 4
    one_line: bool = False
    copies: int = 1
    new_page: bool = True
    signature_each: bool = False
    nesdp_dup_national: bool = True
    # the later variants (generate.LATE_VARIANT_SETS only)
    header_first: bool = False  # the running header is the only furniture, on page 1 too
    header_wrapped: bool = False  # the running header's tail wrapped onto a line of its own
    list_column: str | None = None  # numbered lists: numbers in a column (tabs) | the column read first (read)
    chart_captions: bool = False  # the summary's charts left their titles and legends in the text
    cover_contact: bool = False  # website, address and phone lines on the cover
    title_year: bool = False  # a title's closing year wrapped onto a line of its own
    # the newer variants (generate.NEWER_VARIANT_SETS only)
    list_table: bool = False  # the not-started projects as a table: number, title, responsible group
    count_parens: bool = False  # status group headings with their count in parentheses: '… แล้ว (๑๒ โครงการ)'
    # the newest variants (fresh sets only)
    siblings: bool = False  # two in-progress projects of one title template, one per district (อำเภอ), bodies their own


def plans(n: int, tag: str = "", later: bool = False, newer: bool = False, newest: bool = False) -> list[Plan]:
    """`n` document plans; `tag` names another set (the held-out corpus);
    `later` adds the later variants (header on every page, wrapped header,
    list numbers in a column, chart captions, cover contact lines, a
    title's year on its own line); `newer` the newer ones (fiscal years
    2567-2569 only, whose digits ๗ ๘ ๙ the OCR model cannot write; the
    not-started projects as a table; status counts in parentheses);
    `newest` the newest (sibling projects: two of one title template, one
    per district of the area, each its own blocks)."""
    rng = random.Random(f"{tag}20240603" if tag else 20240603)
    fys = [2563 + i // 2 for i in range(n)] if not newer else [2567 + i % 3 for i in range(n)]
    months = spread(rng, tag + "ob.months", [3, 6, 9, 12], n)
    digits = spread(rng, tag + "ob.digits", ["thai", "arabic", "mixed"], n)
    md = spread(rng, tag + "ob.md", [True, False], n)
    wrapw = spread(rng, tag + "ob.wrap", [None, 80, None], n)
    blank = spread(rng, tag + "ob.blank", [True, True, False], n)
    fheader = spread(rng, tag + "ob.fheader", [True, False], n)
    fnumber = spread(rng, tag + "ob.fnumber", ["dash", "n_of_m", "n_jak_m", None], n)
    fprinted = spread(rng, tag + "ob.fprinted", [True, False], n)
    empty = spread(rng, tag + "ob.empty", [None, None, "completed", "not_started"], n)
    dup = spread(rng, tag + "ob.dup", [True, False], n)
    out = []
    for i in range(n):
        q = months[i] // 3
        out.append(Plan(
            name=f"obec_progress_{tag}{i + 1:03d}", digits=digits[i], markdown=md[i], wrap=wrapw[i],
            blank_between=blank[i], furniture={"header": fheader[i], "number": fnumber[i], "printed": fprinted[i]},
            fy=fys[i], months=months[i], max_blocks=q if q < 3 or rng.random() < 0.75 else q - 1,
            empty_group="completed" if q == 1 and empty[i] is None and i % 3 == 0 else empty[i],
            n_detailed=rng.randrange(5, 11) if q <= 2 else rng.randrange(4, 8),
            n_not_started=rng.randrange(0, 9), nesdp_dup_national=dup[i]))
    for i in (2, 9):  # a report printed twice
        if i < n:
            p = out[i]
            p.copies, p.new_page, p.signature_each = 2, i == 2, i == 9
            p.n_detailed, p.n_not_started = 4, 2
    for i in (5,):  # the whole report on one line
        if i < n:
            p = out[i]
            p.one_line, p.markdown, p.wrap, p.n_detailed, p.n_not_started = True, False, None, 4, 2
    for i in (12, 13):  # large reports: up to 25 projects
        if i < n:
            out[i].n_detailed, out[i].n_not_started = 8, 15
    if later:
        header_only = spread(rng, tag + "ob.headeronly", [True, False], n)
        header_wrapped = spread(rng, tag + "ob.headerwrapped", [True, False], n)
        list_column = spread(rng, tag + "ob.listcolumn", ["tabs", "read", None], n)
        charts = spread(rng, tag + "ob.charts", [True, False], n)
        contact = spread(rng, tag + "ob.contact", [True, False], n)
        title_year = spread(rng, tag + "ob.titleyear", [True, True, False], n)
        for i, p in enumerate(out):
            header_variants(p, header_only[i], header_wrapped[i])
            p.list_column, p.chart_captions, p.cover_contact, p.title_year = list_column[i], charts[i], contact[i], title_year[i]
    if newer:
        list_table = spread(rng, tag + "ob.listtable", [True, True, False], n)
        parens = spread(rng, tag + "ob.parens", [True, False], n)
        for i, p in enumerate(out):
            p.list_table, p.count_parens = list_table[i], parens[i]
            if p.list_table and p.n_not_started < 2 and p.empty_group != "not_started":
                p.n_not_started = 3  # a table of one row is hardly a table
    if newest and n > 1 and not out[1].one_line and out[1].copies == 1:  # sibling projects in one report
        out[1].siblings = True
    return out


# ---------------------------------------------------------------- building the model

def _items(st: Style, pool: list[str], k: int, fill: dict, numbered: bool | None = None) -> ItemList:
    texts = [st.text(t.format(**fill)) for t in st.sample(pool, min(k, len(pool)))]
    if numbered is None:
        numbered = len(texts) > 1
    if not numbered:
        texts = [" ".join(texts)]
    return ItemList(texts, numbered, number_style=st.pick(["dot", "dot", "paren"]))


def make_block(st: Style, plan: Plan, q: int, fill: dict, last_of_completed: bool) -> Block:
    fill = dict(fill, n=st.rng.randrange(5, 140), p=st.pick([80, 85, 90, 95, 100]))
    outputs = _items(st, V.OBEC_OUTPUTS, st.rng.randrange(1, 3), fill)
    outcomes = _items(st, V.OBEC_OUTCOMES, st.rng.randrange(1, 3), fill)
    style = st.pick(["plain", "plain", "aspects", "inline"])
    if style == "plain":
        indicators = [(None, _items(st, V.OBEC_INDICATORS_QTY + V.OBEC_INDICATORS_QLT, st.rng.randrange(1, 3), fill))]
    elif style == "aspects":
        indicators = [("quantity", _items(st, V.OBEC_INDICATORS_QTY, st.rng.randrange(1, 3), fill)),
                      ("quality", _items(st, V.OBEC_INDICATORS_QLT, st.rng.randrange(1, 3), fill))]
    else:
        indicators = [("quantity", _items(st, V.OBEC_INDICATORS_QTY, 1, fill, numbered=False)),
                      ("quality", _items(st, V.OBEC_INDICATORS_QLT, 1, fill, numbered=False))]
    activities = []
    for k, text in enumerate(st.sample(V.OBEC_ACTIVITIES, st.rng.randrange(1, 4)), start=1):
        lines: list[str] = []
        r = st.rng.random()
        if r < 0.35:
            d = date(plan.fy - 543 - (q == 1), (9 + 3 * (q - 1)) % 12 + 1, 1) + timedelta(days=st.rng.randrange(10, 80))
            lines = [st.pick(V.OBEC_PROGRESS_LINES).format(**fill, day_text=st.date_text(d, "thai_full_be"))]
        elif r < 0.5:
            lines = [t.format(k=k, **fill) for t in V.OBEC_PROGRESS_SUBITEMS]
        activities.append((k, st.text(text.format(**fill)), [st.text(x) for x in lines]))
    nesdp = PLAN_NESDP.format(n=st.num("13" if plan.fy >= 2566 else "12"))
    third = PLAN_NATIONAL if plan.nesdp_dup_national else PLAN_SUB
    alignments = [(PLAN_NATIONAL, st.pick(V.OBEC_ALIGN_NATIONAL)), (PLAN_MASTER, st.pick(V.OBEC_ALIGN_MASTER)),
                  (third, st.pick(V.OBEC_ALIGN_SUB)), (nesdp, st.pick(V.OBEC_ALIGN_NESDP))]
    alignments = [(h, st.text(t.format(**fill))) for h, t in alignments]
    r = st.rng.random()
    if r < 0.08:
        planned = disbursed = Decimal(0)
        note = None
    else:
        planned = Decimal(st.rng.randrange(1, 300) * st.pick([50, 100, 250]))
        if r < 0.45 or last_of_completed:
            disbursed = planned
            note = "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ"
        else:
            disbursed = (planned * Decimal(st.rng.randrange(0, 95)) / 100).quantize(Decimal("1"))
            if st.chance(0.3) and disbursed > 1:
                disbursed -= Decimal(st.rng.randrange(1, 99)) / 100
            note = "ไม่สามารถเบิกจ่ายงบประมาณได้ตามแผนการ เนื่องจาก" + st.pick(V.OBEC_BUDGET_REASONS)
        note = st.text(note)
    results = _items(st, V.OBEC_RESULTS, st.rng.randrange(1, 4), fill)
    if results.numbered and st.chance(0.4):
        results.intro = st.text(V.OBEC_RESULT_INTRO.format(**fill))
    problems = _items(st, V.OBEC_PROBLEMS, st.rng.randrange(1, 3), fill) if st.chance(0.6) else None
    suggestions = _items(st, V.OBEC_SUGGESTIONS, st.rng.randrange(1, 3), fill) if problems or st.chance(0.3) else None
    return Block(q, outputs, outcomes, indicators, style == "inline", activities, alignments, planned, disbursed,
                 note, results, problems, suggestions)


def _topic(title: str, limit: int = 60) -> str:
    """What a project does, for its sentences: the title, cut at a space when long."""
    words, out = title.split(" "), ""
    for w in words:
        if out and len(out) + 1 + len(w) > limit:
            break
        out = f"{out} {w}" if out else w
    return out


def make_report(st: Style, plan: Plan, registry: set[str]) -> Report:
    while True:
        province, area = st.pick(V.PROVINCES), st.rng.randrange(1, 5)
        if (province, area) not in registry:
            registry.add((province, area))
            break
    area_text = st.num(str(area))
    office = f"สำนักงานเขตพื้นที่การศึกษาประถมศึกษา{province} เขต {area_text}"
    short = f"สพป.{province} เขต {area_text}"
    q = plan.months // 3
    counts = {"completed": 0, "in_progress": 0}
    n_det = max(plan.n_detailed, 5) if plan.empty_group == "not_started" else plan.n_detailed
    if plan.empty_group == "completed":
        counts["in_progress"] = n_det
    else:
        counts["completed"] = max(1, n_det // 3 + st.rng.randrange(0, 2)) if q > 1 else max(1, n_det // 4)
        counts["in_progress"] = n_det - counts["completed"]
    n_not = 0 if plan.empty_group == "not_started" else min(23 - n_det, max(1, 5 - n_det, plan.n_not_started))
    titles = st.sample(V.OBEC_TITLES, n_det + n_not + 2)
    fill0 = {"short": short, "office": office}
    projects: list[ObecProject] = []
    block_counts: list[int] = []
    ti = 0
    # sibling projects (the newest variant): the first two in progress, one title template, one per district
    districts = st.sample(V.AMPHOES, 2) if plan.siblings and counts["in_progress"] >= 2 else None
    for status in ("completed", "in_progress"):
        for seq in range(1, counts[status] + 1):
            if districts and status == "in_progress" and seq == 2:
                name = st.text(f"โครงการ{base} อำเภอ{districts[1]}{suffix}")
            else:
                base = titles[ti]
                ti += 1
                suffix = st.pick(V.OBEC_TITLE_SUFFIXES).format(fy=plan.fy, ay=plan.fy - 1, **fill0)
                place = f" อำเภอ{districts[0]}" if districts and status == "in_progress" and seq == 1 else ""
                name = st.text(f"โครงการ{base}{place}{suffix}")
            fill = dict(fill0, topic=_topic(base))
            p = ObecProject(status, seq, name, fill=fill)
            if status == "in_progress":
                last = q
            else:
                last = st.rng.randrange(1, q + 1)
            k = st.rng.randrange(1, min(last, plan.max_blocks) + 1)
            block_counts.append(k)
            for qq in range(last - k + 1, last + 1):
                p.blocks.append(make_block(st, plan, qq, fill, status == "completed" and qq == last))
            projects.append(p)
    # the largest block count the plan asks for, on one project that can hold it
    want = plan.max_blocks
    if block_counts and max(block_counts) < want:
        cand = [p for p in projects if p.status == "in_progress"] or projects
        p = cand[0]
        last = p.blocks[-1].quarter
        if last >= want:
            p.blocks = [make_block(st, plan, qq, p.fill, False) for qq in range(last - want + 1, last + 1)]
    # a few in-progress projects listed by title only, with a note (as the sample's 24 and 25)
    if counts["in_progress"] >= 3 and st.chance(0.4):
        for extra in range(2):
            base = titles[ti]
            ti += 1
            projects.append(ObecProject("in_progress", counts["in_progress"] + extra + 1, st.text(f"โครงการ{base}")))
        counts["in_progress"] += 2
    for seq in range(1, n_not + 1):
        base = titles[ti]
        ti += 1
        suffix = st.pick(["", "", " ประจำปีงบประมาณ {fy}", " ปีการศึกษา {ay}"]).format(fy=plan.fy, ay=plan.fy - 1)
        projects.append(ObecProject("not_started", seq, st.text(f"โครงการ{base}{suffix}")))
    rep = Report(office, short, plan.fy, plan.months, projects, siblings=bool(districts))
    if not any(b.planned for b in rep.budget_rows()):
        rows = rep.budget_rows() or [b for p in projects for b in p.blocks]
        rows[0].planned = rows[0].disbursed = Decimal(5000)
        rows[0].note = st.text("สามารถเบิกจ่ายงบประมาณได้ตามแผนการ")
    return rep


# ---------------------------------------------------------------- rendering

def _h(st: Style, text: str, strong: bool = False) -> str:
    """A heading at an inconsistent markdown level (or plain)."""
    if not st.markdown:
        return text
    st.tag("headings_md_mixed")
    r = st.rng.random()
    if r < 0.18:
        return text
    if r < 0.3:
        return f"**{text}**"
    level = st.rng.randrange(1 if strong else 2, 6)
    return "#" * level + " " + (f"**{text}**" if st.chance(0.2) else text)


def _q_tail(st: Style, q: int, fy: int) -> str:
    return st.pick(["ประจำไตรมาสที่", "ประจำปีไตรมาสที่"]) + f" {st.num(str(q))} ปีงบประมาณ {st.num(str(fy))}"


def _list(o: Out, st: Style, lst: ItemList | None, column: str | None = None) -> None:
    if lst is None:
        st.tag("findings_dash")
        o.line("-")
        o.blank()
        return
    if lst.intro:
        o.para(lst.intro)
        if st.chance(0.5):
            o.blank()
    if column and lst.numbered and st.chance(0.7):
        # the numbers stand in a narrow column beside the items: a tab between them (the twin
        # lays the lines out as a table), or the text as read column by column
        nums = [f"{st.num(str(i))}." if lst.number_style == "dot" else f"{st.num(str(i))})"
                for i in range(1, len(lst.items) + 1)]
        if column == "tabs":
            st.tag("list_numbers_column_tabs")
            for num, text in zip(nums, lst.items):
                o.line(f"{num}\t{text}")
        else:
            st.tag("list_numbers_column_read")
            for num in nums:
                o.line(num)
            o.hard_blank()
            for text in lst.items:
                o.para(text)
        o.hard_blank()
        return
    for i, text in enumerate(lst.items, start=1):
        num = ""
        if lst.numbered:
            num = f"{st.num(str(i))}. " if lst.number_style == "dot" else f"{st.num(str(i))}) "
        o.para(text, prefix=num)
        if not lst.numbered or st.chance(0.6):
            o.blank()
    o.blank()


def _amount(st: Style, v: Decimal) -> str:
    return st.amount(v, "commas")


def render_block(o: Out, st: Style, rep: Report, b: Block, column: str | None = None) -> None:
    fy = rep.fy
    o.line(_h(st, f"ความก้าวหน้าของเป้าหมายโครงการ {_q_tail(st, b.quarter, fy)}") if st.chance(0.4)
           else f"ความก้าวหน้าของเป้าหมายโครงการ {_q_tail(st, b.quarter, fy)}")
    o.blank()
    o.line(_h(st, "เป้าหมายเชิงผลผลิต (Output)"))
    o.blank()
    _list(o, st, b.outputs, column)
    o.line(_h(st, "เป้าหมายเชิงผลลัพธ์ (Outcome)"))
    o.blank()
    _list(o, st, b.outcomes, column)
    o.line(_h(st, "ดัชนีชี้วัดความสำเร็จ"))
    o.blank()
    for aspect, lst in b.indicators:
        word = {"quantity": "เชิงปริมาณ", "quality": "เชิงคุณภาพ", None: None}[aspect]
        if word and b.aspect_inline:
            o.para(f"{word} {lst.items[0]}")
            o.blank()
            continue
        if word:
            o.line(_h(st, word))
            o.blank()
        _list(o, st, lst, column)
    o.line(f"ความก้าวหน้าของกิจกรรมที่ดำเนินการ {_q_tail(st, b.quarter, fy)}")
    o.blank()
    bold = st.markdown and st.chance(0.5)
    for number, text, progress in b.activities:
        label = f"กิจกรรมหลักที่ {st.num(str(number))}"
        if bold:
            label = f"**{label}**"
        elif st.markdown and st.chance(0.3):
            label = "### " + label
        o.para(f"{label} {text}")
        o.blank()
        for x in progress:
            o.para(x)
            o.blank()
    o.line(_h(st, "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก"))
    o.blank()
    for heading, text in b.alignments:
        o.line(_h(st, heading))
        o.blank()
        o.para(text)
        o.blank()
    o.line(_h(st, f"การเบิกจ่ายงบประมาณ{_q_tail(st, b.quarter, fy)}"))
    o.blank()
    o.line(f"จำนวนเงินงบประมาณตามแผนการใช้จ่าย {_amount(st, b.planned)}")
    o.blank()
    o.line(f"จำนวนเงินงบประมาณที่เบิกจ่ายจริง {_amount(st, b.disbursed)}")
    o.blank()
    if b.note:
        label = "**ผลการเบิกจ่ายงบประมาณ**" if st.markdown and st.chance(0.4) else "ผลการเบิกจ่ายงบประมาณ"
        o.para(f"{label} {b.note}")
        o.blank()
    o.line(_h(st, f"สรุปปัญหาและข้อเสนอแนะของโครงการ{_q_tail(st, b.quarter, fy)}"))
    o.blank()
    o.line(_h(st, "ผลการดำเนินงาน"))
    o.blank()
    _list(o, st, b.results, column)
    o.line(_h(st, "ปัญหาและอุปสรรคในการดำเนินงาน"))
    o.blank()
    _list(o, st, b.problems, column)
    o.line(_h(st, "ข้อเสนอแนะ"))
    o.blank()
    _list(o, st, b.suggestions, column)


_TITLE_YEAR = re.compile(r"^(.*\S) ([0-9๐-๙]{4})$")


def _title(o: Out, st: Style, number: str, name: str, detailed: bool, year_own_line: bool = False) -> None:
    text = f"{number} {name}"
    m = _TITLE_YEAR.match(text) if year_own_line else None
    if m and st.chance(0.6):  # wrapped just before its closing year: the year alone on a line
        st.tag("title_year_own_line")
        o.line(_h(st, m.group(1)) if detailed else m.group(1))
        o.blank()
        o.line(m.group(2))
        o.blank()
        return
    if len(text) > 70 and (st.wrap or st.chance(0.5)):
        parts = wrap(text, max(40, len(text) // 2 + 5))
        if len(parts) > 1:
            o.line(_h(st, parts[0]) if detailed else parts[0])
            o.blank()
            o.line(_h(st, " ".join(parts[1:])) if detailed and st.chance(0.5) else " ".join(parts[1:]))
            o.blank()
            return
    o.line(_h(st, text) if detailed else text)
    o.blank()


def _project_table(o: Out, st: Style, group: list[ObecProject]) -> None:
    """Projects listed as a table: number, title, the group that answers for it
    (pipe table with markdown, else tab rows)."""
    st.tag("project_list_table")
    head = ["ที่", "ชื่อโครงการ", "กลุ่มที่รับผิดชอบ"]
    rows = [[st.num(str(p.group_seq)), p.name, st.pick(V.OBEC_RESPONSIBLE)] for p in group]
    o.table(head, rows, "|---|---|---|")
    o.blank()


def render_report(st: Style, plan: Plan, rep: Report, signature: bool) -> list[str]:
    o = Out(st)
    fy, fyt = rep.fy, st.num(str(rep.fy))
    s = rep.summary()
    mt = st.num(str(rep.months))
    o.line(rep.office)
    o.line("")
    o.line(_h(st, f"รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {fyt} รอบ {mt} เดือน", True))
    o.line("")
    o.line(f"ข้อมูล ณ วันที่ {st.date_text(rep.as_of, st.pick(['thai_full_be', 'thai_full']))}")
    o.line("")
    o.line(("**" if st.markdown else "") + f"เอกสารลำดับที่ {st.num(str(st.rng.randrange(1, 9)))}/{fyt}" + ("**" if st.markdown else ""))
    o.line("")
    o.line(("**กลุ่มนโยบายและแผน**" if st.markdown else "กลุ่มนโยบายและแผน"))
    o.line(rep.office)
    o.line("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน")
    o.line("กระทรวงศึกษาธิการ")
    if plan.cover_contact:  # the office's website, address and phones (Arabic digits, as printed on covers)
        st.tag("cover_contact_lines")
        province = rep.short.removeprefix("สพป.").split(" เขต")[0]
        o.line("")
        o.line(f"www.{st.pick(V.OBEC_SITES)}.go.th")
        o.line("")
        o.line(f"{st.rng.randrange(1, 300)} หมู่ {st.rng.randrange(1, 15)} ต.{st.pick(V.TAMBONS)} อ.{st.pick(V.AMPHOES)} "
               f"จ.{province} {st.rng.randrange(10, 96)}{st.rng.randrange(0, 3)}{st.rng.randrange(0, 10)}0")
        o.line("")
        area_code = f"0{st.rng.randrange(32, 78)}"
        o.line(", ".join(f"{area_code} {st.rng.randrange(200, 999)} {st.rng.randrange(100, 999)}" for _ in range(2)))
    o.line(PAGE_BREAK)
    o.line(_h(st, f"รายงานสรุปความก้าวหน้าของการดำเนินโครงการ ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {fyt} รอบ {mt} เดือน"))
    o.blank()
    n = s["n_projects"]
    o.para(f"โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {fyt} จำนวน {st.num(str(n))} โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้")
    o.blank()
    rows = []
    for i, status in enumerate(STATUSES, start=1):
        k = s[f"n_{status}"]
        pct = st.num(f"{round2(Decimal(k) * 100 / n):.2f}")
        rows.append([f"{st.num(str(i))}. {GROUP_WORDS[status]}", f"จำนวน {st.num(str(k))} โครงการ", f"คิดเป็นร้อยละ {pct}"])
    if st.markdown:
        o.line("| " + " | ".join(rows[0]) + " |")
        o.line("|---|---|---|")
        for r in rows[1:]:
            o.line("| " + " | ".join(r) + " |")
    else:
        for r in rows:
            o.line(" ".join(r))
    o.blank()
    if plan.chart_captions:  # the pie chart of the groups: its title and legend
        st.tag("summary_chart_captions")
        o.line(_h(st, f"โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {fyt} จำนวน {st.num(str(n))} โครงการ"))
        o.blank()
        mark = st.pick(["- ", "■ "])
        for status in st.sample(STATUSES, 3):
            o.line(mark + GROUP_WORDS[status])
        o.blank()
    q = st.num(str(rep.quarter))
    planned, disbursed = Decimal(s["budget_planned"]), Decimal(s["budget_disbursed"])
    o.para(f"การเบิกจ่ายงบประมาณประจำไตรมาสที่ {q} ปีงบประมาณ {fyt} โครงการตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {fyt} "
           f"จำนวน {st.num(str(s['n_budgeted_projects']))} โครงการ")
    o.blank()
    o.line(f"จำนวนเงินงบประมาณตามแผนการใช้จ่าย {st.amount(planned, 'satang')}")
    o.blank()
    pct = Decimal(str(s["disbursed_pct"]))
    o.line(f"จำนวนเงินงบประมาณที่เบิกจ่ายจริง {st.amount(disbursed, 'satang')} คิดเป็นร้อยละ {st.num(f'{pct:.2f}')}")
    o.blank()
    o.line(f"จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย {st.amount(planned - disbursed, 'satang')} "
           f"คิดเป็นร้อยละ {st.num(f'{Decimal(100) - pct:.2f}')}")
    if plan.chart_captions:  # the bar chart of the budget: its title over three lines, and its legend
        o.blank()
        o.line(f"การเบิกจ่ายงบประมาณประจำไตรมาสที่ {q} ปีงบประมาณ {fyt}")
        o.line(f"โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {fyt}")
        o.line(f"จำนวน {st.num(str(s['n_budgeted_projects']))} โครงการ")
        o.blank()
        o.line("■ จำนวนเงินงบประมาณที่เบิกจ่ายจริง ■ จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย")
    o.line(PAGE_BREAK)
    o.para(f"ผลการติดตามความก้าวหน้าการขับเคลื่อนโครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {fyt} "
           f"จำนวน {st.num(str(n))} โครงการ มีรายละเอียด ดังนี้")
    o.blank()
    for gi, status in enumerate(STATUSES, start=1):
        group = [p for p in rep.projects if p.status == status]
        tail = "ดังนี้" if status == "not_started" else "โดยมีรายละเอียด ดังนี้"
        marked = st.chance(0.5)  # (drawn before the numbers: the older sets' random streams stay as they were)
        if plan.count_parens:  # the count in parentheses after the group's name
            st.tag("status_count_parens")
            heading = f"{st.num(str(gi))}. {GROUP_WORDS[status]} ({st.num(str(len(group)))} โครงการ)"
        else:
            heading = f"{st.num(str(gi))}. {GROUP_WORDS[status]} จำนวน {st.num(str(len(group)))} โครงการ {tail}"
        o.line(_h(st, heading) if marked else heading)
        o.blank()
        if not group:
            st.tag("status_group_empty")
            o.line("-")
            o.blank()
            continue
        if plan.list_table and status == "not_started":
            _project_table(o, st, group)
            continue
        sub_numbers = status == "not_started" and st.chance(0.6)
        for p in group:
            number = f"{st.num(str(gi))}.{st.num(str(p.group_seq))}" if sub_numbers else f"{st.num(str(p.group_seq))}."
            _title(o, st, number, p.name, bool(p.blocks), plan.title_year)
            for b in p.blocks:
                render_block(o, st, rep, b, plan.list_column)
        titles_only = [p for p in group if not p.blocks]
        if status == "in_progress" and len(titles_only) == 2:
            note = V.OBEC_NOTE_TITLE_ONLY.format(a=st.num(str(titles_only[0].group_seq)),
                                                 b=st.num(str(titles_only[1].group_seq)))
            if st.markdown:
                note = "**หมายเหตุ** " + note.removeprefix("หมายเหตุ ")
            o.para(note)
            o.blank()
    if signature:
        o.hard_blank()
        o.line("ลงชื่อ..............................................ผู้รายงาน")
        o.line(f"({st.pick(['นาย' + st.pick(V.GIVEN_M), 'นางสาว' + st.pick(V.GIVEN_F)])} {st.pick(V.SURNAMES)})")
        o.line("ตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน")
    return o.lines


# ---------------------------------------------------------------- truth

def _rows(lst: ItemList | None) -> list[str]:
    return [] if lst is None else lst.rows()


def project_truth(rep: Report, p: ObecProject, n_copies: int) -> dict:
    targets, activities, alignments, budgets, findings = [], [], [], [], []
    for b in p.blocks:
        for kind, parts in (("output", [(None, b.outputs)]), ("outcome", [(None, b.outcomes)]), ("indicator", b.indicators)):
            seq = 0
            for aspect, lst in parts:
                for text in lst.rows():
                    seq += 1
                    targets.append({"quarter": b.quarter, "kind": kind, "seq": seq, "aspect": aspect, "text": text})
        for seq, (number, text, progress) in enumerate(b.activities, start=1):
            activities.append({"quarter": b.quarter, "seq": seq, "number": number, "text": text,
                               "progress": " ".join(progress) if progress else None})
        for seq, (heading, text) in enumerate(b.alignments, start=1):
            alignments.append({"quarter": b.quarter, "seq": seq, "plan": heading, "text": text})
        budgets.append({"fiscal_year_be": rep.fy, "quarter": b.quarter, "planned": money_json(b.planned),
                        "disbursed": money_json(b.disbursed), "note": b.note})
        for kind, lst in (("result", b.results), ("problem", b.problems), ("suggestion", b.suggestions)):
            for seq, text in enumerate(_rows(lst), start=1):
                findings.append({"quarter": b.quarter, "kind": kind, "seq": seq, "aspect": None, "text": text})
    return {
        "doc_type": DOC_TYPE, "project_code": None, "name": p.name, "fiscal_year_be": rep.fy,
        "fiscal_year": rep.fy - 543, "start_date": None, "end_date": None, "budget_allocated": None,
        "budget_spent": None, "agency": rep.office, "division": None, "section": None, "owner_name": None,
        "owner_phone": None, "coordinator_name": None, "coordinator_phone": None, "rationale": None,
        "strategy_issue": None, "strategy_sub_issue": None, "strategy_goal": None, "indicator": None,
        "project_type": None, "project_model": None, "period_text": None, "place": None,
        "group_seq": p.group_seq, "plan_status": p.status, "n_copies": n_copies,
        "objectives": [], "targets": targets, "progress_reports": [], "expenses": [], "activities": activities,
        "findings": findings, "alignments": alignments, "quarterly_budgets": budgets,
    }


def build(plan: Plan, registry: set) -> tuple[list[str], list[list[int]], dict, list[str], list[list[str]]]:
    st = Style(plan.name, digits=plan.digits, markdown=plan.markdown, wrap=plan.wrap, blank_between=plan.blank_between)
    rep = make_report(st, plan, registry)
    parts = [render_report(st, plan, rep, plan.signature_each or c == plan.copies - 1) for c in range(plan.copies)]
    if rep.siblings:
        st.tag("sibling_projects")
    if plan.copies > 1:
        st.tag("copies_2", "signature_each_copy" if plan.signature_each else "signature_end_only")
    st.tag(f"fy_{rep.fy}", f"round_{rep.months}")
    for k in sorted({len(p.blocks) for p in rep.projects if p.blocks}):
        st.tag(f"budget_quarters_{k}")
    if plan.one_line:
        st.tags = {t for t in st.tags if not t.startswith(("headings_", "wrapped", "list_numbers", "title_year"))}
        st.tag("one_line")
        lines, pages = one_line(parts)
    else:
        if not plan.markdown:
            st.tag("headings_plain")
        header = None
        if plan.furniture["header"]:
            header = st.pick([rep.office, f"รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {st.num(str(rep.fy))}"])
            if plan.header_wrapped:  # a longer header line, too long for the page
                header = wrap_header(st, st.pick([
                    f"รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {st.num(str(rep.fy))} {rep.office}",
                    f"{rep.office} รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ รอบ {st.num(str(rep.months))} เดือน"]))
        fur = Furniture(header=header, header_first=plan.header_first, number=plan.furniture["number"], number_top=st.chance(0.3),
                        printed_by=printed_by_line(st, f"ติดตามแผนปฏิบัติการ {rep.short}",
                                                   rep.as_of + timedelta(days=st.rng.randrange(3, 25)))
                        if plan.furniture["printed"] else None,
                        page_gap=st.rng.randrange(2, 6), capacity=st.rng.randrange(40, 52))
        lines, pages = assemble(st, parts, fur, new_page_each_copy=plan.new_page, lead_blank=st.pick([0, 4]))
    st.tag("markdown" if st.markdown else "plain")
    if plan.digits != "mixed":
        st.tag(f"digits_{plan.digits}")
    expected = {
        "document": {"doc_type": DOC_TYPE, "n_copies": plan.copies},
        "report_summary": rep.summary(),
        "projects": [project_truth(rep, p, plan.copies) for p in rep.projects],
    }
    return lines, pages, expected, sorted(st.tags), parts

