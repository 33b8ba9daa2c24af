"""The core: pure functions and the store. Never imports textual, click or rich."""
