"""nakijker: an offline copy desk for machine-translated Dutch news."""

__version__ = "0.1.0"
