"""`python -m claimcheck` runs the same entry point as the `claimcheck` script."""

from claimcheck.cli import main

if __name__ == "__main__":
    main()
