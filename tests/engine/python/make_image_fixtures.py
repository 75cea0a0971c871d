"""Writes images in the formats and modes real datasets contain, for the header reader and the
decoder: grey, grey+alpha, palette, RGBA, 16-bit PNG; CMYK and EXIF-rotated JPEG; TIFF; WebP;
BMP. Each is 40x30 (width x height) as stored. Also writes expected.json: per file, the size
as displayed and the mode.
Usage: make_image_fixtures.py OUT_DIR
"""
import json
import sys

import numpy as np
from PIL import Image


def gradient(mode_channels):
    y, x = np.mgrid[0:30, 0:40]
    base = np.stack([x * 6, y * 8, (x + y) * 3], axis=-1).astype(np.uint8)
    return base[..., :mode_channels] if mode_channels <= 3 else base


def main():
    out = sys.argv[1]
    rgb = Image.fromarray(gradient(3), "RGB")
    expected = {}

    def save(name, image, displayed=(40, 30), **kwargs):
        image.save(f"{out}/{name}", **kwargs)
        expected[name] = {"width": displayed[0], "height": displayed[1], "mode": image.mode}

    save("rgb.jpg", rgb, quality=95)
    save("grey.png", rgb.convert("L"))
    save("grey_alpha.png", rgb.convert("LA"))
    save("palette.png", rgb.convert("P", palette=Image.ADAPTIVE, colors=16))
    save("rgba.png", rgb.convert("RGBA"))
    save("sixteen_bit.png", Image.fromarray((np.asarray(rgb.convert("L"), dtype=np.uint16) * 257), "I;16"))
    save("cmyk.jpg", rgb.convert("CMYK"), quality=95)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    save("rotated.jpg", rgb, displayed=(30, 40), exif=exif.tobytes(), quality=95)
    save("rgb.tif", rgb)
    save("rgb.webp", rgb, quality=90)
    save("rgb.bmp", rgb)
    with open(f"{out}/expected.json", "w") as handle:
        json.dump(expected, handle, indent=1)


if __name__ == "__main__":
    main()
