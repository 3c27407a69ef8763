"""The loaded programmes: `programs/` and `data/` read and checked into a `Catalog` with each programme's plan and
figures, the exercise pictures and videos, and the compare table's cells.
"""

from studio.catalog.comparison import Cell, comparison_rows, empty_comparison_rows, program_cells
from studio.catalog.demos import (
    MAX_PICTURE_BYTES,
    MAX_PIXELS,
    MAX_WIDTH,
    PICTURE_FORMATS,
    Video,
    picture_problem,
    video_of,
)
from studio.catalog.load import Catalog, load_catalog, load_data_file, read_catalog

__all__ = [
    # comparison.py
    "Cell", "comparison_rows", "empty_comparison_rows", "program_cells",
    # demos.py
    "MAX_PICTURE_BYTES", "MAX_PIXELS", "MAX_WIDTH", "PICTURE_FORMATS", "Video", "picture_problem", "video_of",
    # load.py
    "Catalog", "load_catalog", "load_data_file", "read_catalog",
]
