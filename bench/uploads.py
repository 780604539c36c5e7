#!/usr/bin/env python3
"""What one photo upload costs a worker: peak memory and time (issue 15, part 3).

    DEBUG=true .venv/bin/python bench/uploads.py            # every case, ~1-2 min
    DEBUG=true .venv/bin/python bench/uploads.py --only jpeg-50mp
    git archive 020dc9c | tar -x -C /tmp/before && \
        DEBUG=true .venv/bin/python bench/uploads.py --code /tmp/before   # before issue 15

Each case runs in a fresh Python process that imports Django and the project first, then reads
the file into memory as an upload would arrive, resets the kernel's peak-RSS counter
(/proc/self/clear_refs) and runs what an upload runs: `prepare_image()` (the checks, decoding,
rotation, metadata stripping, the stored original) and `build_renditions()` from the stored bytes
(what Photo.save makes the eight sized copies from). It prints the process's peak RSS (VmHWM)
during that work, its growth over the RSS before it, and the wall time. The input files are
made beforehand in this process, so their cost is not counted. Nothing is written to storage or
the database: those costs are small and the same for every size.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import io, json, os, sys, time
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
django.setup()
from django.core.exceptions import ValidationError
from newsroom.images import build_renditions, prepare_image

def status(key):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key):
                return int(line.split()[1]) // 1024   # MiB
with open(sys.argv[1], "rb") as f:
    upload = io.BytesIO(f.read())
before = status("VmRSS:")
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")   # the peak (VmHWM) starts again from the current RSS
start = time.perf_counter()
result = {"accepted": True}
try:
    prepared = prepare_image(upload)
    copies = build_renditions(io.BytesIO(prepared.content.read()))
    result.update(stored=f"{prepared.width}x{prepared.height}", copies=len(copies))
except ValidationError as error:
    result.update(accepted=False, message=" ".join(error.messages))
result.update(seconds=time.perf_counter() - start, rss_before=before, peak=status("VmHWM:"))
print(json.dumps(result))
"""


def _photo_like(size):
    """A picture with the detail of a photo but compressing like one (not noise, not flat)."""
    from PIL import Image, ImageFilter

    small = Image.effect_noise((size[0] // 16, size[1] // 16), 64).convert("RGB")
    image = small.resize(size, Image.BILINEAR).filter(ImageFilter.DETAIL)
    image.paste(Image.linear_gradient("L").resize((size[0] // 3, size[1])).convert("RGB"))
    return image


def make_cases(folder):
    """{name: (path, description)} of the inputs, written to `folder`."""
    from PIL import Image, ImageDraw

    sys.path.insert(0, str(ROOT))
    cases = {}

    def jpeg(name, size, what):
        path = folder / f"{name}.jpg"
        exif = Image.Exif()
        exif[0x0112] = 6  # a phone held upright: the pipeline must rotate it
        _photo_like(size).save(path, "JPEG", quality=88, exif=exif)
        cases[name] = (path, what)

    def png(name, size, what, mode="RGBA"):
        path = folder / f"{name}.png"
        image = Image.new(mode, size, (30, 90, 160, 255) if mode == "RGBA" else 1)
        ImageDraw.Draw(image).rectangle((size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2),
                                        fill=(250, 250, 250, 128) if mode == "RGBA" else 0)  # fmt: skip
        image.save(path, "PNG", optimize=False, compress_level=9)
        cases[name] = (path, what)

    jpeg("jpeg-12mp", (4000, 3000), "12 MP phone JPEG (4000x3000)")
    jpeg("jpeg-50mp", (8160, 6120), "50 MP phone JPEG (8160x6120)")
    png("png-16mp", (4618, 3464), "largest accepted PNG: 16 MP RGBA (4618x3464)")
    png("png-59.9mp", (9000, 6656), "the issue's PNG: 59.9 MP, 1-bit (refused)", mode="1")
    return cases


def run_case(path, code=ROOT):
    env = {**os.environ, "DEBUG": os.environ.get("DEBUG", "true"), "PYTHONPATH": str(code)}
    answer = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True, text=True, cwd=code, env=env, check=True, timeout=300,
    )  # fmt: skip
    return json.loads(answer.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument(
        "--code",
        type=Path,
        default=ROOT,
        help="the project checkout to measure (an older commit unpacked with git archive)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-uploads-") as tmp:
        cases = make_cases(Path(tmp))
        wanted = [n for n in args.only.split(",") if n] or list(cases)
        print(f"{'case':<12} {'file':>8} {'peak RSS':>9} {'growth':>7} {'time':>6}  result")
        for name in wanted:
            path, what = cases[name]
            result = run_case(path, args.code)
            outcome = (
                f"stored {result['stored']}, {result['copies']} copies"
                if result["accepted"]
                else f"refused: {result['message']}"
            )
            print(
                f"{name:<12} {path.stat().st_size / 1e6:>6.1f}MB {result['peak']:>6} MiB "
                f"{result['peak'] - result['rss_before']:>4} MiB {result['seconds']:>5.1f}s  "
                f"{what}: {outcome}"
            )
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")


if __name__ == "__main__":
    main()
