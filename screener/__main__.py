"""`python -m screener`: the same entry point as the `screener` command."""

from screener.cli.app import main

main()
