"""One way to key a cache and keep what a build made: digests of text, data, files and library versions
(`fingerprint.py`), one atomic write and the downloads' cache folder (`store.py`), and what a build keeps from the
last (`memo.py`).
"""

from studio.caching.fingerprint import (
    bytes_digest,
    code_digest,
    data_digest,
    file_digest,
    generator_fingerprint,
    text_digest,
)
from studio.caching.memo import (
    CALLS,
    CHECKED,
    DIRECTIVES,
    DOWNLOAD_KEYS,
    EXERCISE_PAGES,
    FEED_HTML,
    FEEDS,
    FIGURES,
    LOADED,
    PAGES,
    QUOTES,
    RELATED,
    STYLE_TABLES,
    TABLES,
    TRAINING_VIEWS,
    Memo,
    keep,
    keeping,
    kept_on_disk,
    load_file,
    save_file,
    save_files,
    sweep_all,
)
from studio.caching.store import DEFAULT, entry_key, entry_path, is_entry, prune, write_atomically

__all__ = [
    # fingerprint.py
    "bytes_digest", "code_digest", "data_digest", "file_digest", "generator_fingerprint", "text_digest",
    # memo.py
    "CALLS", "CHECKED", "DIRECTIVES", "DOWNLOAD_KEYS", "EXERCISE_PAGES", "FEED_HTML", "FEEDS", "FIGURES",
    "LOADED", "PAGES", "QUOTES", "RELATED", "STYLE_TABLES", "TABLES", "TRAINING_VIEWS", "Memo", "keep", "keeping", "kept_on_disk",
    "load_file", "save_file", "save_files", "sweep_all",
    # store.py
    "DEFAULT", "entry_key", "entry_path", "is_entry", "prune", "write_atomically",
]
