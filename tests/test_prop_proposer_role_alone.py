"""BMA proposals after OCR that lost the proposer's signature line and the name under it, its role alone left
("ผู้เสนอโครงการ" alone on its line, no "(ลงชื่อ)", no dots, no name in brackets: fresh set pr4/set4
bma_proposal_s19prd003): the proposer was missing with no issue naming it.  Now the role alone on its line, no
signature line above it, and no name read, is a missing_value issue on projects.owner_name; a form whose
signature line names no one (the sample), its dots garbled beside the role or not, is said nothing."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_SIGNED = "\t\t\t\t\t(ลงชื่อ)......................................................ผู้เสนอโครงการ\n"


def _owner_issues(text: str) -> list[dict]:
    rows = run(text)
    assert rows["projects"][0]["owner_name"] is None
    return [i for i in rows["issues"] if i["code"] == "missing_value" and i["field"] == "projects.owner_name"]


def test_the_role_alone_without_a_name_is_said():
    source = sample_text(PROPOSAL)
    assert _SIGNED in source
    assert len(_owner_issues(source.replace(_SIGNED, "ผู้เสนอโครงการ\n"))) == 1
    assert len(_owner_issues(source.replace(_SIGNED, "ผูเสนอโครงการ\n"))) == 1  # its mark dropped too


def test_a_signature_line_naming_no_one_is_not_said():
    source = sample_text(PROPOSAL)
    assert _owner_issues(source) == []
    # its dots garbled beside the role (tests/fixtures/ocr/002), or the role on the line under it
    assert _owner_issues(source.replace(_SIGNED, "2๑๓๓๓๓ผู้เสีนอิโครงการ\n")) == []
    assert _owner_issues(source.replace(_SIGNED, "(ลงชื่อ)..........................\nผู้เสนอโครงการ\n")) == []
