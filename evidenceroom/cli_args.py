"""Argument types the command-line subcommands share: a bad value is a usage error (exit 2) that
shows what was typed and an example."""
from __future__ import annotations

import argparse
from datetime import date, datetime


def date_arg(value: str) -> date:
    """A calendar date, YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (e.g. 2026-11-01)")


def time_arg(value: str) -> datetime:
    """A date and time in ISO 8601."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date and time: {value!r} (e.g. 2026-11-28T09:30)")
