#!/usr/bin/python3
"""Cross-checks BenchHarness's GGUF reader against llama.cpp's gguf-py (on PYTHONPATH).

  gguf_cross_check.py write DIR   writes DIR/types.gguf (every quant type gguf-py knows, metadata of every
                                  value type) and a split model DIR/split-0000N-of-0000M.gguf, all with
                                  gguf-py's GGUFWriter; prints the paths as JSON.
  gguf_cross_check.py dump FILE   prints what gguf-py's GGUFReader sees in FILE as JSON: version,
                                  tensors (name, type, type_id, shape, n_bytes, data_offset) and metadata.
"""
import json
import sys
from pathlib import Path

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType, GGUFReader, GGUFValueType, GGUFWriter


def raw_tensor(writer, name, quant_type, ne0_blocks, rows):
    """Adds a tensor of `quant_type` whose rows hold ne0_blocks blocks, as raw bytes of the right size."""
    block_size, type_size = GGML_QUANT_SIZES[quant_type]
    row_bytes = ne0_blocks * type_size
    data = (np.arange(int(np.prod(rows)) * row_bytes) % 251).astype(np.uint8).reshape(*rows, row_bytes)
    writer.add_tensor(name, data, raw_dtype=quant_type)


def write_types(path):
    writer = GGUFWriter(path, "llama")
    writer.add_block_count(2)
    writer.add_context_length(8192)
    writer.add_expert_count(4)
    writer.add_expert_used_count(2)
    writer.add_uint8("test.uint8", 250)
    writer.add_int8("test.int8", -120)
    writer.add_uint16("test.uint16", 65000)
    writer.add_int16("test.int16", -32000)
    writer.add_uint32("test.uint32", 4_000_000_000)
    writer.add_int32("test.int32", -2_000_000_000)
    writer.add_float32("test.float32", 1.5e-5)
    writer.add_bool("test.bool", True)
    writer.add_string("test.string", "h\u00e9llo \u2713")
    writer.add_uint64("test.uint64", 2**64 - 1)
    writer.add_int64("test.int64", -(2**63))
    writer.add_float64("test.float64", 3.141592653589793)
    writer.add_key_value("test.array.uint8", [1, 2, 255], GGUFValueType.ARRAY, GGUFValueType.UINT8)
    writer.add_key_value("test.array.int16", [-1, 2, -3], GGUFValueType.ARRAY, GGUFValueType.INT16)
    writer.add_key_value("test.array.float32", [0.5, -0.25], GGUFValueType.ARRAY, GGUFValueType.FLOAT32)
    writer.add_key_value("test.array.uint64", [2**40, 7], GGUFValueType.ARRAY, GGUFValueType.UINT64)
    writer.add_key_value("test.array.bool", [True, False], GGUFValueType.ARRAY, GGUFValueType.BOOL)
    writer.add_array("test.array.string", ["a", "", "ccc"])
    writer.add_array("test.array.long", [f"token{i}" for i in range(100)])

    for quant_type in sorted(GGML_QUANT_SIZES, key=int):
        raw_tensor(writer, f"t.{quant_type.name.lower()}", quant_type, ne0_blocks=2, rows=(3,))
    raw_tensor(writer, "blk.0.ffn_gate_exps.weight", GGMLQuantizationType.Q4_K, 1, (4, 8))
    raw_tensor(writer, "blk.1.ffn_up_exps.weight", GGMLQuantizationType.IQ3_S, 2, (4, 8))
    raw_tensor(writer, "blk.1.ffn_down_exps.weight", GGMLQuantizationType.Q8_0, 8, (4, 16))
    finish(writer)


def write_split(path):
    writer = GGUFWriter(path, "llama", split_max_tensors=2)
    writer.add_block_count(3)
    for layer in range(3):
        for kind in ("gate", "up"):
            raw_tensor(writer, f"blk.{layer}.ffn_{kind}_exps.weight", GGMLQuantizationType.Q6_K, 1, (2, 4))
    finish(writer)


def finish(writer):
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def dump(path):
    reader = GGUFReader(path)
    metadata = {}
    for name, field in reader.fields.items():
        if name.startswith("GGUF."):
            continue
        types = [GGUFValueType(t).name for t in field.types]
        metadata[name] = {"types": types, "value": field.contents()}
    return {
        "version": int(reader.fields["GGUF.version"].contents()),
        "tensors": [
            {
                "name": t.name,
                "type": t.tensor_type.name,
                "type_id": int(t.tensor_type),
                "shape": [int(d) for d in t.shape],
                "n_bytes": int(t.n_bytes),
                "data_offset": int(t.data_offset),
            }
            for t in reader.tensors
        ],
        "metadata": metadata,
    }


def main(argv):
    if len(argv) == 3 and argv[1] == "write":
        folder = Path(argv[2])
        write_types(folder / "types.gguf")
        write_split(folder / "split.gguf")
        shards = sorted(str(p) for p in folder.glob("split-*-of-*.gguf"))
        print(json.dumps({"types": str(folder / "types.gguf"), "shards": shards}))
    elif len(argv) == 3 and argv[1] == "dump":
        print(json.dumps(dump(argv[2])))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
