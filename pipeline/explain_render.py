"""`raingan inspect` as text for a terminal or as one self-contained HTML
page (no network: styles inline, no scripts), from pipeline.explain's data."""

from __future__ import annotations

import html
import json
from typing import Any

FORMATS = ("text", "json", "html")
KIND_MARK = {"text": " ", "blank": " ", "page_header": "H", "page_number": "#", "page_break": "-",
             "catchword": "c", "signature": "S", "ocr_noise": "~"}


def _short(text: Any, n: int = 110) -> str:
    text = str(text if text is not None else "").replace("\t", " ").replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _where(r: dict[str, Any]) -> str:
    a, b = r["lines"]
    span = f"line {a}" if a == b else f"lines {a}-{b}"
    if r["found_on"] and r["found_on"] != [a] or (r["found_on"] and a != b):
        return f"line {', '.join(map(str, r['found_on']))} (record {span})"
    return span


def render_text(data: dict[str, Any]) -> str:
    out = [f"{data['source_path']}: {data['doc_type']}, {data['status']}"
           + (f", coverage {data['coverage']:.1%}" if data["coverage"] is not None else "")
           + f", {data['n_lines']} lines, {len(data['copies'])} cop{'y' if len(data['copies']) == 1 else 'ies'}"]
    if data["error"]:
        out.append(f"error: {data['error']}")
    for c in data["copies"]:
        out.append(f"  copy {c['copy']}: lines {c['lines'][0]}-{c['lines'][1]}, identity {c['identity']}")
    if data["fixes"]:
        out.append("clean-up fixes (lines changed): " + ", ".join(f"{k} {v}" for k, v in data["fixes"].items()))
    if data["field"]:
        out.append(f"field {data['field']}: {len(data['fields'])} value(s)")
    else:
        out += ["", "text (line, kind: H page header, # page number, S signature, ~ OCR noise, - page break):"]
        out += [f"{ln['no']:>5} {KIND_MARK.get(ln['kind'], '?')} {_short(ln['text'], 140)}" for ln in data["lines"]]
    out.append("")
    for f in data["fields"]:
        who = f["project_key"] or "-"
        out.append(f"{f['field']}  [{who}, record {f['record']}] = {_short(f['value'], 80)}"
                   + (f"  (REPAIRED: copies voted {_short(f['voted'], 40)})" if f["repaired"] else ""))
        rule = f["rule"]
        how = []
        if rule["label"]:
            how.append(f"label '{rule['label']}' through {rule['converter']}")
        if rule["source"]:
            how.append(f"read from: {rule['source']}")
        if rule["internal"]:
            how.append(f"as {rule['internal']}")
        if how:
            out.append("    " + "; ".join(how))
        for r in f["readings"]:
            out.append(f"    copy {r['copy']}: {_short(r['value'], 50)}  printed {_short(r['printed'], 60)!r}  {_where(r)}")
            for no, text in r["source_lines"].items():
                out.append(f"      {no:>5} | {_short(text, 120)}")
            if r["anchors"]:
                out.append(f"        anchors on the line: {', '.join(r['anchors'])}")
        vote = f["vote"]
        if len(vote["groups"]) > 1 or vote["tie_break"]:
            groups = "; ".join(f"{_short(g['value'], 40)!r} copies {g['copies']}" for g in vote["groups"])
            out.append(f"    vote: {groups}" + (f"; tie broken by {vote['tie_break']}" if vote["tie_break"] else "")
                       + (f"; {vote['overruled']}" if vote.get("overruled") else ""))
        elif vote["groups"] and len(vote["groups"][0]["copies"]) > 1:
            out.append(f"    vote: copies {vote['groups'][0]['copies']} agree")
        for i in f["issues"]:
            out.append(f"    {i['severity']} {i['code']}: {_short(i['message'], 120)}")
    for title, rows in (("repairs", data["repairs"]), ("issues and cross-checks", data["issues"])):
        if rows:
            out += ["", f"{title}:"]
            for i in rows:
                a, b = i["lines"]
                where = "no lines" if a is None else f"line {a}" if a == b else f"lines {a}-{b}"
                out.append(f"  {i['severity']} {i['code']} {i['field'] or ''} {where}"
                           f"{' [' + i['project_key'] + ']' if i['project_key'] else ''}: {_short(i['message'], 140)}")
                if i["evidence"]:
                    out.append(f"      evidence {_short(i['evidence'], 140)}")
    if data["unplaced"]:
        out += ["", "text no rule placed:"]
        out += [f"  copy {u['copy']} line {u['lines'][0]}: {_short(u['text'], 130)}" for u in data["unplaced"]]
    if data["rows"] and not data["field"]:
        out += ["", "rows: " + ", ".join(f"{t} {len(r)}" for t, r in data["rows"].items())]
    return "\n".join(out) + "\n"


def render_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


_CSS = """
body{font-family:"Noto Sans Thai","Sarabun",system-ui,sans-serif;margin:1.5rem;color:#1d2530;max-width:1400px}
h1{font-size:1.3rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccd}
table{border-collapse:collapse;font-size:.85rem;width:100%}td,th{border:1px solid #d5d9e0;padding:.25rem .4rem;
vertical-align:top;text-align:left}th{background:#eef1f6}.mono{font-family:ui-monospace,monospace;white-space:pre-wrap}
.text td.no a{color:#889;text-decoration:none}.text tr.furniture td{color:#99a;background:#f6f6f8}
.kind{font-size:.75rem;color:#667}.rep{background:#fff3cd}.err{color:#a12}.muted{color:#667}
tr:target{background:#e3f0ff}
"""


def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else ""))


def _line_links(nos: list[int]) -> str:
    return ", ".join(f'<a href="#L{n}">{n}</a>' for n in nos)


def render_html(data: dict[str, Any]) -> str:
    title = f"raingan inspect: {data['source_path']}"
    parts = [f"<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>{_e(title)}</title>"
             f"<style>{_CSS}</style></head><body><h1>{_e(title)}</h1>",
             f"<p>{_e(data['doc_type'])}, status <b>{_e(data['status'])}</b>"
             + (f", coverage {data['coverage']:.1%}" if data["coverage"] is not None else "")
             + f", {len(data['copies'])} copies"
             + (f", field <b>{_e(data['field'])}</b>" if data["field"] else "") + "</p>"]
    if data["error"]:
        parts.append(f"<p class='err'>{_e(data['error'])}</p>")
    parts.append("<h2>Fields</h2><table><tr><th>field</th><th>project / record</th><th>value</th><th>read by</th>"
                 "<th>copies' readings (printed, line)</th><th>vote</th><th>issues</th></tr>")
    for f in data["fields"]:
        rule = f["rule"]
        how = " ".join(x for x in [f"label “{_e(rule['label'])}” via {_e(rule['converter'])}" if rule["label"] else "",
                                   _e(rule["source"] or "")] if x)
        readings = "<br>".join(
            f"copy {r['copy']}: {_e(r['value'])} <span class='mono'>“{_e(r['printed'][:80])}”</span> "
            f"line {_line_links(r['found_on'] or [r['lines'][0]])}"
            + (f" <span class='kind'>anchors: {_e(', '.join(r['anchors']))}</span>" if r["anchors"] else "")
            for r in f["readings"])
        vote = "; ".join(f"{_e(str(g['value'])[:40])} ×{len(g['copies'])}" for g in f["vote"]["groups"])
        if f["vote"]["tie_break"]:
            vote += f" (tie: {_e(f['vote']['tie_break'])})"
        if f["vote"].get("overruled"):
            vote += f" ({_e(f['vote']['overruled'])})"
        issues = "<br>".join(f"<span class='{'err' if i['severity'] == 'error' else ''}'>{_e(i['code'])}</span>: "
                             f"{_e(i['message'][:160])}" for i in f["issues"])
        parts.append(f"<tr class='{'rep' if f['repaired'] else ''}'><td class='mono'>{_e(f['field'])}</td>"
                     f"<td>{_e(f['project_key'] or '')}<br><span class='muted'>{_e(f['record'])}</span></td>"
                     f"<td>{_e(str(f['value'])[:200])}</td><td>{how}</td><td>{readings}</td><td>{vote}</td>"
                     f"<td>{issues}</td></tr>")
    parts.append("</table>")
    for title2, rows in (("Repairs", data["repairs"]), ("Issues and cross-checks", data["issues"])):
        parts.append(f"<h2>{title2}</h2>")
        if not rows:
            parts.append("<p class='muted'>none</p>")
            continue
        parts.append("<table><tr><th>severity</th><th>code</th><th>field</th><th>lines</th><th>message</th>"
                     "<th>evidence</th></tr>")
        for i in rows:
            a, b = i["lines"]
            parts.append(f"<tr><td>{_e(i['severity'])}</td><td>{_e(i['code'])}</td><td class='mono'>{_e(i['field'])}</td>"
                         f"<td>{_line_links([a] if a == b else [a, b]) if a else ''}</td><td>{_e(i['message'])}</td>"
                         f"<td class='mono'>{_e((i['evidence'] or '')[:400])}</td></tr>")
        parts.append("</table>")
    if data["unplaced"]:
        parts.append("<h2>Text no rule placed</h2><ul>")
        parts += [f"<li>copy {u['copy']}, line {_line_links([u['lines'][0]])}: {_e(u['text'])}</li>"
                  for u in data["unplaced"]]
        parts.append("</ul>")
    parts.append("<h2>Text</h2><p class='muted'>Each line as in the file; page headers, page numbers, signatures "
                 "and OCR noise (grey) are furniture the parsers do not read.</p><table class='text'>")
    for ln in data["lines"]:
        furniture = ln["kind"] not in ("text", "blank")
        parts.append(f"<tr id='L{ln['no']}' class='{'furniture' if furniture else ''}'><td class='no'>"
                     f"<a href='#L{ln['no']}'>{ln['no']}</a></td><td class='kind'>{_e(ln['kind'] if furniture else '')}"
                     f"</td><td class='mono'>{_e(ln['text'])}</td></tr>")
    parts.append("</table></body></html>\n")
    return "".join(parts)


def render(fmt: str, data: dict[str, Any]) -> str:
    return {"text": render_text, "json": render_json, "html": render_html}[fmt](data)
