"""The one exception base for anything a user can cause; its message is for the user, caught once in the CLI."""

from __future__ import annotations

EXIT_ERROR = 1


class ScreenerError(Exception):
    """A problem the user can act on: the message says what and, where we know it, how to fix it.

    `exit_code` is the documented exit status the CLI ends with (README, "Exit codes")."""

    exit_code = EXIT_ERROR
