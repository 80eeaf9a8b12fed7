"""normalizers.words._name_endings looks through the listed names that can
end with a piece (_names_by_last), not all of them: the counts must be the
ones a walk over every listed name gives."""
from normalizers import words


def _walk(piece: str) -> tuple[int, int]:
    fuller = piece + words.SILENT_MARK
    with_mark = bare = 0
    for name in words._names():
        if name.endswith(fuller):
            with_mark += 1
        elif name.endswith(piece):
            bare += 1
    return with_mark, bare


def test_the_indexed_counts_are_a_walk_over_every_name():
    pieces = {"สวัสดิ", "ศักดิ", "", "์", "ดิ", "กร", "ชัย", "x"}
    for name in sorted(words._names())[::700]:
        for i in range(len(name)):
            pieces.update((name[i:], name[i:].rstrip(words.SILENT_MARK)))
    for piece in sorted(pieces):
        assert words._name_endings(piece) == _walk(piece), piece


def test_a_name_ending_with_the_mark_is_told():
    assert words.name_ending_with_mark("สวัสดิ")
    assert not words.name_ending_with_mark("ชัย")
