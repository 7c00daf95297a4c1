"""Photos in the full copies: JSON carries them (or leaves them out when asked), import
brings them back, Markdown names them as files beside the .md; no metadata anywhere."""

from __future__ import annotations

import base64
import io
import json
from datetime import datetime

import pytest
from PIL import Image, ImageChops

from journal import Entry, InvalidInput
from journal.transfer import photo_copies
from journal.transfer.export import export_data, export_json, export_markdown
from journal.transfer.importers import import_file
from tests import photo_samples as samples


def with_photos(journal) -> int:
    entry = journal.add_entry(Entry("connection", datetime(2026, 11, 3, 8, 30),
                                    {"child_did": "Splashed", "i_did": "Laughed"}))
    journal.photos.add(entry.id, samples.tagged_jpeg(800, 600), alt="Bath [splash]")
    journal.photos.add(entry.id, samples.png_with_text())
    journal.add_entry(Entry("reflection", datetime(2026, 11, 4, 21), {"body": "No photo"}))
    return int(entry.id)


def test_json_carries_photos_in_base64_with_their_words_and_no_metadata(journal):
    with_photos(journal)
    raw = export_json(journal)
    for marker in samples.MARKERS:
        assert marker.encode() not in raw
    data = json.loads(raw)
    assert data["photos_left_out"] is False
    first, second = data["entries"]
    assert [p["alt"] for p in first["photos"]] == ["Bath [splash]", ""]
    assert second["photos"] == []
    picture = base64.b64decode(first["photos"][0]["data"])
    for marker in samples.MARKERS:
        assert marker.encode() not in picture
    opened = Image.open(io.BytesIO(picture))
    assert opened.size == (800, 600) and not opened.getexif()


def test_photos_can_be_left_out_of_the_json(journal):
    with_photos(journal)
    data = json.loads(export_json(journal, photos=False))
    assert data["photos_left_out"] is True
    assert all("photos" not in e for e in data["entries"])
    assert len(export_json(journal, photos=False)) < len(export_json(journal)) / 3


def test_import_brings_the_photos_back(journal, fresh):
    with_photos(journal)
    before = export_data(journal)
    result = import_file(fresh, export_json(journal))
    assert (result.entries, result.photos) == (2, 2)
    after = export_data(fresh)
    for old, new in zip(before["entries"], after["entries"], strict=True):
        assert [(p["alt"], p["width"], p["height"], p["mime"]) for p in old["photos"]] == \
            [(p["alt"], p["width"], p["height"], p["mime"]) for p in new["photos"]]
        for p, q in zip(old["photos"], new["photos"], strict=True):
            a = Image.open(io.BytesIO(base64.b64decode(p["data"]))).convert("RGB")
            b = Image.open(io.BytesIO(base64.b64decode(q["data"]))).convert("RGB")
            assert max(hi for _lo, hi in ImageChops.difference(a, b).getextrema()) < 40


def test_a_bad_photo_in_the_file_adds_nothing_at_all(journal, fresh):
    with_photos(journal)
    data = json.loads(export_json(journal))
    data["entries"][0]["photos"][1]["data"] = base64.b64encode(b"not a photo").decode()
    with pytest.raises(InvalidInput, match="entry 1 has a photo we can't read"):
        import_file(fresh, json.dumps(data))
    assert fresh.count_entries() == 0
    assert fresh.conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0


def test_a_photo_with_metadata_typed_into_the_file_comes_in_without_it(journal, fresh):
    entry_id = with_photos(journal)
    data = json.loads(export_json(journal))
    data["entries"][0]["photos"][0]["data"] = base64.b64encode(samples.tagged_jpeg()).decode()
    import_file(fresh, json.dumps(data))
    assert entry_id
    for (blob,) in fresh.conn.execute("SELECT image FROM photos"):
        for marker in samples.MARKERS:
            assert marker.encode() not in bytes(blob)


def test_markdown_links_photos_beside_the_file_only_when_asked(journal, tmp_path):
    entry_id = with_photos(journal)
    plain = export_markdown(journal, "en").decode()
    assert "![" not in plain
    text = export_markdown(journal, "en", photo_folder="copy-photos").decode()
    assert f"![Bath \\[splash\\]](copy-photos/moment-{entry_id}-photo-1.jpg)" in text
    assert f"](copy-photos/moment-{entry_id}-photo-2.jpg)" in text
    folder = tmp_path / "copy-photos"
    assert photo_copies.write_files(journal, [entry_id], folder) == 2
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"moment-{entry_id}-photo-1.jpg", f"moment-{entry_id}-photo-2.jpg"]
    for path in folder.iterdir():
        for marker in samples.MARKERS:
            assert marker.encode() not in path.read_bytes()


def test_no_folder_is_made_when_there_are_no_photos(journal, tmp_path):
    entry = journal.add_entry(Entry("reflection", datetime(2026, 11, 4, 21), {"body": "x"}))
    assert photo_copies.write_files(journal, [int(entry.id)], tmp_path / "none") == 0
    assert not (tmp_path / "none").exists()


def test_the_streamed_json_is_the_same_copy(journal, fresh):
    from journal.transfer.export import write_json

    with_photos(journal)
    for photos in (False, True):
        pieces: list[bytes] = []
        write_json(journal, pieces.append, photos=photos)
        assert len(pieces) > 3  # written a piece at a time
        assert json.loads(b"".join(pieces)) == json.loads(export_json(journal, photos=photos))
    assert import_file(fresh, b"".join(pieces)).photos == 2
