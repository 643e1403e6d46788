"""Extraction on several cores: one pipeline per worker process, results in input order.

The pipeline (spaCy model, gazetteer, knowledge base) is built once in the parent and the
workers are forked from it, so each core starts with the models already loaded.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from veille.errors import InputError
from veille.pipeline import ArticleResult, Pipeline, Stats, run_extract
from veille.records import Article

# The pipeline a forked worker inherits from its parent: per-process state, set before forking.
_WORKER_PIPELINE: Pipeline | None = None


def _work(batch: list[Article]) -> list[ArticleResult]:
    assert _WORKER_PIPELINE is not None
    return [replace(r, annotated=None) for r in _WORKER_PIPELINE.process_many(batch)]


def resolve_workers(requested: int) -> int:
    """0 means every core."""
    return max(1, requested or (os.cpu_count() or 1))


def run_extract_parallel(
    pipeline: Pipeline,
    items: Iterable[Article | InputError],
    stats: Stats,
    workers: int,
    chunk: int = 16,
) -> Iterator[ArticleResult]:
    """Like ``run_extract``, spread over ``workers`` processes when that can help."""
    global _WORKER_PIPELINE
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        yield from run_extract(pipeline, items, stats)
        return
    errors: list[InputError] = []

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, InputError):
                errors.append(item)
                stats.drops["unreadable"] += 1
            else:
                yield item

    def batches() -> Iterator[list[Article]]:
        it = articles()
        while batch := list(islice(it, chunk)):
            yield batch

    import time

    t0 = time.perf_counter()
    _WORKER_PIPELINE = pipeline
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            for results in pool.imap(_work, batches()):
                for result in results:
                    stats.add(result)
                    yield result
    finally:
        _WORKER_PIPELINE = None
    stats.input_errors.extend(errors)
    stats.seconds = time.perf_counter() - t0
