"""Fetching documents over HTTP (placeholder until the fetching work of issue 7 lands)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimcheck.core.models import Document
from claimcheck.errors import FetchFailed


def fetch_documents(urls: Sequence[str],
                    progress: Callable[[int, int | None], None] | None = None) -> list[Document]:
    """Fetch each URL and return its document, in order.

    Raises:
        FetchFailed: always, for now.
    """
    raise FetchFailed(f"cannot fetch {urls[0]}: fetching URLs is not built yet; "
                      "save the page and add the file instead.")
