"""Two copies' readings of a project code tied, one in Arabic digits ("50400000-6578"), the other in Thai digits
OCR misread in every digit it cannot write and one more ("๕๐๕๐๐๐๐๐-๒๑๕๕": ๔ ๖ ๗ ๘ read ๕ ๒ ๕ ๕, a ๕ read ๑): the
earliest copy's Thai reading won the tie, and the project's key with it (fresh set s98q, bma_progress_s98q003).
The Arabic reading wins where the other differs from it only in digits, each an OCR misread of its digit but one
(vote._nearly_misread_source); two digits it does not tell leave the tie to the rules after it."""

from pipeline.vote import vote
from schemas.document import Reading


def _code(text: str, line: int) -> Reading:
    return Reading(text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")), f"รหัสโครงการ : {text}", line, line)


def test_the_arabic_code_wins_a_tie_with_a_thai_reading_misread_but_for_one_digit():
    thai, arabic = _code("๕๐๕๐๐๐๐๐-๒๑๕๕", 13), _code("50400000-6578", 238)
    for order in ((thai, arabic), (arabic, thai)):
        v = vote([(0, order[0]), (1, order[1])])
        assert v.winner.value == "50400000-6578"
        assert "every digit but one" in v.tie_break


def test_two_digits_untold_leave_the_tie_alone():
    v = vote([(0, _code("๕๐๕๐๐๐๐๐-๒๑๑๑", 13)), (1, _code("50400000-6578", 238))])
    assert "every digit but one" not in (v.tie_break or "")
