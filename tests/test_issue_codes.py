"""Issues an analyst can join and filter: every code the code emits is in
the table of schemas/issue_codes.py, every evidence is JSON of its code's
shape (or null), every issue has source lines, and every issue about a
project carries its project_key."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from pipeline.stages import STAGES
from schemas.document import Issue
from schemas.issue_codes import ISSUE_CODES, evidence_json, evidence_object, problems

ROOT = Path(__file__).resolve().parent.parent


def emitted_codes() -> dict[str, list[str]]:
    """code -> where it is written, for every literal issue code in
    parsers/ and pipeline/: Issue(severity, "code", ...), Issue(code=...),
    copy.leave("code", ...), sum_check("code", ...) and {"code": "..."} rows."""
    found: dict[str, list[str]] = {}

    def add(node: ast.AST, path: Path) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.setdefault(node.value, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")

    for path in sorted([*ROOT.joinpath("parsers").rglob("*.py"), *ROOT.joinpath("pipeline").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name == "Issue" and len(node.args) >= 2:
                    add(node.args[1], path)
                if name in ("leave", "sum_check") and node.args:
                    add(node.args[0], path)
                for kw in node.keywords:
                    if name == "Issue" and kw.arg == "code":
                        add(kw.value, path)
            elif isinstance(node, ast.Dict):
                for k, v in zip(node.keys, node.values):
                    if isinstance(k, ast.Constant) and k.value == "code":
                        add(v, path)
    return found


def test_the_scan_finds_the_codes_it_should():
    found = emitted_codes()
    # one of each way of writing a code: it would find a new code written the same way
    for code in ("ocr_variant", "unplaced_text", "budget_spent_mismatch", "cross_file_conflict", "count_mismatch",
                 "value_repaired", "invalid_row"):
        assert code in found, code
    assert len(found) >= 35


def test_every_code_in_the_source_is_in_the_table():
    missing = {code: where for code, where in emitted_codes().items() if code not in ISSUE_CODES}
    assert not missing, f"issue codes missing from schemas/issue_codes.py: {missing}"


def test_every_stage_failure_code_is_in_the_table():
    assert not [f"{name}_failed" for name, _ in STAGES if f"{name}_failed" not in ISSUE_CODES]


def test_problems_catch_an_unknown_code_and_evidence_that_is_not_json():
    assert problems("made_up_code", "warning", None)
    assert problems("unplaced_text", "warning", "plain text, not JSON")
    assert problems("unplaced_text", "warning", "[1, 2]")  # JSON, but not an object
    assert problems("unplaced_text", "warning", '{"txt": "a key the table does not document"}')
    assert problems("unplaced_text", "fatal", None)
    assert not problems("unplaced_text", "warning", '{"text": "ok"}')
    assert not problems("missing_field", "error", None)


def test_an_issue_makes_its_evidence_json():
    assert Issue("warning", "unplaced_text", "m", "ข้อความ ๑").evidence == '{"text": "ข้อความ ๑"}'
    assert Issue("warning", "unplaced_text", "m", "").evidence is None
    assert Issue("warning", "unplaced_text", "m").evidence is None
    assert json.loads(Issue("warning", "missing_report", "m", {"missing": [2, 3]}).evidence) == {"missing": [2, 3]}
    kept = '{"readings": [], "tie_break": null}'
    assert Issue("warning", "ocr_variant", "m", kept).evidence == kept  # JSON text of an object stays as it is
    assert json.loads(Issue("warning", "unplaced_text", "m", "{not json").evidence) == {"text": "{not json"}
    assert evidence_json("2563") == '{"text": "2563"}'  # a number-like text is text, not a JSON number


def issue_rows(tables: dict[str, list[dict]]) -> list[dict]:
    return tables.get("issues", [])


def check_rows(name: str, tables: dict[str, list[dict]]) -> list[str]:
    """Every problem of one document's issues against the table and the
    placement rules."""
    out = []
    has_projects = bool(tables.get("projects"))
    text_doc = tables["documents"][0]["n_pages"] is not None
    for issue in issue_rows(tables):
        where = f"{name}: {issue['code']} ({issue['field']}, {issue['message'][:60]!r})"
        out += [f"{where}: {p}" for p in problems(issue["code"], issue["severity"], issue["evidence"])]
        if text_doc and (issue["line_start"] is None or issue["line_end"] is None):
            out.append(f"{where}: no lines")
        spec = ISSUE_CODES.get(issue["code"])
        about_project = spec is not None and spec.scope == "project" and not (issue["field"] or "").startswith(
            ("report_summaries", "documents"))
        if has_projects and about_project and issue["project_key"] is None:
            out.append(f"{where}: no project_key")
    return out


def test_the_samples_issues(samples_out):
    by_doc: dict[str, dict[str, list[dict]]] = {}
    for doc in samples_out["documents"]:
        by_doc[doc["source_path"]] = {t: [r for r in rows if r.get("doc_id") == doc["doc_id"]]
                                     for t, rows in samples_out.items()}
    wrong = [p for name, tables in by_doc.items() for p in check_rows(name, tables)]
    assert not wrong, "\n".join(wrong)
    assert len(samples_out["issues"]) >= 15


def test_the_corpus_issues(corpus_rows):
    """Clean and OCR'd corpus: hundreds of issues of most codes."""
    wrong = [p for name, tables in corpus_rows.items() for p in check_rows(name, tables)]
    assert not wrong, "\n".join(wrong[:40])
    codes = {i["code"] for tables in corpus_rows.values() for i in issue_rows(tables)}
    assert len(codes) >= 15, codes


_PROJECT_IN_MESSAGE = re.compile(r"\b(completed|in_progress|not_started) project (\d+)\b")


def test_an_obec_issue_is_stamped_with_the_project_it_names(samples_out, corpus_rows):
    """The OBEC parser raises issues on a project's lines without its key
    (the key needs the whole report); the key stamped on them is the project
    the message names."""
    checked = 0
    for tables in [samples_out, *corpus_rows.values()]:
        projects = {p["project_key"]: p for p in tables.get("projects", [])}
        for issue in issue_rows(tables):
            m = _PROJECT_IN_MESSAGE.search(issue["message"])
            if not m or issue["code"] == "value_repaired" or issue["project_key"] not in projects:
                continue
            p = projects[issue["project_key"]]
            if p["doc_id"] != issue["doc_id"]:
                continue
            assert (p["plan_status"], p["group_seq"]) == (m.group(1), int(m.group(2))), issue["message"]
            checked += 1
    assert checked >= 8


@pytest.mark.parametrize("code", sorted(ISSUE_CODES))
def test_every_code_is_documented(code):
    spec = ISSUE_CODES[code]
    assert spec.meaning and spec.meaning_th and spec.scope in ("document", "project", "report")
    assert set(spec.severity) <= {"error", "warning"}


def test_every_repair_rule_in_the_source_is_named_in_rules():
    """An issue's evidence names its rule; parsers.repair.RULES says what each
    rule means (issue messages use it): every rule written in parsers/ or
    pipeline/ is there."""
    from parsers.repair import RULES
    written: dict[str, str] = {}
    for path in sorted([*ROOT.joinpath("parsers").rglob("*.py"), *ROOT.joinpath("pipeline").rglob("*.py")]):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r'"rule":\s*"([a-z_]+)"|\brule="([a-z_]+)"', text):
            written.setdefault(m.group(1) or m.group(2), str(path.relative_to(ROOT)))
    assert len(written) >= 40
    assert {rule: where for rule, where in written.items() if rule not in RULES} == {}


def test_evidence_object_reads_back_what_evidence_json_wrote():
    for evidence in ({"rule": "sum", "kept": {"total": "๑๒"}}, "2563", "ข้อความ {ไม่ใช่ JSON}", '{"text": "a"}'):
        written = evidence_json(evidence)
        expected = evidence if isinstance(evidence, dict) else json.loads(written)
        assert evidence_object(written) == expected
    assert evidence_object(evidence_json(None)) is None
    assert evidence_object(evidence_json(["a", "b"])) is None  # a list holds no object
    assert evidence_object("plain text") == {"text": "plain text"}
