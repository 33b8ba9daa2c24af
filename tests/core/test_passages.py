from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.core.documents import read_document
from claimcheck.core.passages import MAX_CHARS, split_passages


def test_passages_are_exact_slices_of_the_body(fixtures_dir: Path) -> None:
    for path in sorted((fixtures_dir / "sources").glob("*.txt")):
        body = read_document(path).body
        passages = split_passages(body)
        assert passages, path
        for index, passage in enumerate(passages):
            assert passage.order == index
            assert body[passage.start:passage.end] == passage.text
            assert passage.text == passage.text.strip()
        starts = [p.start for p in passages]
        assert starts == sorted(starts)


def test_abbreviations_and_decimals_do_not_split() -> None:
    body = "The U.S. sent 3.5 billion dollars on May 30. Gen. Smith said so at 10 a.m. today."
    texts = [p.text for p in split_passages(body)]
    assert texts == ["The U.S. sent 3.5 billion dollars on May 30.",
                     "Gen. Smith said so at 10 a.m. today."]


def test_bullets_become_their_own_passages() -> None:
    body = "Key points\n- Ukraine used American missiles in Russia.\n- Italy pledged a second system."
    texts = [p.text for p in split_passages(body)]
    assert texts[-1] == "- Italy pledged a second system."
    assert len(texts) == 2  # the short heading joins the first bullet


def test_long_text_without_punctuation_is_cut_to_bounded_passages() -> None:
    body = " ".join(["word"] * 5000)
    passages = split_passages(body)
    assert len(passages) > 5
    assert all(len(p.text) <= MAX_CHARS for p in passages)
    assert all(body[p.start:p.end] == p.text for p in passages)


@pytest.mark.parametrize("body", ["", "   ", "\n\n"])
def test_blank_body_gives_no_passage(body: str) -> None:
    assert split_passages(body) == []


def test_chinese_and_japanese_full_stops_end_passages() -> None:
    body = "北京是中国的首都，人口约2100万，是一座历史悠久的城市。上海是中国最大的城市，人口约2400万，也是重要的港口。"
    texts = [p.text for p in split_passages(body)]
    assert texts == ["北京是中国的首都，人口约2100万，是一座历史悠久的城市。",
                     "上海是中国最大的城市，人口约2400万，也是重要的港口。"]
