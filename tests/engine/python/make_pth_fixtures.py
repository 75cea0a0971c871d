"""Writes .pth files that exercise the safe reader: the layouts torch.save produces, a hostile
pickle that would run a shell command, and broken files.
Usage: make_pth_fixtures.py OUT_DIR MARKER_PATH
"""
import collections
import struct
import zipfile
import os
import sys

import torch


class RunsACommand:
    """Unpickling this with Python's pickle would run `touch MARKER`."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def main():
    out, marker = sys.argv[1], sys.argv[2]
    base = torch.arange(12, dtype=torch.float32)
    ordered = collections.OrderedDict([("conv.weight", base.view(3, 4)), ("conv.bias", torch.tensor([1.5, -2.0]))])
    torch.save(ordered, f"{out}/ordered.pth")
    torch.save(dict(ordered), f"{out}/plain.pth")
    torch.save({"model": ordered, "iteration": 7, "lr": 0.5}, f"{out}/wrapped.pth")
    torch.save(collections.OrderedDict((f"module.{k}", v) for k, v in ordered.items()), f"{out}/data_parallel.pth")
    # Views sharing one storage, transposed strides, offsets, and other dtypes.
    shared = torch.arange(20, dtype=torch.float64)
    torch.save({"slice": shared[3:9], "transposed": shared.view(4, 5).t(), "half": torch.tensor([0.5, 2.0]).half(),
                "long": torch.tensor([7, -3], dtype=torch.int64), "flag": torch.tensor([True, False]),
                "scalar": torch.tensor(3.25), "empty": torch.zeros(0, 3), "empty_inner": torch.zeros(2, 0)},
               f"{out}/views.pth")
    torch.save(torch.nn.Linear(3, 2).state_dict(), f"{out}/linear.pth")
    torch.save({"a": 1, "b": "text"}, f"{out}/no_tensors.pth")
    torch.save([torch.zeros(2)], f"{out}/list.pth")
    torch.save({"weight": torch.zeros(2), "payload": RunsACommand(marker)}, f"{out}/hostile.pth")
    torch.save(ordered, f"{out}/legacy.pth", _use_new_zipfile_serialization=False)
    torch.jit.script(torch.nn.Linear(2, 2)).save(f"{out}/scripted.pt")
    with open(f"{out}/ordered.pth", "rb") as handle:
        data = handle.read()
    with open(f"{out}/truncated.pth", "wb") as handle:
        handle.write(data[: len(data) // 2])
    # One flipped byte in the tensor data: only the zip's CRC can tell.
    with open(f"{out}/flipped.pth", "wb") as handle:
        at = data.index(struct.pack("<f", 5.0))
        handle.write(data[:at] + bytes([data[at] ^ 0x10]) + data[at + 1:])
    # A view with stride 0: 10^10 elements over a storage of one.
    torch.save({"weight": torch.zeros(1).expand(100000, 100000)}, f"{out}/expanded.pth")
    # A record that inflates to 256 MB from a file of a few hundred kB.
    with zipfile.ZipFile(f"{out}/ordered.pth") as source, \
            zipfile.ZipFile(f"{out}/inflating.pth", "w") as target:
        for info in source.infolist():
            payload = source.read(info.filename)
            if info.filename.endswith("data/0"):
                target.writestr(info.filename, bytes(256 << 20), compress_type=zipfile.ZIP_DEFLATED)
            else:
                target.writestr(info.filename, payload, compress_type=zipfile.ZIP_STORED)
    with open(f"{out}/text.pth", "w") as handle:
        handle.write("this is not a weights file\n")


if __name__ == "__main__":
    main()
