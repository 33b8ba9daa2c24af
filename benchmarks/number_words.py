"""Number words: `facts_numbers.words_to_number` against maintained parsers, on news phrases.

Run: `python benchmarks/number_words.py` (text2num and word2number are compared when they are
installed: `pip install text2num word2number`; neither is a project dependency).

Each phrase is what the quantity finder hands the parser ("thirty-two", "a million"); a
parser is right when it gives the expected value, or gives nothing for a phrase that is not a
number. Time is per phrase, best of 5 rounds. The parser is called about once per seven
sentences of news text, so its speed barely matters; right answers on "a/an" phrases do.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from claimcheck.core.facts_numbers import words_to_number  # noqa: E402

CASES: dict[str, float | None] = {
    "thirty-two": 32,
    "thirty two": 32,
    "two hundred and five": 205,
    "one hundred": 100,
    "a hundred": 100,
    "a million": 1e6,
    "a thousand": 1000,
    "twelve": 12,
    "forty-five": 45,
    "three thousand": 3000,
    "two million": 2e6,
    "one thousand two hundred": 1200,
    "ninety-nine": 99,
    "zero": 0,
    "fourty": 40,
    "seven hundred thousand": 700_000,
    "twenty-one thousand five hundred": 21_500,
    "five hundred million": 5e8,
    "eleven": 11,
    "thirteen hundred": 1300,
    "sixty": 60,
    "one": 1,
    "two and a half million": 2.5e6,
    "one and a half": 1.5,
    "nineteen eighty-four": 1984,
}


def parsers() -> dict[str, Callable[[str], float | None]]:
    found: dict[str, Callable[[str], float | None]] = {"claimcheck": words_to_number}
    try:
        from text_to_num import text2num

        found["text2num"] = lambda words: text2num(words, "en")
    except ImportError:
        pass
    try:
        from word2number import w2n

        found["word2number"] = w2n.word_to_num
    except ImportError:
        pass
    return found


def _safe(parse: Callable[[str], float | None], words: str) -> float | None:
    try:
        return parse(words)
    except Exception:  # noqa: BLE001 - a parser that raises gave no number
        return None


def main() -> int:
    print(f"{'parser':<12} {'right':>7} {'us/phrase':>10}  wrong")
    for name, parse in parsers().items():
        wrong = [(w, _safe(parse, w)) for w, v in CASES.items() if _safe(parse, w) != v]
        best = float("inf")
        for _ in range(5):
            t0 = time.perf_counter()
            for _ in range(100):
                for words in CASES:
                    _safe(parse, words)
            best = min(best, (time.perf_counter() - t0) / (100 * len(CASES)) * 1e6)
        right = len(CASES) - len(wrong)
        print(f"{name:<12} {right:>3}/{len(CASES):<3} {best:>10.1f}  {wrong[:4]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
