"""Team report settings: who publishes the fact checks and what each verdict is called.

What it owns: the `ReportSettings` dataclass and its conversion to and from the flat string
mapping the store keeps (`Store.load_report_settings` / `save_report_settings`, rows of the
`claimcheck_meta` table with keys starting `report.`). Keeping them in the database means every
reviewer who opens the shared file publishes under the same name and labels, with no extra file
to copy around. What it must not do: I/O (the store reads and writes; this module is pure).

Keys (all optional):
    org_name         the organisation publishing the checks (ClaimReview `author.name`)
    org_url          its home page (ClaimReview `author.url`)
    language         BCP 47 language of the reviews (ClaimReview `inLanguage`), default "en"
    label.verified   ClaimReview `reviewRating.alternateName` for verified claims ("True")
    label.disputed   ... for disputed claims ("False")
    label.unsourced  ... for unsourced claims ("Unproven")
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from claimcheck.core.models import Status
from claimcheck.errors import BadInput

DEFAULT_LABELS: dict[Status, str] = {
    Status.VERIFIED: "True",
    Status.DISPUTED: "False",
    Status.UNSOURCED: "Unproven",
    Status.PENDING: "Pending review",
}
"""Rating labels used where the team has not set its own."""

KEYS = ("org_name", "org_url", "language") + tuple(f"label.{s.value}" for s in Status)
"""Every key the settings know; others are refused so a typo is not silently kept."""


@dataclass(frozen=True)
class ReportSettings:
    org_name: str | None = None
    """Organisation publishing the checks; None leaves ClaimReview `author` out."""
    org_url: str | None = None
    """The organisation's home page."""
    language: str = "en"
    """Language of the reviews (BCP 47 tag)."""
    labels: Mapping[Status, str] = field(default_factory=lambda: dict(DEFAULT_LABELS))
    """ClaimReview rating label per status."""

    def label(self, status: Status) -> str:
        """The team's label for a status, else the default one."""
        return self.labels.get(Status(status)) or DEFAULT_LABELS[Status(status)]

    @classmethod
    def from_mapping(cls, values: Mapping[str, str]) -> ReportSettings:
        """Build from the store's flat mapping (unknown keys are ignored when reading)."""
        labels = dict(DEFAULT_LABELS)
        for status in Status:
            value = (values.get(f"label.{status.value}") or "").strip()
            if value:
                labels[status] = value
        return cls(org_name=(values.get("org_name") or "").strip() or None,
                   org_url=(values.get("org_url") or "").strip() or None,
                   language=(values.get("language") or "").strip() or "en",
                   labels=labels)

    def to_mapping(self) -> dict[str, str]:
        """The flat mapping the store keeps (defaults included, so a listing shows them)."""
        out = {"language": self.language}
        if self.org_name:
            out["org_name"] = self.org_name
        if self.org_url:
            out["org_url"] = self.org_url
        for status in Status:
            out[f"label.{status.value}"] = self.label(status)
        return out


def check_setting(key: str, value: str) -> str:
    """Validate one setting typed by a user; returns the cleaned value.

    Raises:
        BadInput: unknown key, or a URL that is not http(s).
    """
    if key not in KEYS:
        raise BadInput(f"unknown report setting {key!r}; use one of {', '.join(KEYS)}.")
    value = " ".join(value.split())
    if key == "org_url" and value and not value.lower().startswith(("http://", "https://")):
        raise BadInput(f"org_url must start with http:// or https:// (got {value!r}); "
                       "give the organisation's web address.")
    return value
