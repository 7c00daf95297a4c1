"""Photos in the core: kept upright, scaled, re-encoded without any metadata, at most four
per moment; bad input gives a plain error and saves nothing."""

from __future__ import annotations

import contextlib
import io
import shutil
import struct
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from journal import Entry
from journal.errors import (
    NotAPhoto,
    PhotoDamaged,
    PhotoError,
    PhotoFormatUnsupported,
    PhotoTooBig,
    TooManyPhotos,
)
from journal.records import photos
from journal.vault import migrations
from journal.vault.kdf import TEST_PARAMS
from tests import photo_samples as samples


def moment(journal, words="Bath time splashes") -> int:
    return int(journal.add_entry(Entry("reflection", datetime(2026, 11, 19, 8),
                                       {"body": words})).id)


def stored_rows(journal) -> list[tuple]:
    return journal.conn.execute("SELECT image, thumb, mime, alt FROM photos").fetchall()


def test_a_photo_is_kept_upright_scaled_and_with_its_words(journal):
    entry_id = moment(journal)
    data = samples.tagged_jpeg(3000, 2000, orientation=6)  # camera held on its side
    photo = journal.photos.add(entry_id, data, alt="Splashing in the bath")
    assert (photo.width, photo.height) == (1365, 2048)  # turned upright, long side 2048
    assert photo.alt == "Splashing in the bath" and photo.position == 0
    kept = Image.open(io.BytesIO(journal.photos.image(photo.id)))
    assert kept.format == "JPEG" and kept.size == (1365, 2048)
    # the blue corner was top-left in the sensor's frame: upright it is top-right
    assert kept.getpixel((1300, 40))[2] > 150 and kept.getpixel((40, 40))[2] < 100
    thumb = Image.open(io.BytesIO(journal.photos.thumb(photo.id)))
    assert max(thumb.size) == photos.THUMB_SIDE
    assert [p.id for p in journal.photos.of_entry(entry_id)] == [photo.id]


def test_no_metadata_is_kept_gps_xmp_comment_camera_icc(journal):
    data = samples.tagged_jpeg()
    for marker in samples.MARKERS:
        assert marker.encode() in data  # control: the marks are really in the file
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)  # GPS is there
    entry_id = moment(journal)
    journal.photos.add(entry_id, data)
    journal.photos.add(entry_id, samples.png_with_text())
    for image, thumb, _mime, _alt in stored_rows(journal):
        for blob in (bytes(image), bytes(thumb)):
            for marker in (*samples.MARKERS, "ZQXICC"):
                assert marker.encode() not in blob
            opened = Image.open(io.BytesIO(blob))
            assert not opened.getexif()
            assert not {"exif", "xmp", "comment", "icc_profile"} & set(opened.info)
            assert b"Exif" not in blob and b"http://ns.adobe.com" not in blob


def test_quality_is_chosen_for_a_few_hundred_kilobytes(journal):
    prepared = photos.prepare(samples.big_jpeg(12))
    assert max(prepared.width, prepared.height) <= photos.MAX_SIDE
    assert len(prepared.image) <= photos.TARGET_BYTES[1]
    assert prepared.mime == "image/jpeg"


def test_four_photos_at_most_and_a_fifth_saves_nothing(journal):
    entry_id = moment(journal)
    for _ in range(4):
        journal.photos.add(entry_id, samples.tagged_jpeg(64, 48))
    with pytest.raises(TooManyPhotos):
        journal.photos.add(entry_id, samples.tagged_jpeg(64, 48))
    assert journal.photos.count(entry_id) == 4
    journal.photos.remove(journal.photos.of_entry(entry_id)[1].id)
    again = journal.photos.add(entry_id, samples.tagged_jpeg(64, 48))
    assert again.position == 1  # the free place is used again


BAD = {
    "not an image": (b"These are words, not a photo." * 10, NotAPhoto),
    "a 100 MB file": (b"\xff\xd8\xff\xe0" + bytes(100 * 1024 * 1024), PhotoTooBig),
    "a decompression bomb": (samples.bomb_png(), PhotoTooBig),
    "a cut-short JPEG": (samples.truncated_jpeg(), PhotoDamaged),
    "HEIC without a decoder": (samples.heic_header(), PhotoFormatUnsupported),
    "nothing at all": (b"", NotAPhoto),
}


@pytest.mark.parametrize("name", BAD)
def test_bad_input_gives_a_plain_message_and_saves_nothing(journal, name):
    data, error = BAD[name]
    entry_id = moment(journal)
    with pytest.raises(error) as caught:
        journal.photos.add(entry_id, data)
    assert "Nothing was changed." in str(caught.value)
    assert journal.conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0


def test_the_bomb_limits_are_the_ones_set_here(monkeypatch):
    """Control: the bomb really says 60,000 × 60,000; and the limit Pillow uses is ours."""
    assert struct.unpack(">II", samples.bomb_png()[16:24]) == (60_000, 60_000)
    photos.prepare(samples.tagged_jpeg(100, 100))  # fine at the real limit
    monkeypatch.setattr(photos, "MAX_PIXELS", 5_000)
    with pytest.raises(PhotoTooBig):
        photos.prepare(samples.tagged_jpeg(100, 100))
    assert Image.MAX_IMAGE_PIXELS == 5_000
    monkeypatch.undo()
    photos.prepare(samples.tagged_jpeg(100, 100))
    assert Image.MAX_IMAGE_PIXELS == photos.MAX_PIXELS


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_random_bytes_never_crash(data):
    with contextlib.suppress(PhotoError):
        photos.prepare(data)


_SEED = samples.tagged_jpeg(40, 30) + b""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(_SEED) - 1), st.integers(0, 255)), max_size=12),
       st.integers(0, len(_SEED)))
def test_damaged_photos_never_crash(changes, cut):
    data = bytearray(_SEED)
    for where, value in changes:
        data[where] = value
    with contextlib.suppress(PhotoError):
        photos.prepare(bytes(data[:cut]))


def test_photos_go_with_their_moment_when_the_trash_is_emptied(journal, vault):
    entry_id = moment(journal)
    journal.photos.add(entry_id, samples.tagged_jpeg(64, 48))
    journal.delete_entry(entry_id)
    assert journal.photos.count(entry_id) == 1  # in the trash: still restorable
    with pytest.raises(PhotoError.__mro__[1]):  # InvalidInput: no photo for a trashed one
        journal.photos.add(entry_id, samples.tagged_jpeg(64, 48))
    journal.conn.execute("UPDATE entries SET deleted_at = '2000-01-01T00:00:00'")
    journal.purge_trash()
    assert journal.conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 0


def test_the_words_for_a_screen_reader_can_change(journal):
    photo = journal.photos.add(moment(journal), samples.tagged_jpeg(64, 48))
    journal.photos.set_alt(photo.id, "  Our walk  ")
    assert journal.photos.get(photo.id).alt == "Our walk"


def test_a_reader_connection_sees_the_photos(journal):
    entry_id = moment(journal)
    journal.photos.add(entry_id, samples.tagged_jpeg(64, 48))
    with journal.reader() as view:
        thumbs = view.photos.first_thumbs([entry_id, 999])
    assert list(thumbs) == [entry_id] and thumbs[entry_id][1] == 1


def test_the_v1_fixture_gets_the_photos_table_and_keeps_its_moments(tmp_path):
    from journal import Vault

    fixtures = Path(__file__).resolve().parent / "fixtures"
    shutil.copytree(fixtures / "v1", tmp_path / "v1")
    step = migrations.STEPS.index(migrations._photos) + 1
    with Vault(tmp_path / "v1", kdf_params=TEST_PARAMS).open("small moments fixture v1"
                                                              ) as journal:
        assert migrations.schema_version(journal.conn) >= step
        entry_id = journal.list_entries().entries[0].id
        journal.photos.add(entry_id, samples.tagged_jpeg(64, 48))
        assert journal.photos.count(entry_id) == 1


def test_webp_without_its_decoder_says_the_format_cant_be_opened(monkeypatch):
    """The packaged app leaves Pillow's WebP and AVIF decoders out (packaging/*.spec)."""
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (1, 2, 3)).save(out, "WEBP")
    assert photos.prepare(out.getvalue()).width == 40  # here, with the decoder
    monkeypatch.delitem(Image.OPEN, "WEBP")
    with pytest.raises(PhotoFormatUnsupported):
        photos.prepare(out.getvalue())
