"""The studio's content: load, validate, model and render programmes.

Plain Python with no MkDocs import, so it can be tested alone and would
survive a move to another site generator.
"""

from .catalog import Catalog, load_catalog
from .problems import ContentError, Problem

__all__ = ["Catalog", "ContentError", "Problem", "load_catalog"]
