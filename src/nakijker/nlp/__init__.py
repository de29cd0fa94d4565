"""Linguistic analysis: Frog when available, a plain segmenter otherwise."""
