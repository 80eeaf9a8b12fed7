"""A proposer's family name whose last vowel OCR read short (fresh set s74o's bma_proposal_s74o001: "(นายสุรชัย
ปัญญาดิ)" for ปัญญาดี, printed once) was given with no issue naming it: "ปัญญาดิ" is dictionary words end to end
(ปัญญา, ดิ), which the name check leaves.  pythainlp's lists of names end a name with ด and sara ii, or sara i
and the silent-letter mark, 537 times, with a bare ดิ three times (no family name of the truth of every committed
and fresh set ends with a bare sara i): a family name so ending is said (unknown_words, the two readings), kept
as read.  Endings the lists print bare as often (ต: วุฒิ, ...ติ) say nothing."""

from __future__ import annotations

from pipeline.wording import flag_misread_names, misread_name_words, restore_names


def test_a_family_name_ending_with_a_short_i_the_lists_hardly_end_names_with_is_said():
    assert misread_name_words("นายสุรชัย ปัญญาดิ") == [("ปัญญาดิ", ["ปัญญาดี", "ปัญญาดิ์"])]
    # read whole, or ending with a letter the lists end names with bare often (ติ), or a given name: nothing said
    assert misread_name_words("นายสุรชัย ปัญญาดี") == []
    assert misread_name_words("นายสุรชัย ศรีสติ") == []
    assert misread_name_words("นายวุฒิ ปัญญาดี") == []
    tables = {"projects": [{"project_key": "p", "line_start": 4, "line_end": 6, "owner_name": "นายสุรชัย ปัญญาดิ"}]}
    assert restore_names(tables) == []
    (issue,) = flag_misread_names(tables, [])
    assert (issue.code, issue.field) == ("unknown_words", "projects.owner_name")
    assert tables["projects"][0]["owner_name"] == "นายสุรชัย ปัญญาดิ"
