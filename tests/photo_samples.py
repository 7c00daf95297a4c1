"""Photos made in memory for the tests: with GPS EXIF, XMP, a comment and text chunks, a
rotation, a decompression bomb, a cut-short JPEG and a HEIC header."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

GPS_MARK = "ZQXGPSMARK"
XMP_MARK = "ZQXXMPMARK"
COMMENT_MARK = "ZQXCOMMENTMARK"
CAMERA_MARK = "ZQXCAMERAMARK"
MARKERS = (GPS_MARK, XMP_MARK, COMMENT_MARK, CAMERA_MARK)


def tagged_jpeg(width: int = 640, height: int = 480, orientation: int = 1,
                color=(200, 120, 40), quality: int = 90) -> bytes:
    """A JPEG full of metadata: camera make, GPS with a marker, XMP, a comment."""
    picture = Image.new("RGB", (width, height), color)
    picture.paste((20, 40, 200), (0, 0, width // 2, height // 4))  # top-left is blue
    exif = Image.Exif()
    exif[0x010F] = CAMERA_MARK  # Make
    exif[0x0112] = orientation
    exif[0x0132] = "2026:11:20 08:30:00"  # DateTime
    gps = {1: "N", 2: (52.0, 22.0, 1.5), 3: "E", 4: (4.0, 53.0, 2.0), 0x1B: GPS_MARK}
    exif[0x8825] = gps
    xmp = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
           f'note="{XMP_MARK}"/></rdf:RDF></x:xmpmeta>').encode()
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality, exif=exif.tobytes(), xmp=xmp,
                 comment=COMMENT_MARK.encode(), icc_profile=b"ZQXICC" * 20)
    return out.getvalue()


def big_jpeg(megapixels: float = 12.0) -> bytes:
    """A camera-sized JPEG with some detail (noise), like a real 12 MP photo."""
    width = int((megapixels * 1_000_000 * 4 / 3) ** 0.5)
    height = int(width * 3 / 4)
    noise = Image.effect_noise((width // 8, height // 8), 60).convert("RGB")
    picture = noise.resize((width, height), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    return out.getvalue()


def png_with_text() -> bytes:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", COMMENT_MARK)
    info.add_itxt("XML:com.adobe.xmp", XMP_MARK)
    out = io.BytesIO()
    Image.new("RGBA", (300, 200), (10, 200, 10, 128)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def bomb_png(side: int = 60_000) -> bytes:
    """A tiny file that says it is side × side pixels (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    row = b"\x00" + b"\x00" * 3 * side
    body = zlib.compress(row * 4, 9)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", body)
            + _chunk(b"IEND", b""))


def truncated_jpeg() -> bytes:
    whole = big_jpeg(0.5)
    return whole[: len(whole) // 2]


def heic_header() -> bytes:
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 200
