"""screener: screen XING and LinkedIn contact requests and draft replies from your contact guide."""

__version__ = "0.1.0"
