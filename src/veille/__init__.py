"""veille: terrorism and counter-terrorism news into a trustworthy event dataset."""

__version__ = "0.1.0"
CONTRACT_VERSION = "1"
