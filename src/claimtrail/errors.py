"""User-facing errors. Each says what went wrong and where, in words a user can act on."""

from __future__ import annotations


class ClaimtrailError(Exception):
    """Base class: `code` is a short stable identifier, the message says what to do."""

    code = "error"


class UsageError(ClaimtrailError):
    """The command was asked something it cannot do (exit code 2)."""

    code = "usage"


class InputError(ClaimtrailError):
    """One file or record cannot be read as an article; the rest of the batch goes on."""

    code = "input"


class StoreError(ClaimtrailError):
    """The database cannot be opened or written."""

    code = "store"
