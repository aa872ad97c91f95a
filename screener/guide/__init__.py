"""guide: the user's guide folder — profile, settings, reply templates, library, public guide — loaded, linted, rendered."""

from screener.guide.library import add_library_entry, remove_library_entry
from screener.guide.lint import lint_guide, lint_warnings, sample_warning
from screener.guide.load import default_guide_dir, init_guide, load_guide
from screener.guide.model import (
    ACTIONS,
    GUIDE_PLACEHOLDERS,
    LANGUAGES,
    LIBRARY_DIR,
    PROFILE_FILE,
    REGISTERS,
    REPLIES_DIR,
    REPLY_PLACEHOLDERS,
    SETTINGS_FILE,
    Guide,
    GuideError,
    LibraryEntry,
    Profile,
    expected_templates,
    normalize_entry,
    template_filename,
)
from screener.guide.templates import PLACEHOLDER_RE, render_template

__all__ = [
    "ACTIONS", "GUIDE_PLACEHOLDERS", "LANGUAGES", "LIBRARY_DIR", "PLACEHOLDER_RE", "PROFILE_FILE", "REGISTERS",
    "REPLIES_DIR", "REPLY_PLACEHOLDERS", "SETTINGS_FILE", "Guide", "GuideError", "LibraryEntry", "Profile",
    "add_library_entry", "default_guide_dir", "expected_templates", "init_guide", "lint_guide", "lint_warnings",
    "load_guide", "sample_warning",
    "normalize_entry", "remove_library_entry", "render_template", "template_filename",
]
