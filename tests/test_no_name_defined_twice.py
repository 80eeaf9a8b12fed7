"""No module of the project defines a function or class twice at its top
level: the later definition silently replaces the earlier for every caller
(assemble._header_date was so defined twice, the first dead; a helper named
like an existing one in parsers/bma_progress/repairs.py took every document
of the form down with a TypeError until it was renamed)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bench", "normalizers", "parsers", "pipeline", "schemas", "tests")


def _twice(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter(node.name for node in tree.body
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    return sorted(name for name, n in names.items() if n > 1)


def test_no_top_level_name_is_defined_twice():
    found = {str(p.relative_to(ROOT)): twice for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))
             if (twice := _twice(p))}
    assert found == {}


def test_the_check_sees_a_name_defined_twice(tmp_path):
    src = tmp_path / "m.py"
    src.write_text("def f():\n    return 1\n\n\ndef g():\n    return 2\n\n\ndef f():\n    return 3\n", encoding="utf-8")
    assert _twice(src) == ["f"]
