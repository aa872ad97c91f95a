"""detect: judge a request empty, boilerplate or personal, with a score and its evidence (the only rapidfuzz user)."""

from screener.detect.detector import Detector, Prepared

__all__ = ["Detector", "Prepared"]
