"""Readers: every kind of input, and every kind of bad input as a Rejected, never a crash."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest

from eventwire.read import MAX_FILE_BYTES, read_inputs
from eventwire.records import Article, Rejected

FIXTURES = Path(__file__).parent / "fixtures" / "io"


def read(
    *inputs: str | Path, published: date | None = None, stdin: str | None = None
) -> list[Article | Rejected]:
    stream = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))) if stdin is not None else None
    return list(read_inputs([str(i) for i in inputs], published, stream))


def only(items: list[Article | Rejected]) -> Article | Rejected:
    assert len(items) == 1, items
    return items[0]


def rejected(items: list[Article | Rejected]) -> Rejected:
    item = only(items)
    assert isinstance(item, Rejected), item
    return item


def test_txt_title_and_default_published() -> None:
    item = only(read(FIXTURES / "report.txt", published=date(2024, 3, 4)))
    assert isinstance(item, Article)
    assert item.article_id == "report"
    assert item.title == "Gunmen attack checkpoint near Baidoa"
    assert item.published == date(2024, 3, 4)
    assert "killing three soldiers" in item.text
    assert item.origin.endswith("report.txt")


def test_txt_without_headline_has_no_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Police said five people died. More followed.\nAnd more.\n")
    item = only(read(tmp_path / "a.txt"))
    assert isinstance(item, Article) and item.title is None


def test_legacy_encoding_is_detected() -> None:
    item = only(read(FIXTURES / "latin1.txt"))
    assert isinstance(item, Article)
    assert "explosión" in item.text.lower() and "policía" in item.text


def test_utf16_with_bom(tmp_path: Path) -> None:
    (tmp_path / "u.txt").write_bytes("Explosión en Kabul\n\nCinco muertos.\n".encode("utf-16"))
    item = only(read(tmp_path / "u.txt"))
    assert isinstance(item, Article) and item.title == "Explosión en Kabul"


def test_crlf_and_bom_are_normalised(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(b"\xef\xbb\xbfTitle here\r\n\r\nBody text.\r\n")
    item = only(read(tmp_path / "w.txt"))
    assert isinstance(item, Article)
    assert item.text == "Title here\n\nBody text.\n"


def test_html_body_title_and_date() -> None:
    item = only(read(FIXTURES / "page.html", published=date(2000, 1, 1)))
    assert isinstance(item, Article)
    assert item.article_id == "page"
    assert "killing at least seven civilians" in item.text
    assert "cookies" not in item.text
    assert item.title is not None and "Air strikes hit villages in Idlib" in item.title
    assert item.published == date(2024, 5, 12)  # the page's own date wins
    # the page's blocks are paragraphs, as in a text file: the headline never runs on
    # into the lede
    paragraphs = item.text.split("\n\n")
    assert len(paragraphs) >= 2 and "\n" not in "".join(paragraphs)


def test_jsonl_good_and_bad_lines() -> None:
    items = read(FIXTURES / "articles.jsonl", published=date(2024, 1, 1))
    by_origin = {i.origin.rsplit(":", 1)[1]: i for i in items}
    assert set(by_origin) == {"1", "2", "3", "4", "5"}
    a1 = by_origin["1"]
    assert isinstance(a1, Article)
    assert (a1.article_id, a1.title, a1.url, a1.source, a1.language) == (
        "a1",
        "Lagos march",
        "https://example.org/a1",
        "Example Times",
        "en",
    )
    assert a1.published == date(2024, 6, 3)
    assert "published" in rejected([by_origin["2"]]).reason
    assert "invalid JSON" in rejected([by_origin["3"]]).reason
    a4 = by_origin["4"]
    assert isinstance(a4, Article) and a4.published == date(2024, 6, 4)
    assert a4.article_id.startswith("articles-")
    assert "text" in rejected([by_origin["5"]]).reason


def test_jsonl_ids_are_stable() -> None:
    first = [i.article_id for i in read(FIXTURES / "articles.jsonl")]
    second = [i.article_id for i in read(FIXTURES / "articles.jsonl")]
    assert first == second


def test_jsonl_html_field(tmp_path: Path) -> None:
    line = '{"html": "<p>Rebels attacked the town of Gao on Monday, killing three soldiers.</p>"}\n'
    (tmp_path / "h.jsonl").write_text(line)
    item = only(read(tmp_path / "h.jsonl"))
    assert isinstance(item, Article) and item.text.startswith("Rebels attacked")


def test_html_without_title_uses_its_heading(tmp_path: Path) -> None:
    page = "<html><body><h1>Clashes in Goma</h1><p>Rebels and troops clashed.</p></body></html>"
    (tmp_path / "p.html").write_text(page)
    item = only(read(tmp_path / "p.html"))
    assert isinstance(item, Article) and item.title == "Clashes in Goma"


def test_stdin_jsonl() -> None:
    items = read("-", stdin='{"id": 5, "text": "Clashes in Goma."}\n\nnot json\n')
    assert isinstance(items[0], Article) and items[0].article_id == "5"
    assert items[0].origin == "<stdin>:1"
    assert isinstance(items[1], Rejected) and items[1].origin == "<stdin>:3"


def test_stdin_missing() -> None:
    assert "standard input" in rejected(read("-")).reason


def test_folder_is_recursive_sorted_and_skips_other_kinds(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z report.")
    (tmp_path / "a.txt").write_text("A report.")
    (tmp_path / "c.htm").write_text(
        "<html><body><p>Troops clashed with rebels near Kidal.</p></body></html>"
    )
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text("hidden")
    items = read(tmp_path)
    assert [i.article_id for i in items] == ["a", "b/z", "c"]
    assert all(isinstance(i, Article) for i in items)


def test_same_stem_gets_distinct_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text one.")
    (tmp_path / "a.html").write_text("<html><body><p>Text two is here.</p></body></html>")
    ids = [i.article_id for i in read(tmp_path)]
    assert len(set(ids)) == 2


def test_the_same_file_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text one.")
    assert len(read(tmp_path / "a.txt", tmp_path)) == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("random.txt", bytes(range(1, 32)) * 40, "binary"),
        (
            "broken.html",
            b"<html><head><script>var x = 1;</script></head><body></body></html>",
            "HTML",
        ),
        ("empty.html", b"", "empty"),
        ("nobody.jsonl", b"{}\n", "text"),
        ("empty.jsonl", b"", "empty"),
        ("blank.jsonl", b"\n\n  \n", "empty"),
        ("binary.jsonl", b"\x00\x01{}\n" * 50, "binary"),
        ("bad.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(content)
    item = rejected(read(tmp_path / name))
    assert reason in item.reason
    assert name in item.origin


def test_missing_file() -> None:
    item = rejected(read("no/such/file.txt"))
    assert item.origin == "no/such/file.txt" and "no such file" in item.reason


def test_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    assert "too large" in rejected(read(big)).reason


def test_symlink_loop_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A report.")
    os.symlink("..", tmp_path / "sub" / "up")
    os.symlink("self.txt", tmp_path / "self.txt")
    items = read(tmp_path)
    loops = [i for i in items if isinstance(i, Rejected)]
    assert {Path(i.origin).name for i in loops} == {"up", "self.txt"}
    assert all("symlink loop" in i.reason for i in loops)
    assert [i.article_id for i in items if isinstance(i, Article)] == ["sub/a"]


def test_empty_folder(tmp_path: Path) -> None:
    assert "no .txt" in rejected(read(tmp_path)).reason


def test_bad_inputs_do_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "good.txt").write_text("Soldiers clashed with rebels.")
    items = read(tmp_path, "missing.txt", FIXTURES / "report.txt")
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Rejected", "Article", "Rejected", "Article"]


def test_txt_title_skips_leading_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Share\n\nAdvertisement\n\nTroops retake border post\n\nThey retook it.")
    (item,) = read_inputs([str(path)])
    assert isinstance(item, Article) and item.title == "Troops retake border post"
