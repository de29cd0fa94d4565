"""Word lists and dictionaries from Debian and PyPI packages."""
