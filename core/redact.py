"""Masking of secrets (database passwords) in any text shown to the user or written to a log or report."""

from __future__ import annotations

import re

MASK = "*****"

# password=secret, password='se cret', password="x", PGPASSWORD=..., pwd=... (libpq keyword/value DSNs, QGIS URIs)
_KEYWORD = re.compile(
    r"""(?P<key>\b(?:password|pgpassword|passwd|pwd)\s*=\s*)(?P<value>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s'"]+)""",
    re.IGNORECASE,
)
# postgresql://user:secret@host/db
_URL = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^:/@\s]+:)(?P<value>[^@\s]+)(?P<tail>@)", re.IGNORECASE)


def redact(text: object) -> str:
    """The text with every password in a DSN, connection URI or environment assignment replaced by *****."""
    out = _KEYWORD.sub(lambda m: m.group("key") + MASK, str(text))
    return _URL.sub(lambda m: m.group("head") + MASK + m.group("tail"), out)
