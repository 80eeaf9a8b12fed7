"""The import direction of the packages: normalizers know no forms, schemas
know no parsers, parsers know no driver; nothing imports in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# package -> the project packages it may import
ALLOWED = {
    "normalizers": {"normalizers"},
    "schemas": {"schemas", "normalizers"},
    "parsers": {"parsers", "schemas", "normalizers"},
    "pipeline": {"pipeline", "parsers", "schemas", "normalizers"},
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module.split(".")[0])
    return out & set(ALLOWED)


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_import_direction(package):
    wrong = {str(p.relative_to(ROOT)): sorted(imports_of(p) - ALLOWED[package])
             for p in (ROOT / package).rglob("*.py")}
    assert not {k: v for k, v in wrong.items() if v}


def test_every_doc_type_has_a_parser_package():
    from parsers import form_module
    from schemas.document import DOC_TYPES
    from schemas.rows import DocumentRow

    for doc_type in DOC_TYPES:
        module = form_module(doc_type)
        assert module.DOC_TYPE == doc_type and callable(module.read_copies) and callable(module.build)
    assert set(DocumentRow.model_fields["doc_type"].annotation.__args__) == {*DOC_TYPES, "unknown"}
