"""The stages, the run driver (map, reduce, manifest, shards) and the CLI."""
