"""Near-duplicate detection: MinHash signatures (datasketch) over word 4-grams, with locality-sensitive
hashing in bands. The band keys live in the database, so candidates are found across runs and memory
does not grow with the collection; each candidate is then checked on the full signature."""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS, ROWS = 32, 4  # 32 x 4 = 128; candidates from Jaccard ~0.4 up, checked against the threshold
SHINGLE_WORDS = 4
_WORD = re.compile(r"\w+")
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)
_MIX = (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F)  # odd constants: order-sensitive mix
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def shingle_hashes(text: str) -> list[int]:
    """32-bit hashes of the text's word 4-grams (case-folded). Words are hashed once and combined
    with numpy, which keeps this at a fraction of a millisecond for a news article."""
    words = np.fromiter((zlib.crc32(w.encode()) for w in _WORD.findall(text.casefold())), dtype=np.uint64)
    if len(words) < SHINGLE_WORDS:
        return [int(zlib.crc32(words.tobytes()))]
    n = len(words) - SHINGLE_WORDS + 1
    combined = np.zeros(n, dtype=np.uint64)
    for offset, multiplier in enumerate(_MIX):
        combined = (combined + words[offset : offset + n] * np.uint64(multiplier)) & _MASK64
    combined ^= combined >> np.uint64(29)
    return np.unique(combined & np.uint64(0xFFFFFFFF)).tolist()


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a text: NUM_PERM unsigned 32-bit values."""
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=1,
        permutations=_TEMPLATE.permutations,
        scheme=_TEMPLATE.scheme,
        hashfunc=_identity,
    )
    minhash.update_batch(shingle_hashes(text))
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def _identity(value: int) -> int:
    return value


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band; two texts sharing any key are candidates."""
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(sig[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(np.mean(a == b))


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")
