"""The stages, the run driver (map, reduce, manifest, shards) and the CLI."""

from pipeline.regex_flags import use_int_flags

# before the stages import the parsers and their patterns are compiled: regex's pattern parser on int flags
# (pipeline.regex_flags; the application's choice, so parsers/ and normalizers/ imported as a library leave the
# regex module as it is)
use_int_flags()
