"""BMA project proposals (title block, sections 1-10 with flattened tables).

``plans(n)`` spreads the layout variants over the documents;
``build(plan, registry)`` makes the proposal (the truth), renders it and
returns lines, page ranges, expected JSON and the variant tags used.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from pythainlp.util import bahttext

from . import vocab as V
from .layout import (
    MONTHS_ABBR,
    MONTHS_FULL,
    Furniture,
    Out,
    Style,
    assemble,
    fiscal_month,
    header_variants,
    md_heading,
    money_json,
    month_end,
    one_line,
    printed_by_line,
    spread,
    to_arabic,
    to_thai,
    wrap_header,
)

DOC_TYPE = "bma_proposal"


@dataclass
class BudgetLine:
    item: str
    unit: str
    qty: int
    each: Decimal

    @property
    def amount(self) -> Decimal:
        return self.qty * self.each


@dataclass
class Category:
    name: str
    lines: list[BudgetLine]


@dataclass
class Risk:
    text: str
    likelihood: int
    impact: int
    mitigation: str

    @property
    def level(self) -> str:
        s = self.likelihood * self.impact
        return "น้อยมาก" if s <= 2 else "น้อย" if s <= 4 else "ปานกลาง" if s <= 9 else "สูง" if s <= 14 else "สูงมาก"


@dataclass
class Kpi:
    text: str
    word: str
    value: str
    kind: str
    formula: str
    tool: str
    period: str

    @property
    def target_value(self) -> str:
        return f"{self.word} {self.value}"

    @property
    def method(self) -> str:
        return f"วิธีการคำนวณ {self.formula} เครื่องมือที่ใช้ในการวัด {self.tool}"


@dataclass
class Proposal:
    name: str
    unit_text: str
    agency: str
    division: str | None
    fy: int
    rationale: list[str]
    objectives: list[str]
    quantity: str
    quality: str
    project_type: str
    alignment: str
    model: str
    period_text: str
    start: date
    end: date
    place: str
    steps: list[tuple[str, int, int]]  # text, first and last fiscal month index
    activity: str
    categories: list[Category]
    law: str
    risks: list[Risk]
    benefits: list[str]
    kpis: list[Kpi]
    evaluation: str
    proposer: str | None
    position: str
    approver: str

    @property
    def total(self) -> Decimal:
        return sum((x.amount for c in self.categories for x in c.lines), Decimal(0))


@dataclass
class Plan:
    name: str
    digits: str
    markdown: bool
    wrap: int | None
    blank_between: bool
    furniture: dict
    one_line: bool = False
    copies: int = 1
    new_page: bool = True
    signature_each: bool = False
    title_block: str = "tabs"  # tabs | cells | colon
    sections: str = "thai"  # thai | arabic | mixed
    gantt: str = "cells"
    budget: str = "cells"
    risk: str = "cells"
    kpi: str = "cells"
    period: str = "month"  # month | exact
    proposer: bool = True
    amount: str = "dash"  # dash | commas | satang
    extra: dict = field(default_factory=dict)
    # the later variants (generate.LATE_VARIANT_SETS only)
    header_first: bool = False  # the running header is the only furniture, on page 1 too
    header_wrapped: bool = False  # the running header's tail wrapped onto a line of its own
    list_column: str | None = None  # objectives and benefits: numbers in a column (tabs) | the column read first (read)
    # the newer variants (generate.NEWER_VARIANT_SETS only)
    list_marks: str | None = None  # objectives and benefits marked with bullets '•' | dashes '-' | letters 'ก.'
    # the newest variants (fresh sets only)
    siblings: bool = False  # two sibling proposals in one file: one name template, one per district, bodies their own


def plans(n: int, tag: str = "", later: bool = False, newer: bool = False, newest: bool = False) -> list[Plan]:
    """`n` document plans; `tag` names another set (the held-out corpus);
    `later` adds the later variants (header on every page, wrapped header,
    list numbers in a column, risk tables as pipe tables or read by columns);
    `newer` the newer ones (the budget as a table of item, quantity, unit
    amount and amount columns; lists marked with bullets or letters; periods
    as abbreviated months with two-digit years or split at the year);
    `newest` the newest (a file of two sibling proposals: one name template,
    one per district, filed together)."""
    rng = random.Random(f"{tag}20240602" if tag else 20240602)
    digits = spread(rng, tag + "pp.digits", ["arabic", "thai", "mixed"], n)
    md = spread(rng, tag + "pp.md", [True, False], n)
    wrapw = spread(rng, tag + "pp.wrap", [None, 75, 95], n)
    blank = spread(rng, tag + "pp.blank", [True, False], n)
    fheader = spread(rng, tag + "pp.fheader", [True, False], n)
    fnumber = spread(rng, tag + "pp.fnumber", ["dash", "n_of_m", "n_jak_m", None], n)
    fprinted = spread(rng, tag + "pp.fprinted", [True, False], n)
    title = spread(rng, tag + "pp.title", ["tabs", "cells", "colon"], n)
    sections = spread(rng, tag + "pp.sections", ["thai", "arabic", "mixed"], n)
    tables = {k: spread(rng, tag + f"pp.{k}", ["tabs", "cells"], n) for k in ("gantt", "budget", "risk", "kpi")}
    period = spread(rng, tag + "pp.period", ["month", "exact"], n)
    proposer = spread(rng, tag + "pp.proposer", [True, True, False], n)
    amount = spread(rng, tag + "pp.amount", ["dash", "commas", "satang"], n)
    out = []
    for i in range(n):
        out.append(Plan(
            name=f"bma_proposal_{tag}{i + 1:03d}", digits=digits[i], markdown=md[i], wrap=wrapw[i],
            blank_between=blank[i], furniture={"header": fheader[i], "number": fnumber[i], "printed": fprinted[i]},
            title_block=title[i], sections=sections[i], gantt=tables["gantt"][i], budget=tables["budget"][i],
            risk=tables["risk"][i], kpi=tables["kpi"][i], period=period[i], proposer=proposer[i], amount=amount[i]))
    for i, (new_page, each) in {3: (True, True), 8: (False, False), 12: (True, False), 15: (False, True)}.items():
        if i < n:
            out[i].copies, out[i].new_page, out[i].signature_each = 2, new_page, each
    for i in (6,):
        if i < n:
            out[i].one_line, out[i].markdown, out[i].wrap = True, False, None
    if later:
        header_only = spread(rng, tag + "pp.headeronly", [True, False], n)
        header_wrapped = spread(rng, tag + "pp.headerwrapped", [True, False], n)
        list_column = spread(rng, tag + "pp.listcolumn", ["tabs", "read", None], n)
        risk = spread(rng, tag + "pp.risk3", ["pipe", "columns", None], n)
        for i, p in enumerate(out):
            header_variants(p, header_only[i], header_wrapped[i])
            p.list_column = list_column[i]
            p.risk = risk[i] or p.risk
    if newer:
        budget = spread(rng, tag + "pp.budget4", ["columns", "columns", None], n)
        marks = spread(rng, tag + "pp.marks", ["bullet", "dash", "letters", None], n)
        period = spread(rng, tag + "pp.period4", ["month_abbr_yy", "month_split", None], n)
        for i, p in enumerate(out):
            p.budget = budget[i] or p.budget
            if marks[i]:
                p.list_marks, p.list_column = marks[i], None
            p.period = period[i] or p.period
    if newest and n > 1 and not out[1].one_line and out[1].copies == 1:  # sibling proposals in one file
        out[1].siblings = True
        out[1].furniture = dict(out[1].furniture, header=False)  # (a running header names one project or district)
    return out


# ---------------------------------------------------------------- model

def _person(st: Style) -> str:
    if st.chance(0.5):
        return f"นาย{st.pick(V.GIVEN_M)} {st.pick(V.SURNAMES)}"
    return f"{st.pick(['นาง', 'นางสาว'])}{st.pick(V.GIVEN_F)} {st.pick(V.SURNAMES)}"


def make_proposal(st: Style, plan: Plan, theme: dict, district: str, fy: int) -> Proposal:
    fill = {"district": district, "focus": theme["focus"], "product": theme["product"]}
    name = st.text(theme["name"].format(**fill))
    fill["name_short"] = name.split(" เขต")[0].split(" สำนักงานเขต")[0]
    if st.chance(0.6):
        unit_text = f"ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขต{district}"
        agency, division = unit_text, None
    else:
        agency, division = f"สำนักงานเขต{district}", "ฝ่ายการศึกษา"
        unit_text = f"{agency} / {division}"
    picked = sorted(st.sample(range(3), 2)) + [3] + sorted(st.sample(range(4, len(V.PROPOSAL_RATIONALE)), st.rng.randrange(1, 3)))
    sentences = [st.text(V.PROPOSAL_RATIONALE[i].format(**fill)) for i in picked]
    cut = st.rng.randrange(1, len(sentences))
    rationale = [" ".join(sentences[:cut]), " ".join(sentences[cut:])]
    objectives = [st.text(s.format(**fill)) for s in st.sample(V.PROPOSAL_OBJECTIVES, st.rng.randrange(2, 5))]
    project_type = st.pick(V.PROPOSAL_TYPES)
    picked = [0] + sorted(st.sample(range(1, len(V.PROPOSAL_ALIGNMENT)), st.rng.randrange(2, 5)))
    alignment = st.text(" ".join(V.PROPOSAL_ALIGNMENT[i] for i in picked))
    model = st.text(st.pick(V.PROPOSAL_MODELS).format(**fill))

    # period inside the fiscal year
    i0, i1 = st.rng.randrange(0, 4), st.rng.randrange(7, 12)
    (y0, m0), (y1, m1) = fiscal_month(fy, i0), fiscal_month(fy, i1)
    if plan.period == "exact":
        start = date(y0, m0, st.rng.randrange(1, 16))
        end = date(y1, m1, st.rng.randrange(15, month_end(y1, m1).day + 1))
        d0 = f"{st.num(str(start.day))} {MONTHS_FULL[m0]} {st.num(str(y0 + 543))}"
        d1 = f"{st.num(str(end.day))} {MONTHS_FULL[m1]} {st.num(str(y1 + 543))}"
        period_text = st.pick([f"{d0} – {d1}", f"ระหว่างวันที่ {d0} – {d1}", f"{d0} ถึง {d1}"])
    elif plan.period == "month_split" and y0 != y1:  # the range split at the year: 'ตุลาคม – ธันวาคม 2568 และ มกราคม – …'
        start, end = date(y0, m0, 1), month_end(y1, m1)
        first = MONTHS_FULL[m0] if m0 == 12 else f"{MONTHS_FULL[m0]} – ธันวาคม"
        period_text = f"{first} {st.num(str(y0 + 543))} และ มกราคม – {MONTHS_FULL[m1]} {st.num(str(y1 + 543))}"
        period_text = st.pick([period_text, f"ดำเนินการในเดือน{period_text}"])
    elif plan.period in ("month_abbr_yy", "month_split"):  # abbreviated months, two-digit BE years: 'พ.ย. 68 – ก.ค. 69'
        start, end = date(y0, m0, 1), month_end(y1, m1)
        a = f"{MONTHS_ABBR[m0]} {st.num(f'{(y0 + 543) % 100:02d}')}"
        b = f"{MONTHS_ABBR[m1]} {st.num(f'{(y1 + 543) % 100:02d}')}"
        period_text = st.pick([f"{a} – {b}", f"{a} - {b}", f"ระหว่าง {a} ถึง {b}"])
    else:
        start, end = date(y0, m0, 1), month_end(y1, m1)
        a = f"{MONTHS_FULL[m0]} {st.num(str(y0 + 543))}"
        b = f"{MONTHS_FULL[m1]} {st.num(str(y1 + 543))}"
        period_text = st.pick([f"ดำเนินการในเดือน{a} – {b}", f"{a} – {b}", f"ตั้งแต่เดือน{a} ถึงเดือน{b}"])
    k = st.rng.randrange(5, 9)
    chosen = sorted(st.sample(range(len(V.PROPOSAL_STEPS)), k))
    steps = []
    for j, idx in enumerate(chosen):
        a_ = max(i0, min(i1, i0 + j * (i1 - i0) // k))
        b_ = min(i1, a_ + st.rng.randrange(0, 3))
        steps.append((st.text(V.PROPOSAL_STEPS[idx].format(**fill)), a_, b_))
    activity = st.text(f"จัดกิจกรรมส่งเสริม{theme['focus']}")
    cats = []
    if st.chance(0.6):  # budget allocated to schools by size (as the sample), perhaps with other lines
        chosen = [V.PROPOSAL_BUDGET[0]] + st.sample(V.PROPOSAL_BUDGET[1:], st.rng.randrange(0, 2))
    else:  # a training: speakers, meals, documents ...
        chosen = st.sample(V.PROPOSAL_BUDGET[1:], st.rng.randrange(2, 5))
    for cname, items in chosen:
        lines = []
        k_min = 2 if len(items) > 1 else 1
        for j in sorted(st.sample(range(len(items)), st.rng.randrange(k_min, len(items) + 1))):
            item, unit, (lo, hi), eaches = items[j]
            each = Decimal(st.pick(eaches))
            if plan.amount == "satang" and st.chance(0.3) and unit == "คน":
                each += Decimal("0.50")
            lines.append(BudgetLine(item, unit, st.rng.randrange(lo, hi + 1), each))
        cats.append(Category(st.text(cname.format(**fill)), lines))
    # the total is said in Thai words: keep it a whole number of baht
    tot = sum((x.amount for c in cats for x in c.lines), Decimal(0))
    if tot != tot.to_integral_value():
        line = cats[0].lines[0]
        line.each = line.each.to_integral_value()
    # targets follow the budget: the schools funded by size, or the people trained
    schools = {x.item: x.qty for c in cats for x in c.lines if x.unit == "โรงเรียน"}
    works = {"โรงเรียนขนาดใหญ่": 3, "โรงเรียนขนาดกลาง": 2, "โรงเรียนขนาดเล็ก": 1}
    if schools:
        n_schools = sum(schools.values())
        parts = " ".join(f"{k} {q} โรงเรียนๆ ละ {works[k]} ผลงาน" for k, q in schools.items())
        quantity = st.text(f"โรงเรียนในสังกัดสำนักงานเขต{district} จำนวน {n_schools} โรงเรียน มี{theme['product']} "
                           f"ตามขนาดของโรงเรียน ได้แก่ {parts}")
    else:
        n_schools = st.rng.randrange(3, 15)
        people = next((x.qty for c in cats for x in c.lines if x.unit == "คน"), st.rng.randrange(30, 120))
        quantity = st.text(f"ครูผู้สอนในโรงเรียนสังกัดสำนักงานเขต{district} จำนวน {people} คน "
                           f"เข้ารับการอบรมและนำความรู้ไปจัดกิจกรรมส่งเสริม{theme['focus']}")
    quality = st.text(f"นักเรียนสามารถนำความรู้และทักษะที่ได้รับไปประยุกต์ใช้ และมี{theme['product']}ที่มีคุณภาพ")
    place = st.text(st.pick([f"โรงเรียนในสังกัดสำนักงานเขต{district} จำนวน {n_schools} โรงเรียน",
                             f"ห้องประชุมสำนักงานเขต{district} และโรงเรียนในสังกัด",
                             f"โรงเรียนในสังกัดสำนักงานเขต{district}"]))
    risks = [Risk(st.text(r), st.rng.randrange(1, 5), st.rng.randrange(1, 5), st.text(m))
             for r, m in st.sample(V.PROPOSAL_RISKS, st.rng.randrange(1, 4))]
    benefits = [st.text(b.format(**fill)) for b in st.sample(V.PROPOSAL_BENEFITS, st.rng.randrange(2, 5))]
    kpis = []
    for text, word, value, kind, formula, tool in st.sample(V.PROPOSAL_KPIS, st.rng.randrange(1, 3)):
        period = st.pick([f"ปีงบประมาณ {fy}", f"ภายในปีงบประมาณ {fy}", "ไตรมาสที่ 4"])
        kpis.append(Kpi(st.text(text), word, st.num(value), kind, st.text(formula), st.text(tool), st.text(period)))
    return Proposal(
        name=name, unit_text=unit_text, agency=agency, division=division, fy=fy, rationale=rationale,
        objectives=objectives, quantity=quantity, quality=quality, project_type=project_type, alignment=alignment,
        model=model, period_text=period_text, start=start, end=end, place=place, steps=steps, activity=activity,
        categories=cats, law=st.text(st.pick(V.PROPOSAL_LAWS)), risks=risks, benefits=benefits, kpis=kpis,
        evaluation=st.text(st.pick(V.PROPOSAL_EVALUATION)), proposer=_person(st) if plan.proposer else None,
        position=st.pick(V.POSITIONS), approver=_person(st))


# ---------------------------------------------------------------- rendering

class Numbers:
    """Section numbers in the document's style (Thai, Arabic, or mixed within a number)."""

    def __init__(self, st: Style, style: str):
        self.st, self.style = st, style

    def part(self, n: int) -> str:
        if self.style == "thai":
            return to_thai(str(n))
        if self.style == "arabic":
            return str(n)
        return to_thai(str(n)) if self.st.chance(0.5) else str(n)

    def __call__(self, *parts: int) -> str:
        s = ".".join(self.part(p) for p in parts)
        if self.style == "mixed" and len(parts) > 1 and (to_arabic(s) == s or to_thai(s) == s) and self.st.chance(0.6):
            s = to_thai(str(parts[0])) + "." + ".".join(str(p) for p in parts[1:])  # "๒.2", "๙.1"
        if self.style == "mixed" and to_arabic(s) != s and to_thai(s) != s:
            self.st.tag("section_numbers_mixed")
        return s


def _amount(st: Style, plan: Plan, v: Decimal) -> str:
    if plan.amount == "dash":
        return st.amount(v, "dash", unit=False) + "บาท" if v == v.to_integral_value() else st.amount(v, "satang")
    return st.amount(v, plan.amount)


def _sec_heading(o: Out, st: Style, num: str, title: str, indent: str = "") -> None:
    text = f"{num}. {title}" if "." not in num else f"{num} {title}"
    if st.markdown:
        o.line(md_heading(st, text, level=st.pick([0, 2, 3]), bold=st.chance(0.6)))
    else:
        o.line(indent + text)


def _cells(o: Out, cells: list[str]) -> None:
    for c in cells:
        o.line("\t" + c)


def _split_cell(st: Style, text: str, parts: int = 2) -> list[str]:
    """A long cell printed over several lines (split at spaces)."""
    words = text.split(" ")
    if len(words) < 2 or parts < 2:
        return [text]
    cut = st.rng.randrange(1, len(words))
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def render_gantt(o: Out, st: Style, plan: Plan, p: Proposal) -> None:
    st.tag("gantt_tabs" if plan.gantt == "tabs" else "gantt_cells_per_line")
    months = [MONTHS_ABBR[m] for m in (10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)]
    mark = st.pick(["■", "✓", "/"])
    if plan.gantt == "tabs":
        o.line(f"\tขั้นตอนการดำเนินงาน\tปีงบประมาณ พ.ศ. {st.num(str(p.fy))}")
        o.line("\t\t" + "\t".join(months))
        for i, (text, a, b) in enumerate(p.steps, start=1):
            marks = [mark if a <= j <= b else "" for j in range(12)]
            o.line(f"\t{st.num(str(i))}. {text}\t" + "\t".join(marks))
        o.blank()
        return
    o.line("\tขั้นตอนการดำเนินงาน")
    o.line("\t")
    o.line(f"\tปีงบประมาณ พ.ศ. {st.num(str(p.fy))}")
    o.line("")
    for m in months:
        o.line("\t" + m)
    o.line("")
    use_marks = st.chance(0.5)
    for i, (text, a, b) in enumerate(p.steps, start=1):
        pieces = _split_cell(st, text) if len(text) > 40 and st.chance(0.7) else [text]
        o.line(f"\t{st.num(str(i))}. {pieces[0]}")
        for x in pieces[1:]:
            o.line(x)
        for j in range(12):
            o.line("\t" + (mark if use_marks and a <= j <= b else ""))
        o.line("")


def _budget_line_text(st: Style, plan: Plan, x: BudgetLine) -> str:
    return (f"จำนวน {st.num(str(x.qty))} {x.unit}ๆ ละ {_amount(st, plan, x.each)} "
            f"เป็นเงิน {_amount(st, plan, x.amount)}")


def _budget_columns(o: Out, st: Style, plan: Plan, p: Proposal, total: str) -> None:
    """The budget as a table of columns: item, quantity, unit, unit amount,
    amount; a row per category (its subtotal when there are several), a row
    per line, the total; pipe table (markdown) or tab rows."""
    st.tag("budget_item_columns")
    fmt = plan.amount

    def amt(v: Decimal) -> str:
        return st.amount(v, fmt, unit=False)

    multi = len(p.categories) > 1
    o.line(f"กิจกรรม : {p.activity}")
    head = ["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"]
    rows = []
    for cat in p.categories:
        rows.append([cat.name, "", "", "", amt(sum((x.amount for x in cat.lines), Decimal(0))) if multi else ""])
        for x in cat.lines:
            rows.append([f"{st.pick(['- ', '', '  '])}{x.item}", st.num(str(x.qty)), x.unit, amt(x.each), amt(x.amount)])
    rows.append(["รวมทั้งสิ้น", "", "", "", amt(p.total)])
    o.table(head, rows, "|---|---:|---|---:|---:|")
    o.blank()
    o.para(f"กฎหมาย ระเบียบที่เกี่ยวข้อง : {p.law}")
    o.blank()


def render_budget(o: Out, st: Style, plan: Plan, p: Proposal, sec: Numbers) -> None:
    if plan.budget != "columns":
        st.tag("budget_tabs" if plan.budget == "tabs" else "budget_cells_per_line")
    words = bahttext(float(p.total))
    o.para(f"เบิกจ่ายจากงบประมาณรายจ่ายประจำปี พ.ศ.{st.num(str(p.fy))} งานงบประมาณโรงเรียน งบรายจ่ายอื่น "
           f"รายการค่าใช้จ่ายใน{p.activity.removeprefix('จัด')} เป็นเงิน {_amount(st, plan, p.total)} "
           f"({words}) ตามรายละเอียดดังนี้", prefix="\t \t")
    o.blank()
    total = _amount(st, plan, p.total).replace("บาท", "").strip() if plan.amount == "dash" else _amount(st, plan, p.total)
    multi = len(p.categories) > 1
    if plan.budget == "columns":
        _budget_columns(o, st, plan, p, total)
        return
    if plan.budget == "tabs":
        o.line("กิจกรรม\tรายการค่าใช้จ่าย\tจำนวนเงิน\tกฎหมาย ระเบียบที่เกี่ยวข้อง")
        for ci, cat in enumerate(p.categories):
            sub = _amount(st, plan, sum((x.amount for x in cat.lines), Decimal(0))) if multi else ""
            o.line(f"{p.activity if ci == 0 else ''}\t{cat.name}\t{sub}\t{p.law if ci == 0 else ''}")
            for x in cat.lines:
                o.line(f"\t- {x.item} {_budget_line_text(st, plan, x)}\t\t")
        o.line(f"รวมทั้งสิ้น\t\t{total}\t")
        o.blank()
        return
    o.line("\tกิจกรรม")
    o.line("\tรายการค่าใช้จ่าย")
    o.line("\tจำนวนเงิน")
    o.line("\tกฎหมาย ระเบียบ")
    o.line("ที่เกี่ยวข้อง")
    o.line("")
    o.line(f"\t{p.activity}")
    for cat in p.categories:
        o.line(f"\t{cat.name}")
        for x in cat.lines:
            o.line(f"- {x.item} ")
            o.line(_budget_line_text(st, plan, x))
    o.line(f"\t{total}")
    pieces = _split_cell(st, p.law)
    o.line("\t" + pieces[0])
    for x in pieces[1:]:
        o.line(x)
    o.line("")


_RISK_HEADS = ["ความเสี่ยง", "โอกาสที่จะเกิด", "ผลกระทบ", "ระดับของความเสี่ยง", "แนวทางการบริหารความเสี่ยง"]


def _risk_cells(st: Style, r: Risk) -> list[str]:
    return [r.text, st.num(str(r.likelihood)), st.num(str(r.impact)), r.level, r.mitigation]


def render_risks(o: Out, st: Style, plan: Plan, p: Proposal) -> None:
    if plan.risk == "pipe":  # a pipe table (OCR to markdown): the twin lays it out as a table
        st.tag("risk_pipe")
        o.line("| " + " | ".join(_RISK_HEADS) + " |")
        o.line("|" + "---|" * len(_RISK_HEADS))
        for r in p.risks:
            o.line("| " + " | ".join(_risk_cells(st, r)) + " |")
        o.blank()
        return
    if plan.risk == "columns":  # the table read column by column: each column's head, then its cells
        st.tag("risk_read_columns")
        cells = [_risk_cells(st, r) for r in p.risks]
        for j, head in enumerate(_RISK_HEADS):
            o.line(head)
            for row in cells:
                o.line(row[j])
            o.hard_blank()
        return
    st.tag("risk_tabs" if plan.risk == "tabs" else "risk_cells_per_line")
    if plan.risk == "tabs":
        o.line("ความเสี่ยง\tโอกาสที่จะเกิด\tผลกระทบ\tระดับของความเสี่ยง\tแนวทางการบริหารความเสี่ยง")
        for r in p.risks:
            o.line(f"{r.text}\t{st.num(str(r.likelihood))}\t{st.num(str(r.impact))}\t{r.level}\t{r.mitigation}")
        o.blank()
        return
    o.line("\tความเสี่ยง")
    o.line("\tการประเมินความเสี่ยง")
    o.line("\tแนวทาง")
    o.line("การบริหารความเสี่ยง")
    o.line("")
    o.line("\t")
    o.line("\tโอกาสที่")
    o.line("จะเกิด")
    o.line("\tผลกระทบ")
    o.line("\tระดับของ")
    o.line("ความเสี่ยง")
    o.line("\t")
    o.line("")
    for r in p.risks:
        o.line("\t" + r.text)
        o.line("")
        o.line("\t" + st.num(str(r.likelihood)))
        o.line("\t" + st.num(str(r.impact)))
        o.line("\t" + r.level)
        pieces = _split_cell(st, r.mitigation)
        o.line("\t" + pieces[0])
        for x in pieces[1:]:
            o.line(x)
        o.line("")


def render_kpis(o: Out, st: Style, plan: Plan, p: Proposal) -> None:
    st.tag("kpi_tabs" if plan.kpi == "tabs" else "kpi_cells_per_line")
    if plan.kpi == "tabs":
        o.line("ตัวชี้วัด\tค่าเป้าหมาย\tประเภทตัวชี้วัด\tวิธีการคำนวณ/เครื่องมือในการใช้วัด\tระยะเวลา")
        for k in p.kpis:
            o.line(f"{k.text}\t{k.target_value}\t{k.kind}\t{k.method}\t{k.period}")
        o.blank()
        return
    o.line("\tตัวชี้วัด")
    o.line("\tค่าเป้าหมาย")
    o.line("\tประเภท")
    o.line("ตัวชี้วัด")
    o.line("\tวิธีการคำนวณ/")
    o.line("เครื่องมือในการใช้วัด")
    o.line("\tระยะเวลา")
    o.line("")
    for k in p.kpis:
        pieces = _split_cell(st, k.text) if len(k.text) > 50 else [k.text]
        o.line("\t" + pieces[0])
        for x in pieces[1:]:
            o.line(x)
        o.line("\t" + k.word)
        o.line(k.value)
        o.line("\t" + k.kind)
        o.line("\t- วิธีการคำนวณ")
        o.line(k.formula)
        o.line(f"- เครื่องมือที่ใช้ในการวัด {k.tool}")
        o.line("\t" + k.period)
        o.line("")


def _list_column(o: Out, st: Style, plan: Plan, items: list[tuple[str, str]]) -> None:
    """A numbered list whose numbers stand in a narrow column beside their
    items: a tab between number and item on each line (the twin lays the
    lines out as a table, so OCR may read the numbers apart), or the text as
    read column by column (the numbers, then the items)."""
    if plan.list_column == "tabs":
        st.tag("list_numbers_column_tabs")
        for num, text in items:
            o.line(f"{num}\t{text}")
        return
    st.tag("list_numbers_column_read")
    for num, _ in items:
        o.line(num)
    o.hard_blank()
    for _, text in items:
        o.para(text, prefix="\t\t")
    o.hard_blank()


_LETTERS = "กขคงจฉชซ"


def _list_marks(o: Out, st: Style, plan: Plan, items: list[str]) -> None:
    """A list marked with bullets, dashes or Thai letters ('ก.', 'ข.') instead of numbers."""
    st.tag("list_bullets_letters")
    for i, text in enumerate(items):
        mark = {"bullet": "•", "dash": "-", "letters": f"{_LETTERS[i]}."}[plan.list_marks]
        o.para(text, prefix=f"\t\t{mark} ", cont="\t\t  ")


def render(st: Style, plan: Plan, p: Proposal, signature: bool) -> list[str]:
    o = Out(st)
    sec = Numbers(st, plan.sections)
    fy_text = f"พ.ศ. {st.num(str(p.fy))}"
    if plan.title_block == "tabs":
        st.tag("title_block_table")
        o.line(f"ชื่อโครงการ\t\t{p.name}")
        o.line(f"หน่วยงานที่รับผิดชอบ\t{p.unit_text}")
        o.line(f"ปีงบประมาณ\t\t{fy_text}")
    elif plan.title_block == "cells":
        st.tag("title_block_table")
        for label, value in (("ชื่อโครงการ", p.name), ("หน่วยงานที่รับผิดชอบ", p.unit_text), ("ปีงบประมาณ", fy_text)):
            o.line(label)
            o.line(value)
    else:
        o.para(f"ชื่อโครงการ : {p.name}")
        o.para(f"หน่วยงานที่รับผิดชอบ : {p.unit_text}")
        o.line(f"ปีงบประมาณ : {fy_text}")
    o.hard_blank()
    if plan.sections != "mixed":
        st.tag(f"section_numbers_{plan.sections}")
    _sec_heading(o, st, sec(1), "หลักการและเหตุผล")
    for para in p.rationale:
        o.para(para, prefix="\t\t")
    _sec_heading(o, st, sec(2), "วัตถุประสงค์")
    if plan.list_marks:
        _list_marks(o, st, plan, p.objectives)
    elif plan.list_column:
        _list_column(o, st, plan, [(f"\t\t{sec(2, i)}", t) for i, t in enumerate(p.objectives, start=1)])
    for i, text in enumerate(p.objectives if not (plan.list_column or plan.list_marks) else [], start=1):
        o.para(text, prefix=f"\t\t{sec(2, i)} ")
    _sec_heading(o, st, sec(3), "เป้าหมาย")
    o.line(f"\t\t{sec(3, 1)} ด้านปริมาณ")
    o.para(p.quantity, prefix="      ")
    o.line(f"\t\t{sec(3, 2)} ด้านคุณภาพ")
    o.para(p.quality, prefix="\t\t      ")
    _sec_heading(o, st, sec(4), "ลักษณะของโครงการ")
    o.line(f"\tประเภทโครงการ {p.project_type}" if st.chance(0.5) else f"\tประเภทโครงการ : {p.project_type}")
    o.para(p.alignment, prefix="\t")
    o.para(f"รูปแบบโครงการ : {p.model}", prefix="  \t")
    _sec_heading(o, st, sec(5), "ระยะเวลาและสถานที่ดำเนินการ")
    st.tag({"exact": "period_exact_dates", "month": "period_month_range", "month_abbr_yy": "period_month_abbr_yy",
            "month_split": "period_month_split_years" if p.start.year != p.end.year else "period_month_abbr_yy"}[plan.period])
    o.line(f"ระยะเวลาดำเนินการ : {p.period_text}")
    o.line(f"\t\t\tสถานที่ดำเนินการ    : {p.place}")
    _sec_heading(o, st, sec(6), "แผนปฏิบัติการ", indent="  ")
    render_gantt(o, st, plan, p)
    _sec_heading(o, st, sec(7), "งบประมาณ")
    render_budget(o, st, plan, p, sec)
    _sec_heading(o, st, sec(8), " ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง".strip())
    render_risks(o, st, plan, p)
    _sec_heading(o, st, sec(9), "ประโยชน์ที่คาดว่าจะได้รับ")
    if plan.list_marks:
        _list_marks(o, st, plan, p.benefits)
    elif plan.list_column:
        _list_column(o, st, plan, [(f"\t\t{sec(9, i)}", t) for i, t in enumerate(p.benefits, start=1)])
    for i, text in enumerate(p.benefits if not (plan.list_column or plan.list_marks) else [], start=1):
        o.para(text, prefix=f"\t\t{sec(9, i)} " if i != 2 else f"{sec(9, i)} ")
    o.line("")
    _sec_heading(o, st, sec(10), "การติดตามประเมินผล")
    o.line(f"\t\t{sec(10, 1)} ตัวชี้วัดความสำเร็จ")
    render_kpis(o, st, plan, p)
    o.line(f"{sec(10, 2)} การติดตามความก้าวหน้า")
    for i, text in enumerate(V.PROPOSAL_FOLLOWUP, start=1):
        o.line(f"        {sec(10, 2, i)} {text}")
    o.line(f"\t\t{sec(10, 3)} การประเมินผลโครงการ ")
    o.line(f"\t\t        {p.evaluation}")
    if signature:
        o.line(" ")
        o.line("\t\t\t\t\t(ลงชื่อ)......................................................ผู้เสนอโครงการ")
        if p.proposer:
            st.tag("proposer_parens")
            o.line(f"\t\t\t\t\t      ({p.proposer})")
            o.line(f"\t\t\t\t\tตำแหน่ง {p.position}")
        o.line("")
        o.line("")
        o.line("\t\t\t\t\t(ลงชื่อ)......................................................ผู้เห็นชอบโครงการ")
        if p.proposer:
            o.line(f"\t\t\t\t\t      ({p.approver})")
        o.line("")
        o.line("\t\t\t\t\t(ลงชื่อ)......................................................ผู้อนุมัติโครงการ")
    return o.lines


# ---------------------------------------------------------------- truth

def truth(p: Proposal, n_copies: int) -> dict:
    expenses = []
    for cat in p.categories:
        for x in cat.lines:
            expenses.append({"report_seq": None, "seq": len(expenses) + 1, "item": x.item, "category": cat.name,
                             "unit": x.unit, "quantity": money_json(Decimal(x.qty)), "unit_amount": money_json(x.each),
                             "amount": money_json(x.amount)})
    targets = [
        {"kind": "quantity", "seq": 1, "quarter": None, "aspect": None, "text": p.quantity,
         "target_value": None, "indicator_type": None, "method": None, "period": None},
        {"kind": "quality", "seq": 2, "quarter": None, "aspect": None, "text": p.quality,
         "target_value": None, "indicator_type": None, "method": None, "period": None},
    ] + [{"kind": "indicator", "seq": i, "quarter": None, "aspect": None, "text": k.text, "target_value": k.target_value,
          "indicator_type": k.kind, "method": k.method, "period": k.period} for i, k in enumerate(p.kpis, start=1)]
    findings = [{"quarter": None, "kind": "benefit", "seq": i, "aspect": None, "text": t}
                for i, t in enumerate(p.benefits, start=1)]
    findings += [{"quarter": None, "kind": "risk", "seq": i, "aspect": None, "text": r.text,
                  "likelihood": str(r.likelihood), "impact": str(r.impact), "level": r.level, "mitigation": r.mitigation}
                 for i, r in enumerate(p.risks, start=1)]
    return {
        "doc_type": DOC_TYPE, "project_code": None, "name": p.name, "fiscal_year_be": p.fy, "fiscal_year": p.fy - 543,
        "start_date": p.start.isoformat(), "end_date": p.end.isoformat(), "budget_allocated": money_json(p.total),
        "budget_spent": None, "agency": p.agency, "division": p.division, "section": None,
        "owner_name": p.proposer, "owner_phone": None, "coordinator_name": None, "coordinator_phone": None,
        "rationale": " ".join(p.rationale), "strategy_issue": None, "strategy_sub_issue": None, "strategy_goal": None,
        "indicator": None, "project_type": p.project_type, "project_model": p.model, "period_text": p.period_text,
        "place": p.place, "group_seq": None, "plan_status": None, "n_copies": n_copies,
        "objectives": [{"seq": i, "text": t} for i, t in enumerate(p.objectives, start=1)],
        "targets": targets,
        "progress_reports": [],
        "expenses": expenses,
        "activities": [{"quarter": None, "seq": i, "text": t} for i, (t, _, _) in enumerate(p.steps, start=1)],
        "findings": findings,
        "alignments": [{"quarter": None, "seq": 1, "plan": "ลักษณะของโครงการ", "text": p.alignment}],
        "quarterly_budgets": [],
    }


def sibling(st: Style, plan: Plan, theme: dict, first: Proposal, registry: set[str]) -> Proposal:
    """A sibling of `first`, as an agency files them: the same name template
    for another district (names apart in the district's name alone), the
    same fiscal year, period and approver; its own body (objectives, targets,
    budget lines, risks, KPIs, proposer), as each district plans its own."""
    while True:
        district = st.pick(V.BKK_DISTRICTS)
        key = theme["name"].format(district=district)
        if key not in registry:
            registry.add(key)
            break
    p = make_proposal(st, plan, theme, district, first.fy)
    return replace(p, period_text=first.period_text, start=first.start, end=first.end, approver=first.approver)


def build(plan: Plan, registry: set[str], index: int) -> tuple[list[str], list[list[int]], dict, list[str], list[list[str]]]:
    st = Style(plan.name, digits=plan.digits, markdown=plan.markdown, wrap=plan.wrap, blank_between=plan.blank_between)
    theme = V.PROPOSAL_THEMES[index % len(V.PROPOSAL_THEMES)]
    while True:
        district = st.pick(V.BKK_DISTRICTS)
        key = theme["name"].format(district=district)
        if key not in registry:
            registry.add(key)
            break
    fy = st.rng.randrange(2566, 2571)
    p = make_proposal(st, plan, theme, district, fy)
    proposals = [p]
    if plan.siblings:
        proposals.append(sibling(st, plan, theme, p, registry))
        parts = [render(st, plan, x, True) for x in proposals]  # each proposal signed by its proposer
        st.tag("multi_project", "sibling_projects")
    else:
        parts = [render(st, plan, p, plan.signature_each or c == plan.copies - 1) for c in range(plan.copies)]
    if plan.copies > 1:
        st.tag("copies_2", "signature_each_copy" if plan.signature_each else "signature_end_only")
    if plan.one_line:
        st.tags = {t for t in st.tags if not t.startswith(("gantt_", "budget_", "risk_", "kpi_", "title_block", "wrapped",
                                                             "list_numbers"))}
        st.tag("one_line")
        lines, pages = one_line(parts)
    else:
        header = None
        if plan.furniture["header"]:
            header = st.pick([f"โครงการ{p.name}", f"สำนักงานเขต{district}"])
            if plan.header_wrapped:  # a longer header line, too long for the page
                header = wrap_header(st, st.pick([f"โครงการ{p.name} สำนักงานเขต{district}",
                                                  f"สำนักงานเขต{district} โครงการ{p.name} ปีงบประมาณ พ.ศ. {st.num(str(p.fy))}"]))
        fur = Furniture(header=header, header_first=plan.header_first, number=plan.furniture["number"], number_top=st.chance(0.6),
                        printed_by=printed_by_line(st, "BMA Digital Plans", p.start - timedelta(days=st.rng.randrange(20, 60)))
                        if plan.furniture["printed"] else None,
                        page_gap=st.rng.randrange(2, 5), capacity=st.rng.randrange(40, 52))
        lines, pages = assemble(st, parts, fur, new_page_each_copy=plan.new_page)
    st.tag("markdown" if st.markdown else "plain")
    if plan.digits != "mixed":
        st.tag(f"digits_{plan.digits}")
    expected = {"document": {"doc_type": DOC_TYPE, "n_copies": plan.copies},
                "projects": [truth(x, plan.copies) for x in proposals]}
    return lines, pages, expected, sorted(st.tags), parts
