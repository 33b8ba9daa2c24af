check:
	ruff check src tests benchmarks
	mypy src

.PHONY: check
