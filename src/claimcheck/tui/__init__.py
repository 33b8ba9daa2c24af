"""The Textual workbench. `make_app(settings)` in `app.py` builds it; only `cli.py`'s `tui` and
`demo` commands import this package, so scripted commands never load Textual."""
