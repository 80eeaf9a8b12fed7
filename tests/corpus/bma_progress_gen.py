"""BMA progress-report forms (แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ).

``plans(n)`` chooses each document's layout variants (every variant spread
over several documents); ``build(plan, registry)`` makes the document's
projects (the truth), renders them, and returns the text lines, the page
ranges, the expected JSON and the variant tags actually used.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from . import vocab as V
from .layout import (
    PAGE_BREAK,
    Furniture,
    Out,
    Style,
    assemble,
    fiscal_month,
    few_lines,
    fiscal_window,
    header_variants,
    md_heading,
    money_json,
    month_end,
    one_line,
    printed_by_line,
    spread,
    to_thai,
    wrap_header,
)

DOC_TYPE = "bma_progress"
FORM_TITLE = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"
ENTRY_LAYOUTS = ["line_groups", "table_rows", "table_columns", "paragraph"]


# ---------------------------------------------------------------- model

@dataclass
class Expense:
    item: str
    amount: Decimal
    unit: str | None = None
    qty: int | None = None
    each: Decimal | None = None
    fmt: str = "simple"  # simple | times | each


@dataclass
class Entry:
    seq: int
    day: date
    lines: list[str]  # description lines (the first may be "": text starts on the next line)
    progress: float
    disbursed: Decimal
    on_plan: bool = True
    on_target: bool = True
    cancelled: bool = False
    expenses: list[Expense] = field(default_factory=list)

    @property
    def description(self) -> str:
        return " ".join(x for x in self.lines if x)


@dataclass
class Target:
    kind: str  # quantity | quality
    head: str  # text after the heading ("" if none)
    items: list[str]

    @property
    def text(self) -> str:
        return " ".join(x for x in [self.head, *self.items] if x)


@dataclass
class Project:
    code: str
    name: str
    fy: int
    start: date
    end: date
    allocated: Decimal
    agency: str
    division: str | None
    section: str | None
    owner_name: str
    owner_phone: str | None
    coordinator_name: str
    coordinator_phone: str
    rationale: list[str]
    objectives: list[str]
    targets: list[Target]
    strategy: tuple[str, str, str, str]
    strategy_stars: bool
    entries: list[Entry]

    @property
    def spent(self) -> Decimal:
        return sum((e.disbursed for e in self.entries), Decimal(0))

    @property
    def plan_status(self) -> str:
        if any(e.cancelled for e in self.entries):
            return "cancelled"
        return "completed" if self.entries and self.entries[-1].progress >= 100 else "in_progress"


# ---------------------------------------------------------------- plans

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
    other_layout: bool = False
    new_page: bool = True
    signature_each: bool = False
    n_projects: int = 1
    header_layout: str = "one"  # one | tab | spaces
    swapped: bool = False
    header_date: str = "iso_time"
    amount: str = "commas"
    phone: str = "bare"
    phone_thai: bool = False
    owner_unit: bool = False
    objectives: str = "arabic"
    target_on_heading: bool = False
    items_wrapped: bool = False
    entries: str = "line_groups"
    report_date: str = "dmy"
    progress: str = "2dp"
    expense: str = "simple"
    late: bool = False
    cancel: bool = False
    label_dots: bool = True
    # the later variants (generate.LATE_VARIANT_SETS only)
    header_first: bool = False  # the running header is the only furniture, on page 1 too
    header_wrapped: bool = False  # the running header's tail wrapped onto a line of its own
    few_lines: bool = False  # the form run together on a few lines, each opening at a heading
    false_label: bool = False  # an entry's expense lines go on over a page break under the next entry's label
    # the newer variants (generate.NEWER_VARIANT_SETS only)
    side_width: int = 2  # entries side by side: how many entries a table holds
    cover: bool = False  # a cover page before the form: agency, project name, code, fiscal year
    million: bool = False  # the allocated budget in millions: '0.35 ล้านบาท' / '1.2 ล้าน'
    # the newest variants (fresh sets only)
    siblings: bool = False  # the file's projects are one agency's siblings: codes in a row, names alike but the district


def plans(n: int, tag: str = "", later: bool = False, newer: bool = False, newest: bool = False) -> list[Plan]:
    """`n` document plans; `tag` names another set (the held-out corpus):
    other names (so other data), other variant shuffles; `later` adds the
    later variants (header on every page, wrapped header, few lines,
    side-by-side entry tables); `newer` the newer ones (three or four entries
    a table, a cover page, report dates in mixed forms with two-digit years,
    amounts in millions or with the dash after the unit); `newest` the
    newest (a file of sibling projects: one agency's, codes in a row, named
    alike but for their district)."""
    import random
    rng = random.Random(f"{tag}20240601" if tag else 20240601)
    names = [f"bma_progress_{tag}{i + 1:03d}" for i in range(n)]
    digits = spread(rng, tag + "bp.digits", ["arabic", "thai", "mixed"], n)
    md = spread(rng, tag + "bp.md", [True, False], n)
    wrapw = spread(rng, tag + "bp.wrap", [None, None, 70, 90], n)
    blank = spread(rng, tag + "bp.blank", [True, True, False], n)
    fheader = spread(rng, tag + "bp.fheader", [True, False], n)
    fnumber = spread(rng, tag + "bp.fnumber", [None, "dash", "n_of_m", "n_jak_m"], n)
    fprinted = spread(rng, tag + "bp.fprinted", [True, False, False], n)
    header = spread(rng, tag + "bp.header", ["one", "tab", "spaces"], n)
    swapped = spread(rng, tag + "bp.swapped", [True, False, False], n)
    hdate = spread(rng, tag + "bp.hdate", ["iso_time", "dmy", "thai_full"], n)
    amount = spread(rng, tag + "bp.amount", ["commas", "satang", "dash", "plain", "baht_sign"], n)
    phone = spread(rng, tag + "bp.phone", ["bare", "tho_dot", "tho_space", "paren"], n)
    phone_thai = spread(rng, tag + "bp.phonethai", [True, False, False], n)
    owner_unit = spread(rng, tag + "bp.ownerunit", [True, False, False, False], n)
    objectives = spread(rng, tag + "bp.obj", ["arabic", "thai_dot", "sub", "paren", "dash", "unnumbered"], n)
    on_heading = spread(rng, tag + "bp.onheading", [True, False], n)
    items_wrapped = spread(rng, tag + "bp.itemswrapped", [True, False, False], n)
    entries = spread(rng, tag + "bp.entries", ENTRY_LAYOUTS, n)
    rdate = spread(rng, tag + "bp.rdate", ["dmy", "ddmm", "iso", "thai_abbr", "thai_full"], n)
    progress = spread(rng, tag + "bp.progress", ["2dp", "1dp", "bare"], n)
    expense = spread(rng, tag + "bp.expense", ["simple", "times", "each"], n)
    late = spread(rng, tag + "bp.late", [True, False, False], n)
    cancel = spread(rng, tag + "bp.cancel", [True, False, False, False, False], n)
    dots = spread(rng, tag + "bp.dots", [True, False], n)
    out = []
    for i, name in enumerate(names):
        out.append(Plan(
            name=name, digits=digits[i], markdown=md[i], wrap=wrapw[i], blank_between=blank[i] or md[i],
            furniture={"header": fheader[i], "number": fnumber[i], "printed": fprinted[i]},
            header_layout=header[i], swapped=swapped[i], header_date=hdate[i], amount=amount[i], phone=phone[i],
            phone_thai=phone_thai[i] or digits[i] == "thai", owner_unit=owner_unit[i], objectives=objectives[i],
            target_on_heading=on_heading[i], items_wrapped=items_wrapped[i], entries=entries[i],
            report_date=rdate[i], progress=progress[i], expense=expense[i], late=late[i], cancel=cancel[i],
            label_dots=dots[i],
        ))
    # documents with special structure, at fixed positions of the list
    copies = {2: 2, 5: 3, 8: 2, 11: 4, 14: 2, 17: 3, 20: 2, 23: 4, 26: 2, 29: 3, 32: 2}
    other_layout = {5, 11, 20, 29}
    no_break = {8, 11, 17, 26}
    sig_each = {2, 5, 14, 23, 29}
    for i, k in copies.items():
        if i < n:
            p = out[i]
            p.copies, p.other_layout, p.new_page, p.signature_each = k, i in other_layout, i not in no_break, i in sig_each
    for i, k in {6: 2, 15: 3, 24: 2}.items():  # several projects in one file
        if i < n:
            out[i].n_projects = k
            out[i].signature_each = i != 15
    for i in (9, 30):  # a whole form on one line
        if i < n:
            out[i].one_line = True
            out[i].markdown = False
            out[i].wrap = None
    if later:
        header_only = spread(rng, tag + "bp.headeronly", [True, False], n)
        header_wrapped = spread(rng, tag + "bp.headerwrapped", [True, False, False], n)
        side = spread(rng, tag + "bp.sidebyside", [True, False, False], n)
        false_label = spread(rng, tag + "bp.falselabel", [True, True, False], n)
        for i, p in enumerate(out):
            header_variants(p, header_only[i], header_wrapped[i])
            if side[i]:
                p.entries = "side_by_side"
            p.false_label = false_label[i] and p.entries == "line_groups"
        for i in (3, 12, 18):  # a form on a few lines, broken before headings
            if i < n and not out[i].one_line:
                out[i].few_lines, out[i].markdown, out[i].wrap = True, False, None
    if newer:
        wide = spread(rng, tag + "bp.wide", [3, 4, None, None, None, None], n)
        cover = spread(rng, tag + "bp.cover", [True, False, False], n)
        mixed_dates = spread(rng, tag + "bp.mixeddates", [True, False], n)
        million = spread(rng, tag + "bp.million", [True, False, False], n)
        baht_dash = spread(rng, tag + "bp.bahtdash", [True, False, False, False], n)
        for i, p in enumerate(out):
            if wide[i]:
                p.entries, p.side_width = "side_by_side", wide[i]
                p.false_label = False
            p.cover = cover[i] and not (p.one_line or p.few_lines)
            if mixed_dates[i]:
                p.report_date = "mixed_forms"
            p.million = million[i]
            if baht_dash[i]:
                p.amount = "baht_dash"
    if newest and n > 1 and not out[1].one_line and out[1].copies == 1:  # sibling projects in one file
        out[1].n_projects, out[1].siblings = 2, True
    return out


# ---------------------------------------------------------------- building the model

_EXTRA_SATANG = [Decimal("0.50"), Decimal("0.25"), Decimal("0.75")]


def _person(st: Style) -> str:
    if st.chance(0.5):
        return f"นาย{st.pick(V.GIVEN_M)} {st.pick(V.SURNAMES)}"
    return f"{st.pick(['นาง', 'นางสาว'])}{st.pick(V.GIVEN_F)} {st.pick(V.SURNAMES)}"


def _phone(st: Style) -> str:
    return str(st.rng.randrange(1000, 9999))


def siblings(st: Style, projects: list[Project], registry: set[str]) -> list[Project]:
    """The projects made one agency's siblings, as an agency files them: the
    first's agency, division and section, codes numbered on from the first's,
    each named as the first but for the district it serves (names that agree
    but for their last words: only the code, a digit apart, and the texts
    tell them apart); in half the files the first's rationale too (then only
    the district's name and the code do)."""
    first = projects[0]
    same_rationale = st.chance(0.5)
    stem = first.name.split(" สังกัดสำนักงานเขต")[0]
    districts = st.sample(V.BKK_DISTRICTS, len(projects))
    prefix, number = first.code.split("-")
    out = []
    for k, p in enumerate(projects):
        code = first.code
        if k:
            n = int(number) + k
            while f"{prefix}-{n}" in registry:
                n += 1
            code = f"{prefix}-{n}"
            registry.add(code)
        out.append(replace(p, code=code, name=st.text(f"{stem} สังกัดสำนักงานเขต{districts[k]}"), agency=first.agency,
                           division=first.division, section=first.section,
                           rationale=first.rationale if same_rationale else p.rationale))
    return out


def _code(st: Style, prefix: str, registry: set[str]) -> str:
    while True:
        code = f"{prefix}-{st.rng.randrange(1000, 9999)}"
        if code not in registry:
            registry.add(code)
            return code


def _expenses(st: Style, plan: Plan, fmt: str, k: int) -> list[Expense]:
    out: list[Expense] = []
    used: set[str] = set()
    for _ in range(k):
        if fmt == "simple":
            item = st.pick([x for x in V.EXPENSE_SIMPLE if x not in used] or V.EXPENSE_SIMPLE)
            used.add(item)
            amount = Decimal(st.rng.randrange(5, 200) * 100)
            if plan.amount == "satang" and st.chance(0.4):
                amount += st.pick(_EXTRA_SATANG)
            out.append(Expense(item, amount))
        else:
            item, unit, (lo, hi), eaches = st.pick([x for x in V.EXPENSE_UNITS if x[0] not in used] or V.EXPENSE_UNITS)
            used.add(item)
            qty = st.rng.randrange(lo, hi + 1)
            each = Decimal(st.pick(eaches))
            if plan.amount == "satang" and unit == "คน" and st.chance(0.5):
                each = Decimal(str(st.pick(V.EXPENSE_SATANG_UNIT)))
            out.append(Expense(item, qty * each, unit, qty, each, fmt))
    return out


def _progress_values(st: Style, n: int, last: float, allow_half: bool) -> list[float]:
    """n non-decreasing progress values ending at `last`."""
    steps = sorted(st.rng.randrange(1, max(2, int(last))) for _ in range(n - 1))
    vals = [float(max(1, s)) for s in steps] + [float(last)]
    if allow_half:
        vals = [v + 0.5 if v < last and st.chance(0.2) else v for v in vals]
    out = []
    prev = 0.0
    for v in vals:
        v = max(v, prev)
        out.append(v)
        prev = v
    return out


def make_project(st: Style, plan: Plan, registry: set[str], fy: int, n_entries: int, status: str) -> Project:
    theme = st.pick(V.BMA_THEMES)
    district = st.pick(V.BKK_DISTRICTS)
    if st.chance(0.45):
        division, section = st.pick(V.EDU_UNITS)
        agency, prefix = V.EDU_AGENCY, "09000000"
        if st.chance(0.2):
            section = None
    else:
        agency = f"สำนักงานเขต{district}"
        prefix = f"50{V.BKK_DISTRICTS.index(district) + 10:02d}0000"
        division = st.pick(V.DISTRICT_SECTIONS)
        section = division if st.chance(0.7) else None
    code = _code(st, prefix, registry)
    name_base = st.pick(theme["names"])
    suffix = st.pick(V.NAME_SUFFIXES).format(fy=fy, district=district)
    name = st.text(name_base + suffix)
    start, end = fiscal_window(fy)

    # people
    if plan.owner_unit:
        owner_name, owner_phone = division or agency, None
    else:
        owner_name, owner_phone = _person(st), _phone(st)
    coordinator_name, coordinator_phone = _person(st), _phone(st)

    fill = {"agency": agency, "district": district, "focus": theme["focus"], "n_schools": st.rng.randrange(5, 440),
            "n_teachers": f"{st.rng.randrange(1000, 15000):,}", "focus_name": name_base.removeprefix("โครงการ"),
            "activity": theme["activity"]}
    sentences = [st.pick(V.RATIONALE_OPEN)] + st.sample(V.RATIONALE_MID, st.rng.randrange(2, 4)) + \
        st.sample(V.RATIONALE_CLOSE, st.rng.randrange(1, 3))
    sentences = [st.text(s.format(**fill)) for s in sentences]
    paras: list[str] = []
    i = 0
    while i < len(sentences):
        k = st.rng.randrange(1, 3)
        paras.append(" ".join(sentences[i:i + k]))
        i += k
    objectives = [st.text(s.format(**fill)) for s in st.sample(V.OBJECTIVES, st.rng.randrange(2, 6))]

    head, items = st.pick(V.QUANTITY_TARGETS)
    a, b, c = st.rng.randrange(40, 800), st.rng.randrange(5, 60), st.rng.randrange(3, 40)
    nums = {"total": a + b + c, "a": a, "b": b, "c": c, "k": len(items) or 5, "district": district}
    if not items:
        nums["total"] = st.rng.randrange(5, 40)
    if "{k}" in head:
        items = items[: st.rng.randrange(3, len(items) + 1)]
        nums["k"] = len(items)
    quantity = Target("quantity", st.text(head.format(**nums)), [st.text(x.format(**nums)) for x in items])
    qitems = st.sample(V.QUALITY_ITEMS, st.rng.randrange(1, 4))
    if len(qitems) > 1 and st.chance(0.5):
        qitems = [f"{j}) {x}" for j, x in enumerate(qitems, start=1)]
    quality = Target("quality", "", [st.text(x) for x in qitems])
    strategy = tuple(st.text(x.format(fy=fy)) for x in st.pick(V.STRATEGIES))

    entries = make_entries(st, plan, fy, n_entries, status, theme)
    spent = sum((e.disbursed for e in entries), Decimal(0))
    if spent:
        frac = Decimal(st.pick(["1.0", "0.95", "0.9", "0.8", "0.7"] if status == "completed" else ["0.8", "0.6", "0.5"]))
        allocated = (spent / frac / 100).to_integral_value(rounding="ROUND_CEILING") * 100
    else:
        allocated = Decimal(st.rng.randrange(50, 5000) * 500)
    if plan.million:  # a budget said in millions: a round figure of at least 0.1 million
        allocated = max(allocated, Decimal(st.rng.randrange(10, 150) * 10000))
        allocated = (allocated / 10000).to_integral_value(rounding="ROUND_CEILING") * 10000
    return Project(code, name, fy, start, end, allocated, agency, division, section, owner_name, owner_phone,
                   coordinator_name, coordinator_phone, paras, objectives, [quantity, quality], strategy,
                   st.chance(0.7), entries)


def make_entries(st: Style, plan: Plan, fy: int, n: int, status: str, theme: dict) -> list[Entry]:
    first_month = st.rng.randrange(0, max(1, 12 - n) + 1) if status != "completed" else max(0, 12 - n - st.rng.randrange(0, 2))
    months = sorted(st.sample(range(first_month, 12), n)) if 12 - first_month >= n else list(range(12 - n, 12))
    days = []
    for mi in months:
        y, m = fiscal_month(fy, mi)
        days.append(date(y, m, st.rng.randrange(1, month_end(y, m).day + 1)))
    n_live = n - 1 if status == "cancelled" else n
    last = 100.0 if status == "completed" else float(st.rng.randrange(20, 91))
    progress = _progress_values(st, n_live, last, plan.progress != "bare" or st.chance(0.3))
    if status == "cancelled":
        progress.append(progress[-1] if progress else 0.0)
    fill = {"activity": theme["activity"], "n": st.rng.randrange(10, 90)}
    entries: list[Entry] = []
    late_at = set()
    if plan.late and n_live >= 3:
        late_at = set(st.sample(range(1, max(2, (n_live + 1) // 2)), 1))
        if n_live >= 6 and st.chance(0.5):
            late_at.add(st.rng.randrange((n_live + 1) // 2, n_live - (status == "completed")))
    early = st.sample(V.STEPS_EARLY, min(len(V.STEPS_EARLY), n))
    kinds = []
    for i in range(n):
        if status == "cancelled" and i == n - 1:
            kinds.append("cancel")
        elif i in late_at:
            kinds.append("late")
        elif status == "completed" and i == n - 1:
            kinds.append("end")
        elif i < 2 or (i < 4 and st.chance(0.3)):
            kinds.append("early")
        else:
            kinds.append("middle")
    # the middle steps, preparing before doing
    middle = []
    for _ in range(kinds.count("middle")):
        if st.chance(0.3):
            phase, head, items = st.pick(V.STEPS_LISTS)
            keep_head = "ฉบับ" in head or not st.chance(0.25)  # a list of actions may start on the next line
            middle.append((phase, [head if keep_head else ""] + items))
        else:
            phase, text = st.pick(V.STEPS_MID)
            middle.append((phase, [text]))
    middle.sort(key=lambda x: x[0])
    middle_lines = iter(lines for _, lines in middle)
    for i in range(n):
        d = days[i]
        fill["day_text"] = st.date_text(d - timedelta(days=st.rng.randrange(3, 12)), "thai_full")
        lines = {"cancel": lambda: [st.pick(V.CANCEL_REASONS)], "late": lambda: [st.pick(V.STEPS_LATE)],
                 "end": lambda: [st.pick(V.STEPS_END)], "early": lambda: [early[i]],
                 "middle": lambda: next(middle_lines)}[kinds[i]]()
        lines = [st.text(x.format(**fill)) if x else "" for x in lines]
        if lines[0] == "" and len(lines) == 1:
            lines = ["ดำเนินการตามแผน"]
        e = Entry(i + 1, d, lines, progress[i], Decimal(0))
        if i in late_at:
            e.on_plan = False
            e.on_target = not st.chance(0.5)
        if status == "cancelled" and i == n - 1:
            e.cancelled = True
            e.on_plan = e.on_target = not st.chance(0.5)
        entries.append(e)
    # disbursements: a few entries pay, most with expense lines adding up to the payment
    payable = [e for e in entries[1:] if not e.cancelled] or entries[:1]
    k = {"completed": st.rng.randrange(1, 4), "in_progress": st.rng.randrange(1, 3), "cancelled": 1}[status]
    k = min(k, len(payable))
    paying = sorted(st.sample(payable, k), key=lambda e: e.seq)
    if status == "completed" and entries[-1] not in paying:
        paying[-1:] = [entries[-1]] if paying else [entries[-1]]
    for j, e in enumerate(paying):
        if j == 0 or st.chance(0.7):
            e.expenses = _expenses(st, plan, plan.expense, st.rng.randrange(1, 4))
            e.disbursed = sum((x.amount for x in e.expenses), Decimal(0))
        else:
            e.disbursed = Decimal(st.rng.randrange(10, 500) * 100)
            if plan.amount == "satang":
                e.disbursed += st.pick(_EXTRA_SATANG)
    return entries


# ---------------------------------------------------------------- rendering

def _label(base: str, dots: str, plan: Plan) -> str:
    return base + (dots if plan.label_dots else "")


def _person_text(st: Style, plan: Plan, name: str, phone: str | None) -> str:
    if phone is None:
        st.tag("owner_unit_no_phone")
        return name
    ph = to_thai(phone) if plan.phone_thai else phone
    if plan.phone_thai:
        st.tag("phone_thai_digits")
    st.tag(f"phone_{plan.phone}")
    return {"bare": f"{name} {ph}", "tho_dot": f"{name} โทร.{ph}", "tho_space": f"{name} โทร {ph}",
            "paren": f"{name} (โทร. {ph})"}[plan.phone]


def _header_values(st: Style, plan: Plan, p: Project) -> dict[str, tuple[str, str]]:
    code = st.num(p.code) if plan.digits != "arabic" and st.chance(0.5) else p.code
    unit = " / ".join(x for x in (p.agency, p.division, p.section) if x)
    st.tag({"iso_time": "header_date_iso", "dmy": "header_date_dmy", "thai_full": "header_date_thai_month"}[plan.header_date])
    st.tag(f"amount_{plan.amount}")
    return {
        "name": ("ชื่อโครงการ/กิจกรรม", p.name),
        "code": (_label("รหัสโครงการ", "...", plan), code),
        "fy": ("ปีงบประมาณ พ.ศ.", st.num(str(p.fy))),
        "start": ("เริ่มต้นโครงการ", st.date_text(p.start, plan.header_date)),
        "allocated": ("งบประมาณที่ได้รับ", _million(st, p.allocated) if plan.million else st.amount(p.allocated, plan.amount)),
        "end": ("สิ้นสุดโครงการ", st.date_text(p.end, plan.header_date)),
        "spent": ("งบประมาณที่ใช้ไป", st.amount(p.spent, plan.amount)),
        "unit": (_label("หน่วยงานที่รับผิดชอบ", ".", plan), unit),
        "owner": (_label("ชื่อผู้รับผิดชอบ", "...", plan), _person_text(st, plan, p.owner_name, p.owner_phone)),
        "coordinator": ("ผู้ประสานงาน สยป", _person_text(st, plan, p.coordinator_name, p.coordinator_phone)),
    }


def _million(st: Style, v: Decimal) -> str:
    """An amount in millions of baht, exact: 350,000 -> '0.35 ล้านบาท' (or 'ล้าน')."""
    st.tag("amount_million")
    m = format((Decimal(v) / 1_000_000).normalize(), "f")
    return f"{st.num(m)} {st.pick(['ล้านบาท', 'ล้านบาท', 'ล้าน'])}"


HEADING_STARTS = ("1. ชื่อโครงการ", "1.1 รหัสโครงการ", "1.2 หน่วยงาน", "1.3 หลักการ", "1.4 วัตถุประสงค์", "1.5 เป้าหมาย",
                  "1.6 สนับสนุนแผน", "2. รายงานความก้าวหน้า", FORM_TITLE)


def _heading(o: Out, st: Style, text: str) -> None:
    o.blank()
    o.line(md_heading(st, text, level=0 if st.markdown else None, bold=True) if st.markdown else text)
    o.blank()


def _fields(o: Out, st: Style, plan: Plan, vals: dict, groups: list[list[tuple[str, ...]]]) -> None:
    """Header fields: one per line, or two per line (a two-column form read row by row)."""
    for rows in groups:
        for row in rows:
            if plan.header_layout == "one" or len(row) == 1:
                for key in row:
                    label, value = vals[key]
                    o.para(f"{label} : {value}")
                    o.blank()
            else:
                sep = "\t" if plan.header_layout == "tab" else " " * st.rng.randrange(4, 11)
                o.line(sep.join(f"{vals[k][0]} : {vals[k][1]}" for k in row))
                o.blank()


_ORDER_11 = ["name", "code", "fy", "start", "allocated", "end", "spent"]
_SWAPPED_11 = [["code", "name", "fy", "start", "end", "allocated", "spent"],
               ["name", "code", "fy", "allocated", "spent", "start", "end"],
               ["code", "fy", "name", "start", "end", "allocated", "spent"]]


def _header(o: Out, st: Style, plan: Plan, p: Project) -> None:
    vals = _header_values(st, plan, p)
    if plan.header_layout == "one":
        st.tag("header_one_per_line")
        order = st.pick(_SWAPPED_11) if plan.swapped else _ORDER_11
        rows11 = [(k,) for k in order]
        rows12 = [("unit",), ("coordinator",), ("owner",)] if plan.swapped else [("unit",), ("owner",), ("coordinator",)]
    else:
        st.tag("header_two_per_line_tab" if plan.header_layout == "tab" else "header_two_per_line_spaces")
        rows11 = [("name",), ("code", "fy"), ("start", "allocated"), ("end", "spent")]
        rows12 = [("unit",), ("owner", "coordinator")]
        if plan.swapped:
            flip = {1, 2, 3} if st.chance(0.5) else {2, 3}
            rows11 = [tuple(reversed(r)) if i in flip else r for i, r in enumerate(rows11)]
            rows12 = [rows12[0], tuple(reversed(rows12[1]))]
    if plan.swapped:
        st.tag("header_order_swapped")
    _heading(o, st, "1.1 รหัสโครงการและชื่อโครงการ")
    _fields(o, st, plan, vals, [rows11])
    _heading(o, st, "1.2 หน่วยงานที่รับผิดชอบ")
    _fields(o, st, plan, vals, [rows12])


def _number(style: str, i: int, sec: int) -> str:
    return {"arabic": f"{i}  ", "thai_dot": f"{to_thai(str(i))}. ", "sub": f"{to_thai(str(sec))}.{to_thai(str(i))}  ",
            "paren": f"{i}) ", "dash": "- ", "unnumbered": ""}[style]


def _objectives(o: Out, st: Style, plan: Plan, p: Project) -> None:
    st.tag(f"objectives_{plan.objectives}")
    bullet = "- " if st.markdown and plan.objectives in ("thai_dot", "sub") and st.chance(0.6) else ""
    for i, text in enumerate(p.objectives, start=1):
        prefix = bullet + _number(plan.objectives, i, 2)
        if plan.objectives == "arabic" and st.chance(0.2):
            o.line(str(i))  # the number alone on its line, the objective below (as sample 000)
            o.blank()
            prefix = ""
        o.para(text, prefix=prefix)
        if plan.objectives == "unnumbered" and (st.wrap or not st.blank_between):
            o.hard_blank()
        else:
            o.blank()


def _targets(o: Out, st: Style, plan: Plan, p: Project) -> None:
    style = plan.objectives if plan.objectives in ("arabic", "thai_dot", "sub") else "thai_dot"
    for n, t in enumerate(p.targets, start=1):
        label = "ด้านปริมาณ" if t.kind == "quantity" else "ด้านคุณภาพ"
        num = _number(style, n, 3).rstrip() + " "
        if st.markdown and style == "sub":
            num = "- " + num
        pieces = [x for x in [t.head, *t.items] if x]
        if plan.target_on_heading and pieces:
            st.tag("target_text_on_heading")
            o.para(f"{num}{label} {pieces[0]}")
            pieces = pieces[1:]
        else:
            o.line(f"{num}{label}")
        if not st.markdown:
            o.blank()
        for piece in pieces:
            prefix = "  - " if st.markdown else ("\t" if st.chance(0.3) else "")
            width = st.rng.randrange(35, 60) if plan.items_wrapped and len(piece) > 45 else None
            if width and o.para(piece, prefix=prefix, cont="    " if st.markdown else "", width=width) > 1:
                st.tag("items_wrapped")
            elif not width:
                o.para(piece, prefix=prefix)
        o.blank()


def _strategy(o: Out, st: Style, plan: Plan, p: Project) -> None:
    labels = ["ประเด็นยุทธศาสตร์", "ประเด็นยุทธศาสตร์ย่อย", "เป้าหมายที่", _label("ตัวชี้วัด", "...", plan)]
    for label, value in zip(labels, p.strategy):
        if value == "การปฏิบัติงานประจำของหน่วยงาน" and st.markdown and p.strategy_stars:
            value = r"\*\*\*\* " + value + r" \*\*\*\*"
        o.para(f"{label} : {value}")
        o.blank()


# ------------------------------------------------ entries

def _progress_text(st: Style, plan: Plan, v: float) -> str:
    st.tag(f"progress_{plan.progress}")
    if plan.progress == "2dp":
        return st.num(f"{v:.2f}") + " %"
    if plan.progress == "1dp":
        return st.num(f"{v:.1f}") + "%"
    return st.num(f"{v:g}")


_MIXED_DATE_FORMS = ["thai_full", "thai_abbr", "thai_abbr_yy", "thai_full_yy", "dmy_yy", "dmy"]


def _date(st: Style, plan: Plan, d: date) -> str:
    if plan.report_date == "mixed_forms":  # each report date in a form of its own: long, abbreviated, two-digit years
        fmt = st.pick(_MIXED_DATE_FORMS)
        st.tag("report_date_forms_mixed")
        if fmt.endswith("_yy"):
            st.tag("report_date_two_digit_year")
        return st.date_text(d, fmt)
    st.tag({"dmy": "report_date_dmy", "ddmm": "report_date_ddmm", "iso": "report_date_iso",
            "thai_abbr": "report_date_thai_month", "thai_full": "report_date_thai_month"}[plan.report_date])
    return st.date_text(d, plan.report_date)


def _expense_text(st: Style, plan: Plan, x: Expense) -> str:
    st.tag(f"expense_{x.fmt}")
    amount = st.amount(x.amount, plan.amount)
    if x.fmt == "simple":
        return f"{x.item} = {amount}"
    each = st.amount(x.each, plan.amount)
    if x.fmt == "times":
        return f"{x.item} {st.num(str(x.qty))} {x.unit} x {each} = {amount}"
    return f"{x.item} จำนวน {st.num(str(x.qty))} {x.unit}ๆ ละ {each} เป็นเงิน {amount}"


def _flags(st: Style, e: Entry) -> tuple[str, str]:
    if not (e.on_plan and e.on_target) and not e.cancelled:
        st.tag("entry_late")
    if e.cancelled:
        st.tag("entry_cancelled")
    return ("เป็นไปตามแผน" if e.on_plan else "ไม่เป็นไปตามแผน",
            "เป็นไปตามเป้าหมาย" if e.on_target else "ไม่เป็นไปตามเป้าหมาย")


def _figures(st: Style, plan: Plan, e: Entry, sep: str = " : ") -> str:
    return (f"ความก้าวหน้าของงานฯ = {_progress_text(st, plan, e.progress)}{sep}"
            f"งบประมาณที่เบิกใช้ (ครั้งที่ {st.num(str(e.seq))}) = {st.amount(e.disbursed, plan.amount)}")


def entries_line_groups(o: Out, st: Style, plan: Plan, p: Project) -> None:
    st.tag("entries_line_groups")
    style = st.pick(["spaced", "tabs", "bullets"]) if st.markdown else st.pick(["spaced", "tabs"])
    continued = None
    if plan.false_label:
        style = "spaced" if style == "tabs" else style
        continued = next((e for e in p.entries[:-1] if e.expenses), None) or next((e for e in p.entries if e.expenses), None)
    for e in p.entries:
        no, d = st.num(str(e.seq)), _date(st, plan, e.day)
        plan_flag, target_flag = _flags(st, e)
        figures = _figures(st, plan, e, sep=st.pick([" : ", " "]))
        first, rest = e.lines[0], e.lines[1:]
        if style == "tabs":
            o.line(f"รายงานครั้งที่{no}\t:: {d} : {first}\t\t".rstrip(" ") if first else f"รายงานครั้งที่{no}\t:: {d} :\t\t")
            for x in rest:
                o.line(f"\t{x}\t\t")
            for x in e.expenses:
                o.line(f"\t{_expense_text(st, plan, x)}\t\t")
            o.line(f"\t:: {figures}\t: {plan_flag}\t: {target_flag}")
            continue
        lead = "- " if style == "bullets" and e.seq > 1 else ""
        ind = " " if style == "bullets" else ""
        if e is continued:
            st.tag("entry_continued_false_label")
        if first:
            o.para(f"{lead}รายงานครั้งที่ {no} :: {d} : {first}", cont=ind)
        else:
            o.line(f"{lead}รายงานครั้งที่ {no} :: {d} :")
        if style == "spaced":
            o.blank()
        for x in rest:
            dash = "- " if style == "bullets" and not x[:1].isdigit() and st.chance(0.3) else ""
            o.para(x, prefix=ind + dash, cont=ind)
            if style == "spaced":
                o.blank()
        for j, x in enumerate(e.expenses):
            if e is continued and j == 0:  # as seed 001: the row goes on over the page under the next row's label
                o.line(PAGE_BREAK)
                o.line(f"- รายงานครั้งที่ {st.num(str(e.seq + 1))} : " + _expense_text(st, plan, x))
            else:
                o.line(ind + _expense_text(st, plan, x))
            if style == "spaced":
                o.blank()
        if style == "spaced" and st.chance(0.6):
            o.line(f":: {figures}")
            o.blank()
            o.line(f": {plan_flag}")
            o.blank()
            o.line(f": {target_flag}")
            o.blank()
        else:
            o.line(f"{ind}:: {figures} : {plan_flag} : {target_flag}")
            if style == "spaced":
                o.blank()


def _desc_cell(st: Style, plan: Plan, e: Entry) -> str:
    parts = [e.description] + [_expense_text(st, plan, x) for x in e.expenses]
    return f"{_date(st, plan, e.day)} : " + " ".join(parts)


def entries_table_rows(o: Out, st: Style, plan: Plan, p: Project) -> None:
    st.tag("entries_table_rows")
    head = ["ครั้งที่", "วันที่รายงาน : รายละเอียดการดำเนินงาน", "ผลการดำเนินงาน", "ความสอดคล้อง"]
    rows = []
    for e in p.entries:
        plan_flag, target_flag = _flags(st, e)
        rows.append([f"รายงานครั้งที่ {st.num(str(e.seq))}", _desc_cell(st, plan, e), _figures(st, plan, e, " "),
                     f"{plan_flag} : {target_flag}"])
    if st.markdown:
        o.line("| " + " | ".join(head) + " |")
        o.line("|" + "---|" * len(head))
        for r in rows:
            o.line("| " + " | ".join(r) + " |")
    else:
        sep = "\t" if st.chance(0.5) else None
        for r in [head] + rows:
            o.line((sep or " " * st.rng.randrange(3, 8)).join(r))
            o.blank()
    o.blank()


def entries_table_columns(o: Out, st: Style, plan: Plan, p: Project) -> None:
    st.tag("entries_table_columns")
    cols = [[f"รายงานครั้งที่ {st.num(str(e.seq))}" for e in p.entries],
            [_desc_cell(st, plan, e) for e in p.entries],
            [_figures(st, plan, e, " ") for e in p.entries],
            [" : ".join(_flags(st, e)) for e in p.entries]]
    heads = ["ครั้งที่", "วันที่รายงาน : รายละเอียดการดำเนินงาน", "ผลการดำเนินงาน", "ความสอดคล้อง"]
    with_heads = st.chance(0.5)
    for h, col in zip(heads, cols):
        if with_heads:
            o.line(h)
        for cell in col:
            o.line(cell)
        o.hard_blank()


def entries_paragraph(o: Out, st: Style, plan: Plan, p: Project) -> None:
    st.tag("entries_paragraph")
    parts = []
    for e in p.entries:
        plan_flag, target_flag = _flags(st, e)
        body = " ".join([e.description] + [_expense_text(st, plan, x) for x in e.expenses])
        parts.append(f"รายงานครั้งที่ {st.num(str(e.seq))} :: {_date(st, plan, e.day)} : {body} :: "
                     f"{_figures(st, plan, e)} : {plan_flag} : {target_flag}")
    o.para(" ".join(parts))
    o.blank()


def entries_side_by_side(o: Out, st: Style, plan: Plan, p: Project) -> None:
    """Two entries side by side as the columns of one table (`ครั้งที่ 1 | ครั้งที่ 2`
    as column heads, the fields as rows), a table for each pair: read row by
    row, the two entries' fields interleave. A newer variant puts three or
    four entries in a table (`plan.side_width`)."""
    width = plan.side_width
    st.tag("entries_side_by_side" if width == 2 else "entries_side_by_side_wide")
    word = st.pick(["ครั้งที่", "รายงานครั้งที่"])
    labels = ["วันที่รายงาน", "รายละเอียดการดำเนินงาน", "ความก้าวหน้าของงานฯ", "งบประมาณที่เบิกใช้",
              "ความสอดคล้องกับแผน", "ความสอดคล้องกับเป้าหมาย"]
    pipe = st.markdown
    for k in range(0, len(p.entries), width):
        pair = p.entries[k:k + width]
        cols = []
        for e in pair:
            plan_flag, target_flag = _flags(st, e)
            body = " ".join([e.description] + [_expense_text(st, plan, x) for x in e.expenses])
            cols.append([_date(st, plan, e.day), body, _progress_text(st, plan, e.progress),
                         st.amount(e.disbursed, plan.amount), plan_flag, target_flag])
        head = ["รายการ" if pipe else ""] + [f"{word} {st.num(str(e.seq))}" for e in pair]
        rows = [[label] + [c[j] for c in cols] for j, label in enumerate(labels)]
        if pipe:
            o.line("| " + " | ".join(head) + " |")
            o.line("|" + "---|" * len(head))
            for r in rows:
                o.line("| " + " | ".join(r) + " |")
        else:
            for r in [head] + rows:
                o.line("\t".join(r))
        o.hard_blank()


RENDER_ENTRIES = {"line_groups": entries_line_groups, "table_rows": entries_table_rows,
                  "table_columns": entries_table_columns, "paragraph": entries_paragraph,
                  "side_by_side": entries_side_by_side}


def _cover(o: Out, st: Style, plan: Plan, p: Project) -> None:
    """A cover page before the form: the agency, the project's name and code,
    the fiscal year (what the form's header says again on the next page)."""
    st.tag("cover_page")
    code = st.num(p.code) if plan.digits != "arabic" and st.chance(0.5) else p.code
    o.line(md_heading(st, p.agency, level=0, bold=True) if st.markdown else p.agency)
    o.line("")
    if st.markdown:
        o.line(md_heading(st, p.name, level=0, bold=True))
    else:
        o.para(p.name)
    o.line("")
    o.line(st.pick([f"รหัสโครงการ {code}", f"รหัสโครงการ : {code}", f"({code})"]))
    o.line(f"ประจำปีงบประมาณ พ.ศ. {st.num(str(p.fy))}")
    o.line("")
    o.line(st.pick(["รายงานความก้าวหน้าของโครงการ", FORM_TITLE]))
    o.line(PAGE_BREAK)


def render_form(st: Style, plan: Plan, p: Project, layout: str, signature: bool, cover: bool = False) -> list[str]:
    o = Out(st)
    if cover:
        _cover(o, st, plan, p)
    if st.markdown:
        o.line(r"**\*\* " + FORM_TITLE + r" \*\***")
    else:
        o.line(FORM_TITLE)
    _heading(o, st, "1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ")
    _header(o, st, plan, p)
    _heading(o, st, "1.3 หลักการและเหตุผล")
    for para in p.rationale:
        o.para(para, prefix="\t" if st.chance(0.15) else "")
        o.blank()
    _heading(o, st, "1.4 วัตถุประสงค์ของโครงการ")
    _objectives(o, st, plan, p)
    _heading(o, st, "1.5 เป้าหมายของโครงการ" + (".." if plan.label_dots else ""))
    _targets(o, st, plan, p)
    _heading(o, st, "1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)")
    _strategy(o, st, plan, p)
    _heading(o, st, "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ")
    RENDER_ENTRIES[layout](o, st, plan, p)
    if signature:
        o.hard_blank()
        o.line(V.CERTIFY)
        o.line("")
        o.line(st.pick(["ลงชื่อ.....(ผู้รับผิดชอบโครงการ)", "ลงชื่อ..............................ผู้รับผิดชอบโครงการ"]))
        o.line(st.pick(["ตำแหน่ง .....", " ตำแหน่ง", "ตำแหน่ง ..............................."]))
    return o.lines


# ---------------------------------------------------------------- truth

def truth(p: Project, n_copies: int) -> dict:
    return {
        "project_key": f"{p.code}/{p.fy}", "doc_type": DOC_TYPE, "project_code": p.code, "name": p.name,
        "fiscal_year_be": p.fy, "fiscal_year": p.fy - 543,
        "start_date": p.start.isoformat(), "end_date": p.end.isoformat(),
        "budget_allocated": money_json(p.allocated), "budget_spent": money_json(p.spent),
        "agency": p.agency, "division": p.division, "section": p.section,
        "owner_name": p.owner_name, "owner_phone": p.owner_phone,
        "coordinator_name": p.coordinator_name, "coordinator_phone": p.coordinator_phone,
        "rationale": " ".join(p.rationale),
        "strategy_issue": p.strategy[0], "strategy_sub_issue": p.strategy[1], "strategy_goal": p.strategy[2],
        "indicator": p.strategy[3],
        "project_type": None, "project_model": None, "period_text": None, "place": None,
        "group_seq": None, "plan_status": p.plan_status, "n_copies": n_copies,
        "objectives": [{"seq": i, "text": t} for i, t in enumerate(p.objectives, start=1)],
        "targets": [{"kind": t.kind, "seq": i, "quarter": None, "aspect": None, "text": t.text}
                    for i, t in enumerate(p.targets, start=1)],
        "progress_reports": [{"seq": e.seq, "report_date": e.day.isoformat(), "description": e.description,
                              "progress_pct": float(e.progress), "disbursed": money_json(e.disbursed),
                              "on_plan": e.on_plan, "on_target": e.on_target, "cancelled": e.cancelled,
                              "n_copies": n_copies} for e in p.entries],
        "expenses": [{"report_seq": e.seq, "seq": j, "item": x.item, "category": None, "unit": x.unit,
                      "quantity": money_json(Decimal(x.qty)) if x.qty is not None else None,
                      "unit_amount": money_json(x.each), "amount": money_json(x.amount)}
                     for e in p.entries for j, x in enumerate(e.expenses, start=1)],
        "activities": [], "findings": [], "alignments": [], "quarterly_budgets": [],
    }


# ---------------------------------------------------------------- document

def build(plan: Plan, registry: set[str]) -> tuple[list[str], list[list[int]], dict, list[str], list[list[str]]]:
    st = Style(plan.name, digits=plan.digits, markdown=plan.markdown, wrap=plan.wrap, blank_between=plan.blank_between)
    fy = st.rng.randrange(2561, 2569)
    projects: list[Project] = []
    max_entries = 12 if plan.copies <= 2 else 7
    for k in range(plan.n_projects):
        status = "cancelled" if plan.cancel and k == 0 else st.pick(["completed", "in_progress", "in_progress", "completed"])
        n_entries = st.rng.randrange(3, max_entries + 1)
        projects.append(make_project(st, plan, registry, fy if k == 0 or plan.siblings else st.rng.randrange(2561, 2569),
                                     n_entries, status))
    if plan.siblings:
        projects = siblings(st, projects, registry)
    if not any(x.fmt == plan.expense for e in projects[0].entries for x in e.expenses):
        raise AssertionError(f"{plan.name}: no {plan.expense} expense line")

    parts: list[list[str]] = []
    alt = [x for x in ENTRY_LAYOUTS if x != plan.entries]
    if plan.n_projects > 1:
        st.tag("multi_project")
        if plan.siblings:
            st.tag("sibling_projects")
        for k, p in enumerate(projects):
            layout = plan.entries if k == 0 else st.pick(alt)
            parts.append(render_form(st, plan, p, layout, plan.signature_each or k == len(projects) - 1,
                                     cover=plan.cover and k == 0))
    else:
        for c in range(plan.copies):
            layout = plan.entries if c == 0 or not plan.other_layout else alt[c % len(alt)]
            parts.append(render_form(st, plan, projects[0], layout, plan.signature_each or c == plan.copies - 1,
                                     cover=plan.cover and c == 0))
        if plan.copies > 1:
            st.tag(f"copies_{plan.copies}")
            if plan.other_layout:
                st.tag("copy_other_layout")
            st.tag("copy_new_page" if plan.new_page else "copy_no_break")
    if plan.copies > 1 or plan.n_projects > 1:
        st.tag("signature_each_copy" if plan.signature_each else "signature_end_only")

    if plan.one_line:  # the layout of lines is gone: only what a single line still shows is tagged
        st.tags = {t for t in st.tags if not t.startswith(("header_", "entries_", "wrapped", "items_wrapped", "target_text"))}
        st.tag("one_line")
        lines, pages = one_line(parts)
    elif plan.few_lines:  # as one line, but a new line at (most) headings
        st.tags = {t for t in st.tags if not t.startswith(("header_", "entries_", "wrapped", "items_wrapped", "target_text"))}
        st.tag("few_lines")
        breaks = {h: st.chance(0.75) for h in HEADING_STARTS}
        lines, pages = few_lines(parts, lambda x: any(x.startswith(h) and breaks[h] for h in HEADING_STARTS))
    else:
        last_day = max(e.day for p in projects for e in p.entries)
        header = None
        if plan.furniture["header"]:
            header = st.pick([md_heading(st, FORM_TITLE, level=0, bold=True) if st.markdown else FORM_TITLE,
                              projects[0].agency])
            if plan.header_wrapped:  # a longer header line, too long for the page
                header = wrap_header(st, st.pick([f"{projects[0].agency} {FORM_TITLE}", f"{FORM_TITLE} {projects[0].agency}",
                                                  f"{FORM_TITLE} ปีงบประมาณ พ.ศ. {st.num(str(fy))}"]))
        fur = Furniture(header=header, header_first=plan.header_first, number=plan.furniture["number"],
                        number_top=st.chance(0.4),
                        printed_by=printed_by_line(st, "BMA Digital Plans", last_day + timedelta(days=st.rng.randrange(1, 20)))
                        if plan.furniture["printed"] else None,
                        page_gap=st.rng.randrange(2, 6), capacity=st.rng.randrange(38, 50))
        lines, pages = assemble(st, parts, fur, new_page_each_copy=plan.new_page, lead_blank=st.pick([0, 4]))
    st.tag("markdown" if st.markdown else "plain")
    if plan.digits != "mixed":
        st.tag(f"digits_{plan.digits}")
    n_copies = plan.copies if plan.n_projects == 1 else 1
    expected = {
        "document": {"doc_type": DOC_TYPE, "n_copies": n_copies},
        "projects": [truth(p, n_copies) for p in projects],
    }
    return lines, pages, expected, sorted(st.tags), parts
